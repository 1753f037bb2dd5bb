/**
 * The benchmark (npm run bench): what stage-size costs next to the build it
 * measures, as ratios against a plain `docker buildx build` timed in the same
 * run, alternating the two (A/B, then B/A) so that drift in a shared, noisy
 * machine falls on both. Prints a table and writes bench/results.json.
 *
 *   npm run bench -- [--iterations N] [--stores classic,containerd,remote,docker-container,remote-containerd]
 *                    [--scenarios cold,warm,baseline,pr-built,pr-stored,realistic-pr,measure,memory]
 *
 * A store is an engine of STAGE_SIZE_ENGINES (the docker driver on that image
 * store) or a builder of STAGE_SIZE_BUILDERS (remote, docker-container: on the
 * containerd engine, the plain build `--load`s as build-push-action does, and
 * the fixtures build FROM their own busybox stage, as those builders see no
 * engine image). Beside each ratio, stage-size's added seconds and where they
 * go, read off its own build log (--verbose): BuildKit's seconds exporting
 * (compressing, writing, pushing) and building, summed over its concurrent
 * builds, and what is left of its wall time after the builds (comparing,
 * file lists, the report).
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
const REALISTIC = path.join(ROOT, 'bench', 'realistic')
const CLI = path.join(ROOT, 'dist', 'cli.js')

/** Where a scenario runs: the docker driver of an engine, or a buildx builder. */
interface Where {
  store: string
  builder?: string
}
let where: Where = { store: 'classic' }

/** Where stage-size's seconds went in one run, from its log. */
interface Spent {
  /** Its whole run. */
  seconds: number
  /** Building and measuring every stage: the longer of head and base, which build side by side. */
  buildAndMeasure: number
  /** BuildKit's exporting (compressing, writing, sending, pushing), summed over the builds. */
  exporting: number
}

interface Scenario {
  name: string
  /** The most stage-size may cost, as a ratio of the plain run; per store where it differs. */
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
  /** stage-size's own runs in the B arm, medians: where its seconds went. */
  spent?: Spent
}

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '3' },
    stores: { type: 'string', default: 'classic,containerd,remote,docker-container' },
    scenarios: {
      type: 'string',
      default: 'cold,warm,baseline,pr-built,pr-stored,realistic-pr,measure,memory'
    }
  }
})
const iterations = Number(values.iterations)
// As stage-size builds: provenance attestations add manifests that measure nothing.
process.env.BUILDX_NO_DEFAULT_ATTESTATIONS = '1'
/** The scenarios a builder runs: the others measure the engine's image store. */
const BUILDER_SCENARIOS = ['cold', 'warm', 'pr-stored', 'realistic-pr']

