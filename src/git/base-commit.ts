import type { BaseChoice } from '../core/baseline.js'
import { lastLines } from '../system/process.js'
import { UserError } from '../core/errors.js'
import type { Git } from './git.js'

export interface BaseCommit {
  sha: string
  /** The name it was chosen by, when it was chosen by one. */
  ref: string | null
  /** Why this commit is the base, for the report and the log. */
  reason: string
}

/** The base commit, present in the clone, or why there is none. */
export type ResolvedBase = { commit: BaseCommit } | { missing: string }

/** Deeper and deeper fetches when a shallow clone does not reach the merge-base. */
const DEEPEN_STEPS = [50, 500]
const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'master', 'origin/main', 'origin/master']

/**
 * Turns the choice into a commit present in the clone, fetching it from origin
 * when the checkout is shallow (actions/checkout fetches one commit). A
 * `base-ref` that cannot be found is an error; a base the event names but
 * that cannot be fetched leaves the run without a baseline.
 */
export async function resolveBase(
  git: Git,
  choice: BaseChoice,
  headSha: string
): Promise<ResolvedBase> {
  switch (choice.kind) {
    case 'none':
      return { missing: choice.reason }
    case 'ref': {
      const sha = await commitByName(git, choice.ref)
      if (!sha) {
        throw new UserError(
          `${choice.input}: "${choice.ref}" is not a branch, tag or commit in this clone and could not be fetched from origin; give a branch, tag or SHA that origin has`
        )
      }
      return { commit: { sha, ref: choice.ref, reason: choice.reason } }
    }
    case 'commit': {
      const problem = await ensureCommit(git, choice.sha)
      if (problem) return { missing: problem }
      return {
        commit: { sha: choice.sha, ref: choice.ref ?? null, reason: choice.reason }
      }
    }
    case 'merge-base': {
      const problem = await ensureCommit(git, choice.sha)
      if (problem) return { missing: problem }
      const sha = await mergeBase(git, headSha, choice.sha)
      if (!sha) return { missing: `HEAD and ${choice.sha} have no common ancestor` }
      return { commit: { sha, ref: choice.ref ?? null, reason: choice.reason } }
    }
    case 'default-branch':
      return defaultBranchBase(git, headSha)
  }
}

/** The merge-base of HEAD with the first default branch the clone has. */
async function defaultBranchBase(git: Git, headSha: string): Promise<ResolvedBase> {
  for (const branch of DEFAULT_BRANCHES) {
    const tip = await git.commitOf(branch)
    if (!tip) continue
    const sha = await mergeBase(git, headSha, tip)
    if (sha) {
      return {
        commit: { sha, ref: branch, reason: `the merge-base of HEAD and ${branch}` }
      }
    }
  }
  return {
    missing: `there is no ${DEFAULT_BRANCHES.join(', ')} to compare with; pass --base`
  }
}

async function commitByName(git: Git, ref: string): Promise<string | null> {
  const known = (await git.commitOf(ref)) ?? (await git.commitOf(`origin/${ref}`))
  if (known) return known
  const fetched = await git.fetch([ref], 1)
  return fetched.ok ? git.commitOf('FETCH_HEAD') : null
}

/** Null when the commit is in the clone (fetching it if needed), else the problem. */
async function ensureCommit(git: Git, sha: string): Promise<string | null> {
  if (await git.commitOf(sha)) return null
  const fetched = await git.fetch([sha], 1)
  if (fetched.ok && (await git.commitOf(sha))) return null
  return `the base commit ${sha} is not in the clone and could not be fetched from origin (${lastLines(fetched.stderr, 1)})`
}

async function mergeBase(git: Git, head: string, other: string): Promise<string | null> {
  const found = await git.mergeBase(head, other)
  if (found || !(await git.isShallow())) return found
  for (const depth of DEEPEN_STEPS) {
    await git.fetch([head, other], depth)
    const deeper = await git.mergeBase(head, other)
    if (deeper) return deeper
  }
  await git.run(['fetch', '--no-tags', '--unshallow', 'origin'])
  return git.mergeBase(head, other)
}
