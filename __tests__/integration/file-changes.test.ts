import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseDockerfile } from '../../src/core/dockerfile.js'
import { planBuild } from '../../src/core/plan.js'
import { Docker } from '../../src/engine/docker.js'
import { MeasuringSession, type Checkout } from '../../src/engine/session.js'
import { describeEachEngine } from '../helpers/engines.js'
import { recordingLog } from '../helpers/log.js'
import { buildSettings } from '../helpers/options.js'

jest.setTimeout(180_000)

const zeros = (bytes: number, file: string) => `head -c ${bytes} /dev/zero > ${file}`

const BASE = `FROM stage-size-fixture/busybox AS app
RUN mkdir -p /app/doomed/sub /app/cache && ${zeros(1000, '/app/grows')} && ${zeros(2000, '/app/goes')} && ${zeros(300, '/app/doomed/sub/x')} && ${zeros(50, '/app/same')} && ${zeros(600, '/app/cache/old')}
`

/** Against the base: a file grows, one appears with a hard link, one goes; then a chmod copy, a file written and deleted, a directory removed, a directory deleted and made again. */
const HEAD = `FROM stage-size-fixture/busybox AS app
RUN mkdir -p /app/doomed/sub /app/cache /app/lib && ${zeros(4000, '/app/grows')} && ${zeros(300, '/app/doomed/sub/x')} && ${zeros(50, '/app/same')} && ${zeros(600, '/app/cache/old')} && ${zeros(7000, '/app/lib/new.so')} && ln /app/lib/new.so /app/lib/new-link.so && ${zeros(900, '/app/mode.bin')}
RUN chmod 600 /app/mode.bin
RUN ${zeros(800, '/app/temp')}
RUN rm /app/temp && rm -r /app/doomed
RUN rm -r /app/cache && mkdir /app/cache && ${zeros(20, '/app/cache/new')}
`

function checkout(side: Checkout['side'], text: string): Checkout {
  const contextDir = mkdtempSync(path.join(tmpdir(), `stage-size-files-${side}-`))
  mkdirSync(contextDir, { recursive: true })
  const dockerfilePath = path.join(contextDir, 'Dockerfile')
  writeFileSync(dockerfilePath, text)
  const dockerfile = parseDockerfile(text, {}, dockerfilePath)
  return {
    side,
    contextDir,
    dockerfilePath,
    buildContexts: {},
    dockerfile,
    plan: planBuild(dockerfile, { stages: 'all' }, 'Dockerfile')
  }
}

const settings = buildSettings()

describeEachEngine('file changes and wasted bytes of real images', () => {
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

  it('names every file that appeared, went or grew, with exact bytes, and what the layers waste', async () => {
    const session = await MeasuringSession.open(
      await Docker.engine(),
      recordingLog(),
      false
    )
    try {
      const [head, base] = await Promise.all([
        session.measure(checkout('head', HEAD), settings),
        session.measure(checkout('base', BASE), settings)
      ])
      const [headApp, baseApp] = [head.get('app')!, base.get('app')!]
      const changes = await session.fileChanges(baseApp, headApp)
      expect(changes).toEqual({
        // Hard-linked: the bytes are counted once, on the first path.
        added: [
          { path: '/app/lib/new-link.so', bytes: 7000, layer: 2 },
          // The chmod layer (3) stored its bytes again: they are layer 2's.
          { path: '/app/mode.bin', bytes: 900, layer: 3, storedIn: 2 },
          { path: '/app/cache/new', bytes: 20, layer: 6 },
          { path: '/app/lib/new.so', bytes: 0, layer: 2 }
        ],
        removed: [
          { path: '/app/goes', bytes: 2000, layer: 2 },
          { path: '/app/cache/old', bytes: 600, layer: 2 },
          { path: '/app/doomed/sub/x', bytes: 300, layer: 2 }
        ],
        changed: [{ path: '/app/grows', baseBytes: 1000, headBytes: 4000, layer: 2 }],
        directories: [
          { path: '/app', baseBytes: 3950, headBytes: 11970 },
          { path: '/app/lib', baseBytes: 0, headBytes: 7000 },
          { path: '/app/cache', baseBytes: 600, headBytes: 20 },
          { path: '/app/doomed', baseBytes: 300, headBytes: 0 },
          { path: '/app/doomed/sub', baseBytes: 300, headBytes: 0 }
        ],
        addedBytes: 7920,
        removedBytes: 2900,
        changedBytes: 3000,
        addedFiles: 4,
        removedFiles: 3,
        changedFiles: 1
      })
      // Layers 0 and 1 are the busybox image's; 2 is the first RUN.
      expect(headApp.wastedBytes).toBe(2600)
      expect(
        headApp.wasted!.map(({ path, bytes, reason, layer, storedAgainBy }) => [
          path,
          bytes,
          reason,
          layer,
          storedAgainBy
        ])
      ).toEqual([
        ['/app/mode.bin', 900, 'overwritten', 2, 3],
        ['/app/temp', 800, 'deleted', 4, undefined],
        ['/app/cache/old', 600, 'deleted', 2, undefined],
        ['/app/doomed/sub/x', 300, 'deleted', 2, undefined]
      ])
      expect(baseApp.wastedBytes).toBe(0)
    } finally {
      await session.close()
    }
  })
})
