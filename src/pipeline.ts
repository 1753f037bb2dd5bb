import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { resolveBase, type BaseCommit } from './git/base-commit.js'
import { chooseBase } from './core/baseline.js'
import { parseDockerfile, type ParsedDockerfile } from './core/dockerfile.js'
import { Docker, assertBuilderExists, type Engine } from './engine/docker.js'
import { UserError, messageOf } from './core/errors.js'
import { withTempDir } from './system/files.js'
import { Git } from './git/git.js'
import { leftovers } from './system/leftovers.js'
import type { Log } from './core/log.js'
import { redactorFor, type BaselineOption, type Options } from './core/options.js'
import { redactedError, redactedLog } from './core/redact.js'
import {
  findStage,
  planBase,
  planBuild,
  targetName,
  type BuildPlan
} from './core/plan.js'
import {
  buildReport,
  reportedStages,
  sideStages,
  type BaseRef,
  type CommitRef,
  type Report,
  type SideStage
} from './core/report.js'
import { validHistory, type HistoryPoint } from './core/history.js'
import type { ExpectedBaseline } from './core/stored-baseline.js'
import { readReport } from './report-file.js'
import type { FileChanges } from './core/file-changes.js'
import { MeasuringSession, type Checkout } from './engine/session.js'

/** The base's stages, or why there are none (and how loudly to say it). */
type Baseline =
  /** `history`: the branch's sizes up to the base, when the base's report was read. */
  | { ref: BaseRef; stages: SideStage[]; history?: HistoryPoint[] }
  | { missing: string; severity: 'notice' | 'warning' }

/** Where the base comes from, settled before anything is built. */
type BaselinePlan =
  { kind: 'build'; git: Git; commit: BaseCommit } | { kind: 'ready'; baseline: Baseline }

/**
 * The whole run: reads the head's Dockerfile, settles the baseline (failing
 * fast on a bad base-ref or baseline-report), builds and measures the head
 * and, side by side, the base in a temporary worktree, and compares them.
 * No secret or build-arg value leaves it: not in the report, the log lines
 * or an error's message.
 */
export async function runPipeline(options: Options, log: Log): Promise<Report> {
  const redactor = redactorFor(options, process.env)
  try {
    const report = await measureRun(options, redactedLog(log, redactor))
    // Stage names are the Dockerfile's own words, though a build arg may pick one.
    const stageNames = report.stages.flatMap(stage => [stage.name, ...stage.dependsOn])
    return redactor.json(report, new Set(stageNames))
  } catch (error) {
    throw redactedError(error, redactor)
  }
}

async function measureRun(options: Options, log: Log): Promise<Report> {
  // Asked first, answered while the Dockerfile and git are read.
  const engineAnswer = Docker.engine()
  engineAnswer.catch(() => undefined) // awaited below, after the checks that come first
  await assertSecretFilesExist(options)
  const head = await readHead(options)
  const git = await Git.at(head.contextDir)
  const baselinePlan = await planBaseline(options, git, head, log)
  const engine = await engineAnswer
  await assertEngineFits(options, engine)
  const session = await MeasuringSession.open(engine, log, options.keepImages)
  try {
    // The head and the base build side by side: BuildKit shares their cache.
    const [headSizes, baseline] = await settleBoth(
      session.measure(head, options),
      baselinePlan.kind === 'ready'
        ? Promise.resolve(baselinePlan.baseline)
        : measureBaseCommit(baselinePlan, head, options, session, log)
    )
    // Measuring only was asked for: nothing to say.
    if ('missing' in baseline && options.baseline.kind !== 'none') {
      log[baseline.severity](`No baseline to compare with: ${baseline.missing}`)
    }
    const headStages = sideStages(head.plan, head.dockerfile.stages, headSizes)
    return report(
      options,
      { ...engine, delivery: session.deliveryName },
      head,
      headStages,
      baseline,
      git,
      await fileChanges(session, headStages, baseline)
    )
  } finally {
    await session.close()
  }
}

/**
 * Which files changed in each stage both sides have, one stage at a time (each
 * comparison streams its images' file lists); a stage whose layers are not all
 * listed here (a base read from a report measured elsewhere) has none.
 */
