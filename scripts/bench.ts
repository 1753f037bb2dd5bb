/**
 * The benchmark (npm run bench): what stage-size costs next to the build it
 * measures, as ratios against a plain `docker buildx build` timed in the same
 * run, alternating the two (A/B, then B/A) so that drift in a shared, noisy
 * machine falls on both. Prints a table and writes bench/results.json.
 *
 *   npm run bench -- [--iterations N] [--stores classic,containerd,remote-containerd] [--scenarios cold,warm,baseline,pr-built,pr-stored,measure,memory]
 *
 * `memory` is not a ratio: it gives stage-size's peak memory comparing an
 * image of 1,000,000 files with its base, next to one of 1,000 files.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { Docker } from '../src/engine/docker.js'
import { describePushedImage } from '../src/core/image.js'
import { MeasuringRegistry } from '../src/engine/registry.js'

const ROOT = path.resolve(import.meta.dirname ?? '.', '..')
const FIXTURE = path.join(ROOT, 'bench', 'fixture')
const CLI = path.join(ROOT, 'dist', 'cli.js')

interface Scenario {
  name: string
  /** The most stage-size may cost, as a ratio of the plain run; per image store where it differs. */
  target: (store: string) => number
  setup(): Promise<void> | void
  /** A: the plain docker work; B: stage-size. Each returns seconds. */
  plain(run: number): Promise<number> | number
  stageSize(run: number): Promise<number> | number
}

interface Result {
  scenario: string
  store: string
  plainSeconds: number[]
  stageSizeSeconds: number[]
  ratios: number[]
  median: number
  min: number
  max: number
  target: number
  met: boolean
}

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '3' },
    stores: { type: 'string', default: 'classic,containerd' },
    scenarios: {
      type: 'string',
      default: 'cold,warm,baseline,pr-built,pr-stored,measure,memory'
    }
  }
})
const iterations = Number(values.iterations)
// As stage-size builds: provenance attestations add manifests that measure nothing.
process.env.BUILDX_NO_DEFAULT_ATTESTATIONS = '1'

