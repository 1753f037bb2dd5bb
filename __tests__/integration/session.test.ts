import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseDockerfile } from '../../src/core/dockerfile.js'
import { Docker } from '../../src/engine/docker.js'
import { planBuild } from '../../src/core/plan.js'
import { MeasuringSession, type Checkout } from '../../src/engine/session.js'
import { FIXTURES, describeEachEngine } from '../helpers/engines.js'
import { recordingLog } from '../helpers/log.js'
import { buildSettings } from '../helpers/options.js'

jest.setTimeout(180_000)

/** The diamond fixture as both sides of a comparison: every stage image shares layers with others. */
function diamond(side: Checkout['side']): Checkout {
  const contextDir = path.join(FIXTURES, 'diamond')
  const dockerfilePath = path.join(contextDir, 'Dockerfile')
  const dockerfile = parseDockerfile(
    readFileSync(dockerfilePath, 'utf8'),
    {},
    dockerfilePath
  )
  return {
    side,
    contextDir,
    dockerfilePath,
    buildContexts: {},
    dockerfile,
    plan: planBuild(dockerfile, { stages: 'all' }, 'D')
  }
}

describeEachEngine('measuring each layer once', () => {
  let previousCache: string | undefined
  beforeAll(() => {
    previousCache = process.env.STAGE_SIZE_CACHE_DIR
    process.env.STAGE_SIZE_CACHE_DIR = mkdtempSync(
      path.join(tmpdir(), 'stage-size-cache-')
    )
  })
  afterAll(() => {
    process.env.STAGE_SIZE_CACHE_DIR = previousCache
  })

  it('reads a layer shared by stages or by both sides once, and none that an earlier run measured', async () => {
    const engine = await Docker.engine()
    const first = await MeasuringSession.open(engine, recordingLog(), false)
    let distinct: number
    try {
      const [head, base] = await Promise.all([
        first.measure(diamond('head'), buildSettings()),
        first.measure(diamond('base'), buildSettings())
      ])
      const digests = [...head.values(), ...base.values()].flatMap(size =>
        size.layers.map(l => l.digest)
      )
      distinct = new Set(digests).size
      expect(digests.length).toBeGreaterThan(3 * distinct) // the stages do share most layers
      expect(first.layersRead).toBe(distinct)
    } finally {
      await first.close()
    }
    const second = await MeasuringSession.open(engine, recordingLog(), false)
    try {
      const again = await second.measure(diamond('head'), buildSettings())
      expect(second.layersRead).toBe(0)
      expect(again.get('final')?.layers.length).toBeGreaterThan(0)
    } finally {
      await second.close()
    }
  })
})