async function fileChanges(
  session: MeasuringSession,
  headStages: SideStage[],
  baseline: Baseline
): Promise<Map<string, FileChanges>> {
  const changes = new Map<string, FileChanges>()
  if (!('stages' in baseline)) return changes
  for (const stage of headStages) {
    const base = baseline.stages.find(other => other.name === stage.name)
    const found = base && (await session.fileChanges(base.size, stage.size))
    if (found) changes.set(stage.name, found)
  }
  return changes
}

async function report(
  options: Options,
  engine: Engine & { delivery: Report['engine']['delivery'] },
  head: Checkout,
  headStages: SideStage[],
  baseline: Baseline,
  git: Git | null,
  fileChanges: ReadonlyMap<string, FileChanges>
): Promise<Report> {
  return buildReport({
    fileChanges,
    dockerfile: displayPath(options.file),
    context: displayPath(options.context),
    platforms: options.platforms,
    engine: {
      version: engine.version,
      imageStore: engine.imageStore,
      builder: engine.buildx ? 'buildkit' : 'classic',
      delivery: engine.delivery
    },
    target: targetName(head.plan),
    head: git ? await headRef(git) : null,
    pullRequest: options.pullRequest,
    headStages,
    base: baseline,
    gate: options.gate,
    buildArgs: options.buildArgs,
    stageSelection: options.stages,
    baseHistory: ('history' in baseline && baseline.history) || [],
    measuredAt: new Date().toISOString()
  })
}

/** The head's checkout and plan; the stage-thresholds must name its stages. */
async function readHead(options: Options): Promise<Checkout> {
  const head = await readCheckout(
    options,
    'head',
    path.resolve(options.context),
    path.resolve(options.file),
    dockerfile => planBuild(dockerfile, options, options.file)
  )
  for (const stage of options.gate.stageThresholds.keys()) {
    findStage(head.dockerfile.stages, stage, options.names.stageThresholds, options.file)
  }
  return head
}

/** Refuses, before anything is built, what this engine and builder cannot do as asked. */
async function assertEngineFits(options: Options, engine: Engine): Promise<void> {
  if (options.builder && engine.buildx) {
    await assertBuilderExists(options.builder, options.names.builder)
  }
  assertPlatformsFit(options, engine)
  assertCachesFit(options, engine)
  if (options.secrets.length > 0 && !engine.buildx) {
    throw new UserError(
      `${options.names.secrets}: build secrets need BuildKit; install the docker-buildx plugin`
    )
  }
}

/** A secret file that is not there would fail the build late, as a stage's error. */
async function assertSecretFilesExist(options: Options): Promise<void> {
  for (const secret of options.secrets) {
    if (!('file' in secret)) continue
    const found = await stat(secret.file).then(
      entry => entry.isFile(),
      () => false
    )
    if (!found)
      throw new UserError(
        `${options.names.secretFiles}: the file ${secret.file} (secret ${secret.id}) does not exist; give the path of the file that holds the secret, relative to the working directory`
      )
  }
}

/** Several platforms need an image store that holds them, and BuildKit to build them. */
function assertPlatformsFit(options: Options, engine: Engine): void {
  if (options.platforms.length < 2) return
  const list = options.platforms.join(', ')
  if (engine.imageStore === 'classic') {
    throw new UserError(
      `${options.names.platform}: the classic image store cannot hold a multi-platform image (${list}); turn on the containerd image store (Docker Engine 29's default; "features": {"containerd-snapshotter": true} in daemon.json), or give one platform`
    )
  }
  if (!engine.buildx) {
    throw new UserError(
      `${options.names.platform}: building for several platforms (${list}) needs BuildKit; install the docker-buildx plugin, or give one platform`
    )
  }
}