function docker(args: string[], input?: string): string {
  return execFileSync('docker', args, {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

/** Runs a command to completion; its wall-clock seconds. Fails on an unexpected exit status. */
function timed(
  command: string,
  args: string[],
  options: { cwd?: string; ok?: number[]; env?: Record<string, string> } = {}
): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (!(options.ok ?? [0]).includes(result.status ?? -1)) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`
    )
  }
  return seconds
}

const plainBuild = (context: string, extra: string[] = []) =>
  timed('docker', [
    'buildx',
    'build',
    '--progress=quiet',
    '--target',
    'runtime',
    '-t',
    'stage-size-bench/plain',
    ...extra,
    context
  ])

/** stage-size's CLI; `cold` gives it an empty measurement cache, as a first run has. */
const stageSizeRun = (context: string, extra: string[] = [], { cold = false } = {}) =>
  timed('node', [CLI, context, ...extra], {
    ok: [0, 2],
    env: cold
      ? { STAGE_SIZE_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'stage-size-cache-')) }
      : {}
  })

function emptyBuildCache(): void {
  docker(['builder', 'prune', '--all', '--force'])
  spawnSync('docker', ['image', 'rm', '--force', 'stage-size-bench/plain'], {
    stdio: 'ignore'
  })
}

function git(dir: string, args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@stage-size.invalid', ...args],
    {
      cwd: dir,
      encoding: 'utf8'
    }
  ).trim()
}

/** A copy of the fixture in a git repository: the base commit on main, a branch for heads. */
function fixtureRepository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stage-size-bench-'))
  cpSync(FIXTURE, dir, { recursive: true })
  git(dir, ['init', '--quiet', '--initial-branch=main'])
  git(dir, ['add', '--all'])
  git(dir, ['commit', '--quiet', '-m', 'base'])
  git(dir, ['checkout', '--quiet', '-b', 'head'])
  return dir
}

/** A small change in a late layer: the runtime's VERSION default. */
function commitVersion(dir: string, version: string): void {
  const file = path.join(dir, 'Dockerfile')
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^ARG VERSION=.*$/m, `ARG VERSION=${version}`)
  )
  git(dir, ['commit', '--quiet', '--all', '-m', `version ${version}`])
}

const GIB_IMAGE = 'stage-size-bench/gib'
const unique = () => `${Date.now()}-${Math.random().toString(16).slice(2, 8)}`

/** Measures one existing image the way a run does: push it to a fresh measuring registry. */
async function measureImage(image: string): Promise<number> {
  const start = process.hrtime.bigint()
  const registry = await MeasuringRegistry.start()
  const name = `${registry.host}/bench:gib`
  try {
    docker(['tag', image, name])
    // Asynchronously: the registry answering the push runs in this process.
    await Docker.check(['push', '--quiet', name], 'push')
    const size = describePushedImage(registry, 'bench', 'gib')
    if (size.uncompressedBytes < 2 ** 30)
      throw new Error(`measured only ${size.uncompressedBytes} bytes`)
    if (registry.uploadCount !== size.layers.length + 1) {
      throw new Error(
        `${registry.uploadCount} blobs read for ${size.layers.length} layers and a config`
      )
    }
  } finally {
    spawnSync('docker', ['image', 'rm', name], { stdio: 'ignore' })
    await registry.close()
  }
  return Number(process.hrtime.bigint() - start) / 1e9
}

/**
 * A pull request job, cold: its own build of the target, then (with the check)
 * stage-size with `extra` arguments; each time after a new one-line change.
 */
function pullRequestJob(
  repo: () => string,
  extra: (string | (() => string))[]
): Pick<Scenario, 'plain' | 'stageSize'> {
  const change = () => {
    commitVersion(repo(), unique())
    emptyBuildCache()
  }
  return {
    plain: () => {
      change()
      return plainBuild(repo())
    },
    stageSize: () => {
      change()
      const args = extra.map(arg => (typeof arg === 'string' ? arg : arg()))
      return plainBuild(repo()) + stageSizeRun(repo(), args, { cold: true })
    }
  }
}

const scenarios: Record<string, () => Scenario> = {
  cold: () => ({
    name: 'cold: every stage, both sizes, head only, vs a plain build of the target; empty build cache',
    target: store => (store === 'containerd' ? 1.2 : 1.5),
    setup: () => {},
    plain: () => {
      emptyBuildCache()
      return plainBuild(FIXTURE)
    },
    stageSize: () => {
      emptyBuildCache()
      return stageSizeRun(FIXTURE, ['--no-base'], { cold: true })
    }
  }),
  warm: () => ({
    name: 'warm: one late layer changed, head only, vs a plain warm rebuild of the target',
    target: () => 1.3,
    setup: () => {
      plainBuild(FIXTURE)
      stageSizeRun(FIXTURE, ['--no-base'])
    },
    plain: () => plainBuild(FIXTURE, ['--build-arg', `VERSION=${unique()}`]),
    stageSize: () =>
      stageSizeRun(FIXTURE, ['--no-base', '--build-arg', `VERSION=${unique()}`])
  }),
  baseline: (() => {
    let repo = ''
    return () => ({
      name: 'with baseline: head and base built and measured after a small change, vs one plain build',
      target: () => 1.6,
      setup: () => {
        repo = fixtureRepository()
        commitVersion(repo, unique())
        stageSizeRun(repo)
      },
      plain: () => {
        commitVersion(repo, unique())
        return plainBuild(repo)
      },
      stageSize: () => {
        commitVersion(repo, unique())
        return stageSizeRun(repo)
      }
    })
  })(),
  'pr-built': (() => {
    let repo = ''
    return () => ({
      name: "pr-built: a pull request job, base built: the job's own cold build of the target, then stage-size, vs that build alone",
      target: () => 1.8,
      setup: () => {
        repo = fixtureRepository()
      },
      ...pullRequestJob(() => repo, [])
    })
  })(),
  'pr-stored': (() => {
    let repo = ''
    let baseReport = ''
    return () => ({
      name: "pr-stored: a pull request job, the base's stored report read instead of building the base, vs the job's own cold build alone",
      target: () => 1.6,
      setup: () => {
        repo = fixtureRepository()
        baseReport = path.join(
          mkdtempSync(path.join(os.tmpdir(), 'stage-size-base-')),
          'r.json'
        )
        git(repo, ['checkout', '--quiet', 'main'])
        timed('node', [CLI, repo, '--no-base', '--json', baseReport], { ok: [0] })
        git(repo, ['checkout', '--quiet', 'head'])
      },
      ...pullRequestJob(() => repo, ['--baseline-report', () => baseReport])
    })
  })(),
  measure: () => ({
    name: 'measuring a 1 GiB image (both sizes), vs reading it once (docker save > /dev/null)',
    target: () => 3,
    setup: () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'stage-size-gib-'))
      const quarter = 2 ** 28
      writeFileSync(
        path.join(dir, 'Dockerfile'),
        [
          'FROM stage-size-fixture/busybox',
          `RUN head -c ${quarter} /dev/urandom > /random-1.bin`,
          `RUN seq 1 40000000 | head -c ${quarter} > /text-1.txt`,
          `RUN head -c ${quarter} /dev/urandom > /random-2.bin`,
          `RUN seq 40000000 80000000 | head -c ${quarter} > /text-2.txt`
        ].join('\n')
      )
      docker(['buildx', 'build', '--progress=quiet', '-t', GIB_IMAGE, dir])
      rmSync(dir, { recursive: true })
    },
    plain: () => {
      const start = process.hrtime.bigint()
      const devNull = openSync('/dev/null', 'w')
      const result = spawnSync('docker', ['save', GIB_IMAGE], {
        stdio: ['ignore', devNull, 'pipe']
      })
      if (result.status !== 0) throw new Error(`docker save failed: ${result.stderr}`)
      return Number(process.hrtime.bigint() - start) / 1e9
    },
    stageSize: () => measureImage(GIB_IMAGE)
  })
}

/** The JavaScript heap the memory figures run in. */
const HEAP_MIB = 64

interface MemoryFigure {
  files: number
  store: string
  /** Peaks while comparing, in MiB: the live JavaScript heap, and the whole process's resident memory. */
  heapUsedMiB: number
  rssMiB: number
}

/**
 * A repository whose base image holds `files` small files in 1,000 folders
 * (one layer), and whose head rewrites one file in a thousand, larger, and
 * deletes a folder: every file is listed, merged and compared.
 */
function manyFilesRepository(files: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stage-size-files-'))
  const folders = 1000
  const write = (rewrite: string) =>
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      [
        'FROM stage-size-fixture/busybox AS files',
        `RUN mkdir /m && awk 'BEGIN{for(d=0;d<${folders};d++) system("mkdir /m/" d); for(i=0;i<${files};i++){f="/m/" i%${folders} "/" i; print i > f; close(f)}}'`,
        'FROM files AS runtime',
        `RUN ${rewrite}`
      ].join('\n') + '\n'
    )
  write('true')
  git(dir, ['init', '--quiet', '--initial-branch=main'])
  git(dir, ['add', '--all'])
  git(dir, ['commit', '--quiet', '-m', 'base'])
  git(dir, ['checkout', '--quiet', '-b', 'head'])
  write(
    `awk 'BEGIN{for(i=0;i<${files};i+=1000){f="/m/" i%${folders} "/" i; print "rewritten " i > f; close(f)}}' && rm -r /m/1`
  )
  git(dir, ['commit', '--quiet', '--all', '-m', 'head'])
  return dir
}

/**
 * stage-size's peak memory comparing a many-file image with its base, cold
 * cache, in a JavaScript heap capped at HEAP_MIB: memory that grew with the
 * number of files would not fit, and the run would fail.
 */
function memoryFigure(files: number, store: string): MemoryFigure {
  const repo = manyFilesRepository(files)
  // Built first, so the figure is the measuring's, with both images in the build cache.
  for (const branch of ['main', 'head']) {
    git(repo, ['checkout', '--quiet', branch])
    docker(['buildx', 'build', '--progress=quiet', '--target', 'runtime', repo])
  }
  const probe = pathToFileURL(path.join(ROOT, 'bench', 'memory-probe.mjs')).href
  const result = spawnSync(
    'node',
    [
      `--max-old-space-size=${HEAP_MIB}`,
      '--import',
      probe,
      CLI,
      repo,
      '--base',
      'main',
      '--files',
      '0'
    ],
    {
      env: {
        ...process.env,
        STAGE_SIZE_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'stage-size-cache-'))
      },
      encoding: 'utf8'
    }
  )
  rmSync(repo, { recursive: true, force: true })
  const line = result.stderr.match(/^stage-size-memory (.*)$/m)
  if (result.status !== 0 || !line)
    throw new Error(`stage-size failed: ${result.stderr.slice(-2000)}`)
  const peaks = JSON.parse(line[1]) as { rss: number; heapUsed: number }
  const figure = { files, store, heapUsedMiB: peaks.heapUsed, rssMiB: peaks.rss }
  process.stderr.write(`  ${files} files: ${JSON.stringify(figure)}\n`)
  return figure
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

async function runScenario(scenario: Scenario, store: string): Promise<Result> {
  process.stderr.write(`\n[${store}] ${scenario.name}\n`)
  await scenario.setup()
  const plainSeconds: number[] = []
  const stageSizeSeconds: number[] = []
  for (let run = 0; run < iterations; run++) {
    // A/B, then B/A: drift on a shared machine falls on both.
    const order = run % 2 === 0 ? ['plain', 'stageSize'] : ['stageSize', 'plain']
    for (const which of order) {
      const seconds = await (which === 'plain'
        ? scenario.plain(run)
        : scenario.stageSize(run))
      ;(which === 'plain' ? plainSeconds : stageSizeSeconds).push(seconds)
      process.stderr.write(
        `  run ${run + 1} ${which === 'plain' ? 'plain     ' : 'stage-size'} ${seconds.toFixed(2)} s\n`
      )
    }
  }
  const ratios = stageSizeSeconds.map((seconds, index) => seconds / plainSeconds[index])
  const result = {
    scenario: scenario.name,
    store,
    plainSeconds,
    stageSizeSeconds,
    ratios,
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    target: scenario.target(store)
  }
  return { ...result, met: result.median <= result.target }
}

function table(results: Result[]): string {
  const rows = [
    [
      'scenario',
      'store',
      'plain (median)',
      'stage-size (median)',
      'ratio median',
      'min-max',
      'target'
    ],
    ...results.map(r => [
      r.scenario.split(':')[0],
      r.store,
      `${median(r.plainSeconds).toFixed(2)} s`,
      `${median(r.stageSizeSeconds).toFixed(2)} s`,
      `${r.median.toFixed(2)}x`,
      `${r.min.toFixed(2)}-${r.max.toFixed(2)}x`,
      `<= ${r.target}x ${r.met ? 'met' : 'NOT met'}`
    ])
  ]
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map(row => row[column].length))
  )
  return rows
    .map(row => row.map((cell, column) => cell.padEnd(widths[column])).join('  '))
    .join('\n')
}

async function main(): Promise<void> {
  const engines = new Map(
    (process.env.STAGE_SIZE_ENGINES ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map(entry => {
        const at = entry.indexOf('=')
        return [entry.slice(0, at), entry.slice(at + 1)] as const
      })
  )
  const results: Result[] = []
  const memory: MemoryFigure[] = []
  const names = values.scenarios.split(',')
  for (const store of values.stores.split(',')) {
    const host = engines.get(store)
    if (!host)
      throw new Error(
        `no ${store} engine in STAGE_SIZE_ENGINES (run through npm run bench)`
      )
    process.env.DOCKER_HOST = host
    for (const name of names.filter(name => name !== 'memory'))
      results.push(await runScenario(scenarios[name](), store))
    if (names.includes('memory')) {
      process.stderr.write(
        `\n[${store}] memory: peak memory comparing many-file images\n`
      )
      for (const files of [1_000, 1_000_000]) memory.push(memoryFigure(files, store))
    }
  }
  const text = [
    results.length ? table(results) : '',
    ...memory.map(
      figure =>
        `memory [${figure.store}]: ${figure.files.toLocaleString('en-US')} files, peak heap used ${figure.heapUsedMiB} MiB (capped at ${HEAP_MIB} MiB), peak resident ${figure.rssMiB} MiB`
    )
  ].join('\n')
  process.stdout.write(`\n${text}\n`)
  const cpus = os.cpus()
  const machine = {
    cpus: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    docker: docker(['version', '--format', '{{.Server.Version}}']).trim(),
    node: process.version
  }
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
  writeFileSync(
    path.join(ROOT, 'bench', 'results.json'),
    JSON.stringify(
      { date: new Date().toISOString(), iterations, machine, results, memory },
      null,
      2
    ) + '\n'
  )
}

await main()
