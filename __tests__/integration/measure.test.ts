import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { RawOptions } from '../../src/core/options/table.js'
import { measure as runPipeline } from '../../src/app/measure.js'
import type { Report, StageReport } from '../../src/core/report.js'
import {
  FIXTURES,
  busyboxBytes,
  describeEachEngine,
  describeOnStore,
  docker,
  testEngines,
  useEngine,
  type TestEngine
} from '../helpers/engines.js'
import { tagsMade } from '../helpers/leftovers.js'
import { recordingLog } from '../helpers/log.js'
import { fixtureOptions } from '../helpers/options.js'
import { hasRealRegistry, startRealRegistry } from '../helpers/registry.js'

jest.setTimeout(180_000)

const measure = (fixture: string, raw: Partial<RawOptions> = {}) =>
  runPipeline(fixtureOptions(fixture, raw), recordingLog())

/** The diamond fixture's stages: the busybox base plus the random bytes each stage holds. */
function diamondSizes(busybox: number): Record<string, number> {
  return {
    base: busybox + 100_000,
    left: busybox + 120_000,
    right: busybox + 130_000,
    joined: busybox + 150_000,
    test: busybox + 20_000 + 'tested\n'.length,
    final: busybox + 150_000 // deleting /base.bin adds a whiteout, and frees nothing
  }
}

function stage(report: Report, name: string): StageReport {
  const found = report.stages.find(candidate => candidate.name === name)
  if (!found)
    throw new Error(`no stage ${name} in ${report.stages.map(s => s.name).join(', ')}`)
  return found
}

/** Uncompressed bytes of each stage, by name. */
function uncompressed(report: Report): Record<string, number> {
  return Object.fromEntries(report.stages.map(s => [s.name, s.head!.uncompressedBytes]))
}

/** A context whose layers no other build has: a random file under every stage. */
function uniqueContext(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-unique-'))
  writeFileSync(path.join(dir, 'unique'), randomBytes(64))
  writeFileSync(
    path.join(dir, 'Dockerfile'),
    [
      'FROM stage-size-fixture/busybox AS base',
      'COPY unique /unique',
      'FROM base AS tools',
      'RUN head -c 50000 /dev/urandom > /tools.bin',
      'FROM base AS test',
      'RUN echo tested > /tested',
      'FROM base AS app',
      'RUN head -c 30000 /dev/urandom > /app.bin',
      ''
    ].join('\n')
  )
  return dir
}

