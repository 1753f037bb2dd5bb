import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface TestEngine {
  /** `remote-*`: an engine in its own network namespace, which cannot reach this machine's 127.0.0.1. */
  store: 'classic' | 'containerd' | 'remote-classic' | 'remote-containerd'
  host: string
}

export const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures'
)

/**
 * The engines `npm test` started (scripts/engine.sh sets STAGE_SIZE_ENGINES).
 * Without one the Docker tests fail under CI=true and are skipped elsewhere.
 */
export function testEngines(): TestEngine[] {
  const engines = (process.env.STAGE_SIZE_ENGINES ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map(entry => {
      const [store, host] = [
        entry.slice(0, entry.indexOf('=')),
        entry.slice(entry.indexOf('=') + 1)
      ]
      return { store: store as TestEngine['store'], host }
    })
  if (engines.length === 0 && process.env.CI === 'true') {
    throw new Error(
      'no Docker engine for the tests: STAGE_SIZE_ENGINES is empty (run the tests with npm test, which starts one)'
    )
  }
  return engines
}

/** `describe` once per engine, with DOCKER_HOST pointing at it while its tests run. */
export function describeEachEngine(
  title: string,
  body: (engine: TestEngine) => void
): void {
  describeOn(localEngines(), title, body)
}

/** The engines on this machine's network, as GitHub's runners have them. */
function localEngines(): TestEngine[] {
  return testEngines().filter(engine => !engine.store.startsWith('remote-'))
}

/**
 * `describe` on one engine, for behaviour that does not depend on the image
 * store: the containerd store (GitHub's runners' default) when there is one.
 */
export function describeOnOneEngine(
  title: string,
  body: (engine: TestEngine) => void
): void {
  const engines = localEngines()
  const engine = engines.find(candidate => candidate.store === 'containerd') ?? engines[0]
  describeOn(engine ? [engine] : [], title, body)
}

/** `describe` on the engine of one image store, for behaviour only that store shows. */
export function describeOnStore(
  store: TestEngine['store'],
  title: string,
  body: (engine: TestEngine) => void
): void {
  describeOn(
    testEngines().filter(engine => engine.store === store),
    title,
    body
  )
}

function describeOn(
  engines: TestEngine[],
  title: string,
  body: (engine: TestEngine) => void
): void {
  if (engines.length === 0) {
    describe.skip(`${title} (needs a Docker engine: run npm test)`, () =>
      it('is skipped', () => {}))
    return
  }
  for (const engine of engines) {
    describe(`${title} [${engine.store} image store]`, () => {
      useEngine(engine)
      body(engine)
    })
  }
}

/** Points docker commands at the engine for the tests of the enclosing describe. */
export function useEngine(engine: TestEngine): void {
  let previous: string | undefined
  beforeAll(() => {
    previous = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = engine.host
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = previous
  })
}

/** docker on the given engine; its stdout. */
export function docker(engine: TestEngine, args: string[], input?: string): string {
  return execFileSync('docker', args, {
    env: { ...process.env, DOCKER_HOST: engine.host },
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

const busyboxSizes = new Map<string, number>()

/** The bytes of the fixture base image's one file, /bin/busybox, as the engine holds it. */
export function busyboxBytes(engine: TestEngine): number {
  let size = busyboxSizes.get(engine.host)
  if (size === undefined) {
    const out = docker(engine, [
      'run',
      '--rm',
      '--network',
      'none',
      'stage-size-fixture/busybox',
      'stat',
      '-c',
      '%s',
      '/bin/busybox'
    ])
    size = Number(out.trim())
    busyboxSizes.set(engine.host, size)
  }
  return size
}

export interface TestBuilder {
  /**
   * `remote`, `docker-container` (Docker's default bridge), `docker-container-host`
   * (network=host) or `docker-container-isolated` (network=none: it reaches nothing).
   */
  kind:
    'remote' | 'docker-container' | 'docker-container-host' | 'docker-container-isolated'
  name: string
}

/**
 * The buildx builders `npm test` made (scripts/engine.sh builders sets
 * STAGE_SIZE_BUILDERS), on the containerd engine. Without them the builder
 * tests fail under CI=true and are skipped elsewhere.
 */
export function testBuilders(): TestBuilder[] {
  const builders = (process.env.STAGE_SIZE_BUILDERS ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map(entry => {
      const at = entry.indexOf('=')
      return {
        kind: entry.slice(0, at) as TestBuilder['kind'],
        name: entry.slice(at + 1)
      }
    })
  if (builders.length === 0 && process.env.CI === 'true') {
    throw new Error(
      'no buildx builders for the tests: STAGE_SIZE_BUILDERS is empty (run the tests with npm test, which makes them from ../shared/tools/buildkit)'
    )
  }
  return builders
}
