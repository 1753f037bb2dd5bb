import { chooseBase } from '../core/baseline.js'
import { validHistory } from '../core/history.js'
import type { BaselineOption } from '../core/options/options.js'
import { targetName } from '../core/plan.js'
import { reportedStages, type BaseRef } from '../core/report.js'
import type { ExpectedBaseline } from '../core/stored-baseline.js'
import { buildOptionsReport } from '../core/report.js'
import { resolveBase, type BaseCommit } from '../git/base-commit.js'
import type { Git } from '../git/git.js'
import { displayPath } from './checkout.js'
import { readReport } from './report-file.js'
import type { Baseline, RunContext } from './run-context.js'

/** Where the base comes from, settled before anything is built. */
export type BaselinePlan =
  { kind: 'build'; git: Git; commit: BaseCommit } | { kind: 'ready'; baseline: Baseline }

function ready(baseline: Baseline): BaselinePlan {
  return { kind: 'ready', baseline }
}

/**
 * Settles the baseline before anything is built, failing fast on a bad
 * base-ref or baseline-report: measuring only, a report to read, or the
 * base commit the event or base-ref names (stored, or to build).
 */
export async function planBaseline(context: RunContext): Promise<BaselinePlan> {
  const { options, git } = context
  const option = options.base
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
  return commitBaseline(context, option, git)
}

/** The base commit the event or base-ref names, stored or to be built. */
async function commitBaseline(
  context: RunContext,
  option: Extract<BaselineOption, { kind: 'git' }>,
  git: Git
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
  return storedOrBuilt(context, git, resolved.commit)
}

/** What a stored report of the base must have measured: this run's image, at the base commit. */
function expectedBaseline(
  { options, head }: RunContext,
  commit: BaseCommit
): ExpectedBaseline {
  return {
    sha: commit.sha,
    dockerfile: displayPath(options.file),
    target: targetName(head.plan),
    platforms: options.platforms,
    buildArgs: options.buildArgs,
    stageSelection: options.stages,
    buildOptions: buildOptionsReport(options.build.controls)
  }
}

/**
 * The base commit's report, when an earlier run stored one of the same image
 * (`baseline: auto` or `artifact`), so the base is not built again; else the
 * plan to build it (`auto`), or no baseline (`artifact`), saying why.
 */
async function storedOrBuilt(
  context: RunContext,
  git: Git,
  commit: BaseCommit
): Promise<BaselinePlan> {
  const { options, log } = context
  const store = options.baseline === 'build' ? null : options.store
  if (!store) return { kind: 'build', git, commit }
  const answer = await store.find(expectedBaseline(context, commit))
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
  if (options.baseline === 'artifact') {
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