/** Build caches need BuildKit, and writing one needs more than the classic store's docker driver. */
function assertCachesFit(options: Options, engine: Engine): void {
  const given =
    options.cacheTo.length > 0
      ? options.names.cacheTo
      : options.cacheFrom.length > 0
        ? options.names.cacheFrom
        : null
  if (!given) return
  if (!engine.buildx) {
    throw new UserError(
      `${given}: build caches need BuildKit; install the docker-buildx plugin`
    )
  }
  if (options.cacheTo.length > 0 && engine.imageStore === 'classic') {
    throw new UserError(
      `${options.names.cacheTo}: the docker driver on the classic image store cannot write a build cache; turn on the containerd image store (Docker Engine 29's default), or leave cache-to out`
    )
  }
}

/** Both results; when either fails, its error, but only once both are done (nothing left running). */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b])
  if (first.status === 'rejected') throw first.reason
  if (second.status === 'rejected') throw second.reason
  return [first.value, second.value]
}

async function planBaseline(
  options: Options,
  git: Git | null,
  head: Checkout,
  log: Log
): Promise<BaselinePlan> {
  const option = options.baseline
  if (option.kind === 'none') return ready({ missing: option.reason, severity: 'notice' })
  if (option.kind === 'report') {
    const report = await readReport(option.path, option.input)
    const ref: BaseRef = {
      ref: report.head?.ref ?? null,
      sha: report.head?.sha ?? null,
      reason: `${option.input} ${option.path}`,
      source: 'report'
    }
    return ready({
      ref,
      stages: reportedStages(report),
      history: validHistory(report.history)
    })
  }
  if (!git) {
    return ready({
      missing: `${options.context} is not in a git repository`,
      severity: 'warning'
    })
  }
  return commitBaseline(options, option, git, head, log)
}

/** The base commit the event or base-ref names, stored or to be built. */
async function commitBaseline(
  options: Options,
  option: Extract<BaselineOption, { kind: 'git' }>,
  git: Git,
  head: Checkout,
  log: Log
): Promise<BaselinePlan> {
  const headCommit = await git.head()
  if (!headCommit) {
    return ready({
      missing: `the git repository at ${git.root} has no commits yet`,
      severity: 'notice'
    })
  }
  const choice = chooseBase(option.event, headCommit, option.baseRef)
  const resolved = await resolveBase(git, choice, headCommit.sha)
  if ('missing' in resolved) {
    return ready({
      missing: resolved.missing,
      severity: choice.kind === 'none' && !choice.unexpected ? 'notice' : 'warning'
    })
  }
  return storedOrBuilt(options, git, resolved.commit, head, log)
}

/** What a stored report of the base must have measured: this run's image, at the base commit. */
function expectedBaseline(
  options: Options,
  commit: BaseCommit,
  head: Checkout
): ExpectedBaseline {
  return {
    sha: commit.sha,
    dockerfile: displayPath(options.file),
    target: targetName(head.plan),
    platforms: options.platforms,
    buildArgs: options.buildArgs,
    stageSelection: options.stages
  }
}

/**
 * The base commit's report, when an earlier run stored one of the same image
 * (`baseline: auto` or `artifact`), so the base is not built again; else the
 * plan to build it (`auto`), or no baseline (`artifact`), saying why.
 */
async function storedOrBuilt(
  options: Options,
  git: Git,
  commit: BaseCommit,
  head: Checkout,
  log: Log
): Promise<BaselinePlan> {
  const store = options.baselineSource === 'build' ? null : options.store
  if (!store) return { kind: 'build', git, commit }
  const answer = await store.find(expectedBaseline(options, commit, head))
  if ('found' in answer) {
    const { report, run } = answer.found
    const ref: BaseRef = {
      ref: commit.ref,
      sha: commit.sha,
      reason: commit.reason,
      source: 'artifact',
      run
    }
    return ready({
      ref,
      stages: reportedStages(report),
      history: validHistory(report.history)
    })
  }
  if (options.baselineSource === 'artifact') {
    return ready({
      missing: `no stored report of the base commit: ${answer.missing}`,
      severity: 'notice'
    })
  }
  log.notice(
    `No stored report of the base commit ${commit.sha.slice(0, 12)} (${answer.missing}): building it.`
  )
  return { kind: 'build', git, commit }
}

function ready(baseline: Baseline): BaselinePlan {
  return { kind: 'ready', baseline }
}

