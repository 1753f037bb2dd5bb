import path from 'node:path'
import { withLines } from '../core/instruction-lines.js'
import { UserError, messageOf } from '../core/errors.js'
import { planBase } from '../core/plan.js'
import { sideStages, type BaseRef } from '../core/report.js'
import type { Checkout, MeasuringSession } from '../engine/session.js'
import type { BaseCommit } from '../git/base-commit.js'
import type { Git } from '../git/git.js'
import { withTempDir } from '../system/files.js'
import { leftovers } from '../system/leftovers.js'
import { readCheckout } from './checkout.js'
import type { Baseline, RunContext } from './run-context.js'

/**
 * Builds the base commit's stages in a temporary worktree (the user's working
 * tree is never touched), with the same inputs and the same build cache. A
 * base without the Dockerfile, or whose build fails, leaves no baseline.
 */
export async function measureBaseCommit(
  context: RunContext,
  git: Git,
  commit: BaseCommit,
  session: MeasuringSession
): Promise<Baseline> {
  return withTempDir('stage-size-base-', async dir => {
    const worktree = { kind: 'worktree', repository: git.root, path: dir } as const
    leftovers.add(worktree)
    try {
      const added = await git.addWorktree(dir, commit.sha)
      if (!added.ok) {
        const reason = `git could not check out ${commit.sha.slice(0, 12)}: ${added.stderr.trim()}`
        return { missing: reason, severity: 'warning' }
      }
      const base = await baseCheckout(context, git, dir, commit)
      return 'missing' in base ? base : await measured(context, base, commit, session)
    } finally {
      await git.removeWorktree(dir)
      leftovers.remove(worktree)
    }
  })
}

/** The base's Dockerfile and plan, in the worktree at `dir`; what went wrong when there are none. */
async function baseCheckout(
  { options, head }: RunContext,
  git: Git,
  dir: string,
  commit: BaseCommit
): Promise<Checkout | Extract<Baseline, { missing: string }>> {
  // The base commit's copy of a file in the repository; a file outside it is no commit's.
  const inBase = (file: string) => {
    const relative = path.relative(git.root, file)
    return relative.startsWith('..') || path.isAbsolute(relative)
      ? file
      : path.join(dir, relative)
  }
  try {
    return await readCheckout(
      options,
      'base',
      {
        context: inBase(head.contextDir),
        dockerfile: inBase(head.dockerfilePath),
        inCheckout: inBase
      },
      dockerfile =>
        planBase(dockerfile, head.plan, options.stages, options.file, options.names.file)
    )
  } catch (error) {
    const reason = `at the base commit ${commit.sha.slice(0, 12)}, ${messageOf(error)}`
    return { missing: reason, severity: 'warning' }
  }
}

/** Measures the base's checkout; a base that does not build leaves no baseline, with its log shown. */
async function measured(
  { options, log }: RunContext,
  base: Checkout,
  commit: BaseCommit,
  session: MeasuringSession
): Promise<Baseline> {
  try {
    const sizes = await session.measure(base, options.build)
    const ref: BaseRef = {
      ref: commit.ref,
      sha: commit.sha,
      reason: commit.reason,
      source: 'build'
    }
    const stages = withLines(
      sideStages(base.plan, base.dockerfile.stages, sizes),
      base.dockerfile,
      session.buildMetadata('base')
    )
    return { ref, stages }
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
