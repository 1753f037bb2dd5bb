import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measure as runPipeline } from '../../src/app/measure.js'
import type { RawOptions } from '../../src/core/options/table.js'
import type { Report } from '../../src/core/report.js'
import {
  FIXTURES,
  testBuilders,
  testEngines,
  useEngine,
  type TestBuilder
} from '../helpers/engines.js'
import { recordingLog } from '../helpers/log.js'
import { fixtureOptions } from '../helpers/options.js'

jest.setTimeout(180_000)

/** The fixture's context, with the static busybox it builds from (these builders see no engine image). */
function fromScratch(): string {
  const context = path.join(
    mkdtempSync(path.join(tmpdir(), 'stage-size-scratch-')),
    'ctx'
  )
  cpSync(path.join(FIXTURES, 'from-scratch'), context, { recursive: true })
  copyFileSync('/bin/busybox', path.join(context, 'busybox'))
  return context
}

/**
 * The fixture with new layers for its builder and test stages: a gzip blob an
 * earlier build made for a layer is kept, and rightly; a new one shows what
 * this run compressed.
 */
function withNewLayers(): string {
  const context = fromScratch()
  const file = path.join(context, 'Dockerfile')
  const id = randomBytes(6).toString('hex')
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^(RUN (head|echo) .*)$/gm, `$1 # ${id}`)
  )
  return context
}

async function measure(context: string, raw: Partial<RawOptions>) {
  const log = recordingLog()
  const report = await runPipeline(fixtureOptions(context, raw), log)
  const read = log.lines
    .map(line => line.match(/^Read ([\d,]+) new layers?/)?.[1])
    .find(Boolean)
  return { report, layersRead: Number(read?.replace(/,/g, '') ?? NaN), lines: log.lines }
}

/** Each stage's layers: uncompressed bytes exactly, compressed bytes (null when not measured). */
function layers(report: Report) {
  return report.stages.map(stage => ({
    name: stage.name,
    uncompressed: stage.head!.layers.map(layer => layer.uncompressedBytes),
    compressed: stage.head!.layers.map(layer => layer.compressedBytes)
  }))
}

/**
 * Whether every layer's compressed size is within `share` of the other's,
 * give or take a few bytes (a layer's tar holds its files' times).
 */
function withinShare(
  measured: ReturnType<typeof layers>,
  reference: ReturnType<typeof layers>,
  share: number
): boolean {
  return measured.every((stage, at) =>
    stage.compressed.every((bytes, layer) => {
      const expected = reference[at].compressed[layer]!
      // Plus 64 B: a layer of only tar headers (busybox's 400 symlinks, 3.5 kB gzipped) differs
      // by some 20 B between builders, as the entries' times do.
      return Math.abs(bytes! - expected) <= expected * share + 64
    })
  )
}

const engines = testEngines()
const builders = testBuilders()
const local = engines.filter(
  engine => engine.store === 'classic' || engine.store === 'containerd'
)
const containerd = engines.find(engine => engine.store === 'containerd')
const ready = builders.length > 0 && containerd !== undefined && local.length === 2
const describeBuilders = ready || process.env.CI === 'true' ? describe : describe.skip

/**
 * How each builder's images reach the measurer: pushed where it reaches this
 * machine (its network, or the bridge's gateway), else through the session.
 */
const DELIVERY: Record<TestBuilder['kind'], string> = {
  remote: 'registry-push',
  'docker-container': 'registry-push',
  'docker-container-host': 'registry-push',
  'docker-container-isolated': 'oci'
}

describeBuilders('the remote and docker-container builders', () => {
  const context = fromScratch()
  const byDriver = new Map<string, Report>()
  const byBuilder = new Map<string, Report>()

  for (const engine of local) {
    describe(`the docker driver, ${engine.store} image store`, () => {
      useEngine(engine)
      it('measures the fixture', async () => {
        byDriver.set(engine.store, (await measure(context, { compressed: 'all' })).report)
      })
    })
  }

  // Skipped without builders (a clone without ../shared): jest refuses an empty table even there.
  ;(builders.length > 0 ? describe.each : () => () => {})(
    builders.map(builder => [builder.kind, builder] as const)
  )('%s', (_kind, builder) => {
    if (containerd) useEngine(containerd)
    let first: Awaited<ReturnType<typeof measure>>

    beforeAll(async () => {
      first = await measure(context, { compressed: 'all', builder: builder.name })
    })

    it('measures what the docker driver measures: uncompressed equal layer by layer, compressed what its BuildKit gzips', () => {
      for (const store of ['classic', 'containerd']) {
        const reference = layers(byDriver.get(store)!)
        const measured = layers(first.report)
        expect(
          measured.map(({ name, uncompressed }) => ({ name, uncompressed }))
        ).toEqual(reference.map(({ name, uncompressed }) => ({ name, uncompressed })))
        // BuildKit 0.32's gzip stores busybox 1.45% smaller than Docker 28's: each is what that push stores.
        expect(withinShare(measured, reference, 0.02)).toBe(true)
      }
      // The same BuildKit, whichever way its images came: the same bytes, tar headers aside.
      for (const other of byBuilder.values())
        expect(withinShare(layers(first.report), layers(other), 0.001)).toBe(true)
      byBuilder.set(builder.kind, first.report)
    })

    it('delivers as its network allows, and says so when the session carries its images', () => {
      expect(first.report.engine.delivery).toBe(DELIVERY[builder.kind])
      const said = first.lines.some(line =>
        line.includes("cannot push to stage-size's measuring registry")
      )
      expect(said).toBe(DELIVERY[builder.kind] === 'oci')
    })

    it('warm, sends no layer it measured before', async () => {
      const again = await measure(context, { compressed: 'all', builder: builder.name })
      expect(again.layersRead).toBe(0)
      expect(layers(again.report)).toEqual(layers(first.report))
    })

    it('compressed: target spends no compression on the other stages', async () => {
      const { report } = await measure(withNewLayers(), { builder: builder.name })
      const target = report.stages.find(stage => stage.isTarget)!.head!.layers
      const inTarget = new Set(target.map(layer => layer.diffId))
      const others = report.stages
        .filter(stage => !stage.isTarget)
        .flatMap(stage => stage.head!.layers)
        .filter(layer => !inTarget.has(layer.diffId))
      expect(others.length).toBeGreaterThanOrEqual(2)
      // Uncompressed blobs are named by their diff IDs; no compressed figure is given for them.
      for (const layer of others) {
        expect(layer.digest).toBe(layer.diffId)
        expect(layer.compressedBytes).toBeNull()
      }
      for (const layer of target) expect(layer.digest).not.toBe(layer.diffId)
    })
  })

  afterAll(() => {
    byDriver.clear()
    byBuilder.clear()
  })
})