/**
 * Builds the base commit's stages in a temporary worktree (the user's working
 * tree is never touched), with the same inputs and the same build cache. A
 * base without the Dockerfile, or whose build fails, leaves no baseline.
 */
async function measureBaseCommit(
  plan: Extract<BaselinePlan, { kind: 'build' }>,
  head: Checkout,
  options: Options,
  session: MeasuringSession,
  log: Log
): Promise<Baseline> {
  const { git } = plan
  return withTempDir('stage-size-base-', async dir => {
    const worktree = { kind: 'worktree', repository: git.root, path: dir } as const
    leftovers.add(worktree)
    try {
      return await measureIn(dir, plan, head, options, session, log)
    } finally {
      await git.removeWorktree(dir)
      leftovers.remove(worktree)
    }
  })
}

async function measureIn(
  dir: string,
  { git, commit }: Extract<BaselinePlan, { kind: 'build' }>,
  head: Checkout,
  options: Options,
  session: MeasuringSession,
  log: Log
): Promise<Baseline> {
  const short = commit.sha.slice(0, 12)
  const added = await git.addWorktree(dir, commit.sha)
  if (!added.ok)
    return {
      missing: `git could not check out ${short}: ${added.stderr.trim()}`,
      severity: 'warning'
    }
  const inBase = (file: string) => path.join(dir, path.relative(git.root, file))
  let base: Checkout
  try {
    base = await readCheckout(
      options,
      'base',
      inBase(head.contextDir),
      inBase(head.dockerfilePath),
      dockerfile =>
        planBase(dockerfile, head.plan, options.stages, options.file, options.names.file)
    )
  } catch (error) {
    return {
      missing: `at the base commit ${short}, ${messageOf(error)}`,
      severity: 'warning'
    }
  }
  return measureBase(base, commit, options, session, log)
}

/** Measures the base's checkout; a base that does not build leaves no baseline, with its log shown. */
async function measureBase(
  base: Checkout,
  commit: BaseCommit,
  options: Options,
  session: MeasuringSession,
  log: Log
): Promise<Baseline> {
  try {
    const sizes = await session.measure(base, options)
    const ref: BaseRef = {
      ref: commit.ref,
      sha: commit.sha,
      reason: commit.reason,
      source: 'build'
    }
    return { ref, stages: sideStages(base.plan, base.dockerfile.stages, sizes) }
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    if (error.details)
      await log.group('Base build log', async () => log.info(error.details ?? ''))
    return {
      missing: `the base commit ${commit.sha.slice(0, 12)} did not build: ${error.message}`,
      severity: 'warning'
    }
  }
}

/** Reads and plans a checkout's Dockerfile, with the errors a user can act on. */
async function readCheckout(
  options: Options,
  side: Checkout['side'],
  contextDir: string,
  dockerfilePath: string,
  plan: (dockerfile: ParsedDockerfile) => BuildPlan
): Promise<Checkout> {
  const isDirectory = await stat(contextDir).then(
    found => found.isDirectory(),
    () => false
  )
  if (!isDirectory) {
    throw new UserError(
      `${options.names.context}: ${options.context} is not a directory; give the build context's path`
    )
  }
  const text = await readFile(dockerfilePath, 'utf8').catch(() => {
    throw new UserError(
      `${options.names.file}: no Dockerfile at ${options.file}; give its path (default: <context>/Dockerfile)`
    )
  })
  const dockerfile = parseDockerfile(
    text,
    options.buildArgs,
    options.file,
    options.names.file
  )
  return { side, contextDir, dockerfilePath, dockerfile, plan: plan(dockerfile) }
}

async function headRef(git: Git): Promise<CommitRef | null> {
  const head = await git.head()
  if (!head) return null
  const { sha } = head
  const branch = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'])
  return { sha, ref: branch.ok ? branch.stdout.trim() : null }
}

/**
 * A path as the report shows it: relative to the working directory (the
 * repository, on a runner) with forward slashes; absolute when outside it.
 */
function displayPath(given: string): string {
  const absolute = path.resolve(given)
  const relative = path.relative(process.cwd(), absolute)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute
  return relative.split(path.sep).join('/') || '.'
}