function docker(args: string[], input?: string): string {
  return execFileSync('docker', args, {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

/** Runs a command to completion: its wall-clock seconds and standard error. Fails on an unexpected exit status. */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; ok?: number[]; env?: Record<string, string> } = {}
): { seconds: number; stderr: string } {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (!(options.ok ?? [0]).includes(result.status ?? -1)) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`
    )
  }
  return { seconds, stderr: result.stderr }
}

const timed = (...args: Parameters<typeof run>) => run(...args).seconds

/** The builder's arguments, and the base image it can see. */
const whereArgs = () =>
  where.builder ? ['--builder', where.builder, '--build-arg', 'BASE=busybox'] : []

const plainBuild = (context: string, extra: string[] = []) =>
  timed('docker', [
    'buildx',
    'build',
    '--progress=quiet',
    '--target',
    'runtime',
    '-t',
    'stage-size-bench/plain',
    // As build-push-action's load: true does, so the image is in the engine.
    ...(where.builder ? ['--load'] : []),
    ...whereArgs(),
    ...extra,
    context
  ])

/** stage-size's runs in the current B arm. */
const spent: Spent[] = []

/** Where one run's seconds went, from its log: the build-and-measure titles and BuildKit's export steps. */
function spentIn(stderr: string, seconds: number): Spent {
  const values = (pattern: RegExp) =>
    [...stderr.matchAll(pattern)].map(match => Number(match[1]))
  const sum = (pattern: RegExp) =>
    values(pattern).reduce((total, value) => total + value, 0)
  return {
    seconds,
    // Head and base build side by side: the longer one is what the run waited for.
    buildAndMeasure: Math.max(
      0,
      ...values(/^\S+: \d+ stages? built and measured in ([\d.]+) s$/gm)
    ),
    exporting: sum(
      /^ {2}#\d+ (?:exporting layers|sending tarball|pushing layers|writing layer \S+|exporting to oci image format|exporting to image)(?: [\d.]+s)? ([\d.]+)s done$/gm
    )
  }
}

/** stage-size's CLI; `cold` gives it an empty measurement cache, as a first run has. */
function stageSizeRun(
  context: string,
  extra: string[] = [],
  { cold = false } = {}
): number {
  const { seconds, stderr } = run(
    'node',
    [CLI, context, '--verbose', ...whereArgs(), ...extra],
    {
      ok: [0, 2],
      env: cold
        ? {
            STAGE_SIZE_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'stage-size-cache-'))
          }
        : {}
    }
  )
  spent.push(spentIn(stderr, seconds))
  return seconds
}

/** A copy of a fixture with the static busybox its own base stage copies. */
function fixtureCopy(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stage-size-bench-'))
  cpSync(fixture, dir, { recursive: true })
  cpSync('/bin/busybox', path.join(dir, 'busybox'))
  return dir
}

function emptyBuildCache(): void {
  docker([
    'buildx',
    'prune',
    '--all',
    '--force',
    ...(where.builder ? ['--builder', where.builder] : [])
  ])
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

/** A copy of a fixture in a git repository: the base commit on main, a branch for heads. */
function fixtureRepository(fixture: string): string {
  const dir = fixtureCopy(fixture)
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

/** Builders are held to their own targets: the engine's store is not theirs. */
const builderStore = (store: string) => !['classic', 'containerd'].includes(store)

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

/**
 * A pull request job with the base's stored report (`--baseline-report`, as
 * the artifact gives it) instead of building the base.
 */
function storedReportJob(
  fixture: string,
  name: string,
  target: Scenario['target']
): () => Scenario {
  let repo = ''
  let baseReport = ''
  return () => ({
    name,
    target,
    setup: () => {
      repo = fixtureRepository(fixture)
      baseReport = path.join(
        mkdtempSync(path.join(os.tmpdir(), 'stage-size-base-')),
        'r.json'
      )
      git(repo, ['checkout', '--quiet', 'main'])
      timed('node', [CLI, repo, '--no-base', ...whereArgs(), '--json', baseReport], {
        ok: [0]
      })
      git(repo, ['checkout', '--quiet', 'head'])
    },
    ...pullRequestJob(() => repo, ['--baseline-report', () => baseReport])
  })
}

const fixture = (() => {
  let copy = ''
  return () => (copy ||= fixtureCopy(FIXTURE))
})()

const scenarios: Record<string, () => Scenario> = {
  cold: () => ({
    name: 'cold: every stage, both sizes, head only, vs a plain build of the target; empty build cache',
    target: store => (builderStore(store) ? 1.5 : 1.3),
    setup: () => {},
    plain: () => {
      emptyBuildCache()
      return plainBuild(fixture())
    },
    stageSize: () => {
      emptyBuildCache()
      return stageSizeRun(fixture(), ['--no-base'], { cold: true })
    }
  }),
  warm: () => ({
    name: 'warm: one late layer changed, head only, vs a plain warm rebuild of the target',
    target: store => (builderStore(store) ? 1.5 : 1.3),
    setup: () => {
      plainBuild(fixture())
      stageSizeRun(fixture(), ['--no-base'])
    },
    plain: () => plainBuild(fixture(), ['--build-arg', `VERSION=${unique()}`]),
    stageSize: () =>
      stageSizeRun(fixture(), ['--no-base', '--build-arg', `VERSION=${unique()}`])
  }),
  baseline: (() => {
    let repo = ''
    return () => ({
      name: 'with baseline: head and base built and measured after a small change, vs one plain build',
      target: () => 1.6,
      setup: () => {
        repo = fixtureRepository(FIXTURE)
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
      target: () => 1.5,
      setup: () => {
        repo = fixtureRepository(FIXTURE)
      },
      ...pullRequestJob(() => repo, [])
    })
  })(),
  'pr-stored': storedReportJob(
    FIXTURE,
    "pr-stored: a pull request job, the base's stored report read instead of building the base, vs the job's own cold build alone",
    // The builders' pull request job is held to theirs.
    store => (builderStore(store) ? 1.5 : 1.3)
  ),
  'realistic-pr': storedReportJob(
    REALISTIC,
    'realistic-pr: the pull request job with the stored report, on a realistic-size app (330 MB runtime, 46,000 files)',
    () => 1.15
  ),
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

function medianSpent(runs: Spent[]): Spent {
  const of = (key: keyof Spent) => median(runs.map(run => run[key]))
  return {
    seconds: of('seconds'),
    buildAndMeasure: of('buildAndMeasure'),
    exporting: of('exporting')
  }
}

/** Added seconds, and where stage-size's own went: "+1.2 s (builds 3.1 s, of which export 0.4 s; rest 0.3 s)". */
function addedSeconds(result: Result): string {
  const added = median(result.stageSizeSeconds) - median(result.plainSeconds)
  const { spent } = result
  if (!spent?.buildAndMeasure) return `${added >= 0 ? '+' : ''}${added.toFixed(2)} s`
  return `${added >= 0 ? '+' : ''}${added.toFixed(2)} s (stage-size ${spent.seconds.toFixed(2)} s: building and measuring ${spent.buildAndMeasure.toFixed(2)} s, BuildKit exporting ${spent.exporting.toFixed(2)} s in all builds; the rest ${(spent.seconds - spent.buildAndMeasure).toFixed(2)} s)`
}

async function runScenario(scenario: Scenario, store: string): Promise<Result> {
  process.stderr.write(`\n[${store}] ${scenario.name}\n`)
  await scenario.setup()
  spent.length = 0
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
    target: scenario.target(store),
    spent: spent.length ? medianSpent(spent) : undefined
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
      'target',
      'added'
    ],
    ...results.map(r => [
      r.scenario.split(':')[0],
      r.store,
      `${median(r.plainSeconds).toFixed(2)} s`,
      `${median(r.stageSizeSeconds).toFixed(2)} s`,
      `${r.median.toFixed(2)}x`,
      `${r.min.toFixed(2)}-${r.max.toFixed(2)}x`,
      `<= ${r.target}x ${r.met ? 'met' : 'NOT met'}`,
      addedSeconds(r)
    ])
  ]
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map(row => row[column].length))
  )
  return rows
    .map(row => row.map((cell, column) => cell.padEnd(widths[column])).join('  '))
    .join('\n')
}

/** 'name=value' pairs of an environment variable, as engine.sh prints them. */
function pairs(variable: string): Map<string, string> {
  return new Map(
    (process.env[variable] ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map(entry => {
        const at = entry.indexOf('=')
        return [entry.slice(0, at), entry.slice(at + 1)] as const
      })
  )
}

/** Points the docker client at a store: an engine, or a builder (which lives on the containerd engine). */
function enter(
  store: string,
  engines: Map<string, string>,
  builders: Map<string, string>
): boolean {
  const builder = builders.get(store)
  const host = engines.get(builder ? 'containerd' : store)
  if (builders.has(store) || engines.has(store)) {
    process.env.DOCKER_HOST = host
    where = { store, builder }
    return true
  }
  if (['remote', 'docker-container'].includes(store) && process.env.CI !== 'true') {
    process.stderr.write(
      `\n[${store}] skipped: no such builder (../shared/tools/buildkit is missing)\n`
    )
    return false
  }
  throw new Error(`no ${store} engine or builder (run through npm run bench)`)
}

async function main(): Promise<void> {
  const engines = pairs('STAGE_SIZE_ENGINES')
  const builders = pairs('STAGE_SIZE_BUILDERS')
  const results: Result[] = []
  const memory: MemoryFigure[] = []
  const names = values.scenarios.split(',')
  for (const store of values.stores.split(',')) {
    if (!enter(store, engines, builders)) continue
    const runs = builderStore(store)
      ? names.filter(name => BUILDER_SCENARIOS.includes(name))
      : names
    for (const name of runs.filter(name => name !== 'memory'))
      results.push(await runScenario(scenarios[name](), store))
    if (runs.includes('memory')) {
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