describeEachEngine('measuring the fixtures', engine => {
  let busybox: number
  beforeAll(() => {
    busybox = busyboxBytes(engine)
  })

  it('two stages: exact file bytes per stage and per layer, with the instruction of each layer', async () => {
    const report = await measure('two-stage')
    expect(uncompressed(report)).toEqual({
      builder: busybox + 500_000,
      runtime: busybox + 400_000
    })
    expect(report.target).toBe('runtime')
    expect(report.engine.imageStore).toBe(engine.store)
    const runtime = stage(report, 'runtime')
    expect(runtime.isTarget).toBe(true)
    expect(runtime.dependsOn).toEqual(['builder'])
    const last = runtime.head!.layers[runtime.head!.layers.length - 1]
    expect(last.createdBy).toBe('COPY /out/app.bin /app/app.bin')
    expect(last.uncompressedBytes).toBe(400_000)
    expect(last.largestFiles).toEqual([{ path: '/app/app.bin', bytes: 400_000 }])
    for (const measured of report.stages) {
      const layers = measured.head!.layers
      expect(measured.head!.uncompressedBytes).toBe(
        layers.reduce((n, l) => n + l.uncompressedBytes, 0)
      )
    }
    // By default only the target gets a compressed size.
    expect(runtime.head!.compressedBytes).toBe(
      runtime.head!.layers.reduce((n, l) => n + l.compressedBytes!, 0)
    )
    expect(stage(report, 'builder').head!.compressedBytes).toBeNull()
    expect(stage(report, 'builder').head!.layers.map(l => l.compressedBytes)).toEqual(
      stage(report, 'builder').head!.layers.map(() => null)
    )
  })

  it('compressed: all gives every stage its compressed size, layer by layer', async () => {
    const report = await measure('two-stage', { compressed: 'all' })
    for (const measured of report.stages) {
      expect(measured.head!.compressedBytes).toBe(
        measured.head!.layers.reduce((n, l) => n + l.compressedBytes!, 0)
      )
    }
    // Random bytes do not compress; 100 kB of zeros nearly vanish.
    const builderLayer = stage(report, 'builder').head!.layers.at(-1)!
    expect(builderLayer.compressedBytes).toBeGreaterThan(400_000)
    expect(builderLayer.compressedBytes).toBeLessThan(400_000 * 1.01 + 2_000)
  })

  it('spends no compression on a stage whose compressed size nobody asked for', async () => {
    // Layers no earlier build made: BuildKit keeps a gzip blob it made before, and rightly.
    const report = await measure(uniqueContext(), {})
    const target = stage(report, 'app').head!.layers
    const inTarget = new Set(target.map(layer => layer.diffId))
    // A layer exported uncompressed is a blob whose digest is its diff ID.
    const others = report.stages
      .filter(measured => !measured.isTarget)
      .flatMap(measured => measured.head!.layers)
      .filter(layer => !inTarget.has(layer.diffId))
    expect(others.length).toBeGreaterThanOrEqual(2)
    for (const layer of others) expect(layer.digest).toBe(layer.diffId)
    // The target's layers are gzip, as a registry would store them.
    for (const layer of target) expect(layer.digest).not.toBe(layer.diffId)
    // BuildKit exports the stage the target is built on gzip, as the target's blobs, read
    // once (the classic store's export streams every layer as a tar); its compressed size
    // was not asked for, and is not given.
    const base = stage(report, 'base').head!
    expect(base.compressedBytes).toBeNull()
    for (const layer of base.layers) {
      expect(layer.compressedBytes).toBeNull()
      if (engine.store === 'containerd')
        expect(target.map(held => held.digest)).toContain(layer.digest)
    }
  })

  it('describes a stage measured before without reading it again, the same layer by layer', async () => {
    const context = uniqueContext()
    const first = await measure(context, {})
    const log = recordingLog()
    const again = await runPipeline(fixtureOptions(context), log)
    const layers = (report: Report) =>
      report.stages.map(({ name, head }) => ({ name, layers: head!.layers }))
    expect(layers(again)).toEqual(layers(first))
    // Nothing new was read; on the classic store, the other stages were not even exported.
    expect(log.lines).toContainEqual(expect.stringMatching(/^Read 0 new layers/))
    if (engine.store === 'classic') {
      const described = log.lines.filter(line => /not read again$/.test(line))
      expect(described).toHaveLength(again.stages.length - 1)
    }
  })

  it('a stage referred to by index, a heredoc RUN and a file from the context', async () => {
    const report = await measure('by-index')
    expect(uncompressed(report)).toEqual({
      assets: busybox + 250_000,
      app: busybox + 250_006
    })
    expect(stage(report, 'app').dependsOn).toEqual(['assets'])
  })

  it('an unnamed final stage is built without --target and named stage-<index>', async () => {
    const report = await measure('unnamed-final')
    expect(report.stages.map(s => [s.name, s.named, s.isTarget])).toEqual([
      ['build', true, false],
      ['stage-1', false, true]
    ])
    expect(uncompressed(report)).toEqual({
      build: busybox + 120_000,
      'stage-1': busybox + 120_000
    })
  })

  it('an unnamed intermediate stage is measured from a named copy; the file is untouched', async () => {
    const file = path.join(FIXTURES, 'unnamed-stages', 'Dockerfile')
    const before = readFileSync(file, 'utf8')
    const report = await measure('unnamed-stages')
    expect(uncompressed(report)).toEqual({
      'stage-0': busybox + 70_000,
      'stage-1': busybox + 100_000
    })
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('an ARG-templated base follows the build args', async () => {
    const byDefault = await measure('arg-base')
    expect(stage(byDefault, 'final').head!.uncompressedBytes).toBe(busybox + 60_000)
    expect(stage(byDefault, 'final').dependsOn).toEqual(['small'])
    const large = await measure('arg-base', {
      buildArgs: ['PAYLOAD=large'],
      stages: 'final'
    })
    expect(large.stages.map(s => s.name)).toEqual(['final'])
    expect(stage(large, 'final').head!.uncompressedBytes).toBe(busybox + 90_000)
    expect(stage(large, 'final').dependsOn).toEqual(['large'])
  })

  it('a diamond, a stage nothing depends on, and a deleted file that still counts', async () => {
    const report = await measure('diamond')
    expect(uncompressed(report)).toEqual(diamondSizes(busybox))
    expect(stage(report, 'joined').dependsOn).toEqual(['base', 'left', 'right'])
    const whiteout = stage(report, 'final').head!.layers.at(-1)!
    expect(whiteout.createdBy).toBe('RUN /bin/sh -c rm /base.bin')
    expect(whiteout.uncompressedBytes).toBe(0)
  })

  it('measures only the stages asked for, plus the target', async () => {
    const report = await measure('diamond', { stages: 'LEFT', target: 'Joined' })
    expect(report.stages.map(s => [s.name, s.isTarget])).toEqual([
      ['left', false],
      ['joined', true]
    ])
  })

  it('removes the images it tagged, or keeps them as stage-size/<stage>:head when asked', async () => {
    const repositories = () =>
      docker(engine, ['images', '--format', '{{.Repository}}:{{.Tag}}'])
    const made = tagsMade()
    await measure('two-stage')
    await measure('two-stage', { keepImages: 'true' })
    expect(made().length).toBeGreaterThanOrEqual(2) // at least the kept ones were tagged
    expect(made().filter(tag => repositories().includes(tag))).toEqual([])
    expect(repositories()).toContain('stage-size/runtime:head')
    expect(repositories()).toContain('stage-size/builder:head')
    docker(engine, ['image', 'rm', 'stage-size/runtime:head', 'stage-size/builder:head'])
  })

  const withRegistry = hasRealRegistry() || process.env.CI === 'true' ? it : it.skip
  withRegistry(
    'compressed sizes are what a docker push stores in a real registry (within 1%)',
    async () => {
      const registry = await startRealRegistry()
      try {
        const report = await measure('diamond', { keepImages: 'true', compressed: 'all' })
        for (const measured of report.stages) {
          const name = `${registry.host}/compare/${measured.name}:${engine.store}`
          docker(engine, ['tag', `stage-size/${measured.name}:head`, name])
          docker(engine, ['push', '--quiet', name])
          docker(engine, ['image', 'rm', name, `stage-size/${measured.name}:head`])
          const stored = await registry.layerSizes(
            `compare/${measured.name}`,
            engine.store
          )
          const ours = measured.head!.layers.map(layer => layer.compressedBytes)
          expect(ours).toHaveLength(stored.length)
          ours.forEach((size, index) =>
            expect(Math.abs(size! - stored[index])).toBeLessThanOrEqual(
              stored[index] * 0.01
            )
          )
        }
      } finally {
        await registry.stop()
      }
    }
  )
})

describeEachEngine('without the buildx plugin', engine => {
  let previousConfig: string | undefined
  beforeAll(() => {
    previousConfig = process.env.DOCKER_CONFIG
    process.env.DOCKER_CONFIG = mkdtempSync(path.join(tmpdir(), 'stage-size-no-buildx-'))
  })
  afterAll(() => {
    if (previousConfig === undefined) delete process.env.DOCKER_CONFIG
    else process.env.DOCKER_CONFIG = previousConfig
  })

  it('falls back to the classic builder with a notice, and measures the same bytes', async () => {
    const log = recordingLog()
    const report = await runPipeline(fixtureOptions('diamond'), log)
    expect(log.notices).toContainEqual(
      expect.stringMatching(
        /no buildx plugin, so stages are built with the classic builder/
      )
    )
    expect(report.engine.builder).toBe('classic')
    const busybox = busyboxBytes(engine)
    expect(uncompressed(report)).toEqual(diamondSizes(busybox))
    expect(stage(report, 'joined').head!.layers.at(-1)!.createdBy).toMatch(
      /^COPY file:[0-9a-f]+ in \/right\.bin$/
    )
  })

  it('names the failing stage, and leaves no image or container behind', async () => {
    const made = tagsMade()
    // The buildx builders' containers run on this engine too: only new ones count.
    const containers = () => docker(engine, ['ps', '--all', '--quiet']).trim().split('\n')
    const before = new Set(containers())
    await expect(measure('fails')).rejects.toThrow(
      /^build failed in stage "broken": The command .*returned a non-zero code: 7$/
    )
    const images = docker(engine, ['images', '--format', '{{.Repository}}:{{.Tag}}'])
    expect(made().length).toBeGreaterThan(0)
    expect(made().filter(tag => images.includes(tag))).toEqual([])
    expect(containers().filter(id => !before.has(id))).toEqual([])
  })
})

const engines = testEngines()
const bothStores =
  engines.some(e => e.store === 'classic') && engines.some(e => e.store === 'containerd')
const acrossStores = bothStores || process.env.CI === 'true' ? describe : describe.skip

acrossStores('the same numbers on both image stores, and through the OCI path', () => {
  const byStore = new Map<string, Report>()
  const classic = engines.find(e => e.store === 'classic') as TestEngine
  const containerd = engines.find(e => e.store === 'containerd') as TestEngine
  // An engine that cannot reach this machine: its images come through the build session.
  const remote = engines.find(e => e.store === 'remote-containerd') as TestEngine

  for (const engine of [classic, containerd, remote]) {
    describe(engine?.store ?? 'missing store', () => {
      if (engine) useEngine(engine)
      it('measures the diamond', async () => {
        if (!engine) throw new Error('CI needs both image stores (STAGE_SIZE_ENGINES)')
        byStore.set(engine.store, await measure('diamond', { compressed: 'all' }))
      })
    })
  }

  afterAll(() => byStore.clear())

  it.each([
    ['classic', 'containerd'],
    ['containerd', 'remote-containerd']
  ])(
    '%s and %s: uncompressed bytes equal, stage by stage and layer by layer; compressed within 1%%',
    (storeA, storeB) => {
      const a = byStore.get(storeA)!
      const b = byStore.get(storeB)!
      expect(a.engine.imageStore).toBe(storeA.replace('remote-', ''))
      expect(b.engine.imageStore).toBe(storeB.replace('remote-', ''))
      // The busybox layer is the same file on both engines; the fixtures' own layers are random data.
      expect(a.stages.map(s => s.head!.layers.map(l => l.uncompressedBytes))).toEqual(
        b.stages.map(s => s.head!.layers.map(l => l.uncompressedBytes))
      )
      a.stages.forEach((measured, index) => {
        const other = b.stages[index]
        expect(other.name).toBe(measured.name)
        const [compressedA, compressedB] = [measured, other].map(
          s => s.head!.compressedBytes!
        )
        expect(Math.abs(compressedA - compressedB)).toBeLessThanOrEqual(
          compressedA * 0.01
        )
      })
    }
  )

  it('says which way the images reached the measurer', () => {
    expect(byStore.get('classic')!.engine.delivery).toBe('registry-load')
    expect(byStore.get('containerd')!.engine.delivery).toBe('registry-push')
    expect(byStore.get('remote-containerd')!.engine.delivery).toBe('oci')
  })
})

describeOnStore(
  'remote-containerd',
  'a remote engine, measured through the OCI path',
  () => {
    it('measures again from the cache alone: every blob known, the manifests still read', async () => {
      const first = await measure('two-stage')
      const again = await measure('two-stage')
      expect(again.engine.delivery).toBe('oci')
      expect(uncompressed(again)).toEqual(uncompressed(first))
    })
  }
)

describeOnStore('remote-classic', 'a remote engine with the classic image store', () => {
  it('is refused with one line naming the way out', async () => {
    await expect(measure('two-stage')).rejects.toThrow(
      /^the Docker engine \(unix:\/\/.*remote-classic\/docker\.sock\) runs elsewhere and cannot reach stage-size's measuring registry on this machine, and its classic image store cannot send images through the build session: turn on that engine's containerd image store/
    )
  })
})
