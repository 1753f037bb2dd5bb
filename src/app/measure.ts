import type { FileChanges } from '../core/file-changes.js'
import type { Log } from '../core/log.js'
import { withLines } from '../core/instruction-lines.js'
import { redactorFor, type Options } from '../core/options/options.js'
import { targetName } from '../core/plan.js'
import { redactedError, redactedLog } from '../core/redact.js'
import { buildReport, sideStages, type Report, type SideStage } from '../core/report.js'
import { Docker, builderInfo, type Engine } from '../engine/docker.js'
import { MeasuringSession } from '../engine/session.js'
import { Git } from '../git/git.js'
import { planBaseline, type BaselinePlan } from './baseline-plan.js'
import { measureBaseCommit } from './base-worktree.js'
import { displayPath, headRef, readHead } from './checkout.js'
import { assertEngineFits, assertSecretFilesExist } from './engine-fit.js'
import type { Baseline, RunContext } from './run-context.js'

/**
 * The whole run: reads the head's Dockerfile, settles the baseline (failing
 * fast on a bad base-ref or baseline-report), builds and measures the head
 * and, side by side, the base in a temporary worktree, and compares them.
 * No secret or build-arg value leaves it: not in the report, the log lines
 * or an error's message.
 */
export async function measure(options: Options, log: Log): Promise<Report> {
  const redactor = redactorFor(options.build, process.env)
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
  // Asked first, answered while the Dockerfile and git are read; the builder's
  // inspect too (kept for the run; without buildx it fails, and is not used).
  const engineAnswer = Docker.engine()
  engineAnswer.catch(() => undefined) // awaited below, after the checks that come first
  builderInfo(options.builder).catch(() => undefined)
  await assertSecretFilesExist(options)
  const head = await readHead(options)
  const context: RunContext = { options, log, head, git: await Git.at(head.contextDir) }
  const plan = await planBaseline(context)
  const engine = await engineAnswer
  await assertEngineFits(options, engine)
  const session = await MeasuringSession.open(engine, log, options.keepImages)
  try {
    return await measureBoth(context, plan, engine, session)
  } finally {
    await session.close()
  }
}

/** The head and the base side by side (BuildKit shares their cache), then the report. */
async function measureBoth(
  context: RunContext,
  plan: BaselinePlan,
  engine: Engine,
  session: MeasuringSession
): Promise<Report> {
  const { options, log, head } = context
  if (plan.kind === 'ready' && 'stages' in plan.baseline)
    session.know(plan.baseline.stages.map(stage => stage.size))
  const [headSizes, baseline] = await settleBoth(
    session.measure(head, options.build),
    plan.kind === 'ready'
      ? Promise.resolve(plan.baseline)
      : measureBaseCommit(context, plan.git, plan.commit, session)
  )
  // Measuring only was asked for: nothing to say.
  if ('missing' in baseline && options.base.kind !== 'none') {
    log[baseline.severity](`No baseline to compare with: ${baseline.missing}`)
  }
  const headStages = withLines(
    sideStages(head.plan, head.dockerfile.stages, headSizes),
    head.dockerfile,
    session.buildMetadata('head')
  )
  const changes = await fileChanges(session, headStages, baseline)
  return assemble(
    context,
    {
      ...engine,
      delivery: session.deliveries.name,
      buildxBuilder: await session.deliveries.builderOf(options.build)
    },
    headStages,
    baseline,
    changes
  )
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

/** The report of both sides. */
async function assemble(
  { options, head, git }: RunContext,
  engine: Engine & Pick<Report['engine'], 'delivery' | 'buildxBuilder'>,
  headStages: SideStage[],
  baseline: Baseline,
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
      delivery: engine.delivery,
      buildxBuilder: engine.buildxBuilder
    },
    target: targetName(head.plan),
    head: git ? await headRef(git) : null,
    pullRequest: options.pullRequest,
    headStages,
    base: baseline,
    gate: options.gate,
    buildArgs: options.buildArgs,
    buildControls: options.build.controls,
    stageSelection: options.stages,
    baseHistory: ('history' in baseline && baseline.history) || [],
    measuredAt: new Date().toISOString()
  })
}

/** Both results; when either fails, its error, but only once both are done (nothing left running). */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b])
  if (first.status === 'rejected') throw first.reason
  if (second.status === 'rejected') throw second.reason
  return [first.value, second.value]
}
