export interface HeadCommit {
  sha: string
  parents: string[]
}

/** What the head is compared with, before any git work: the decision alone. */
export type BaseChoice =
  /** A branch, tag or SHA named by the user through `input`. */
  | { kind: 'ref'; ref: string; input: string; reason: string }
  /** A known commit. */
  /** `ref`: the branch the commit is on, when the event says (a pull request's base branch). */
  | { kind: 'commit'; sha: string; reason: string; ref?: string }
  /** The merge-base of HEAD and this commit. */
  | { kind: 'merge-base'; sha: string; reason: string; ref?: string }
  /** The merge-base of HEAD and the repository's default branch (the CLI's default). */
  | { kind: 'default-branch'; reason: string }
  /** No base; `unexpected` when the setup is likely wrong (say it loudly). */
  | { kind: 'none'; reason: string; unexpected?: boolean }

/** The parts of a workflow event that choose the base. */
export interface WorkflowEvent {
  eventName: string
  payload: {
    pull_request?: { number?: number; base?: { sha?: string; ref?: string } }
    merge_group?: { base_sha?: string; base_ref?: string }
    before?: string
    created?: boolean
    ref?: string
  }
}

const ZERO_SHA = /^0+$/

/**
 * Chooses the base so that the comparison shows what the change does, never
 * what landed on the base branch meanwhile:
 * - `base-ref` (or the CLI's `--base`) wins;
 * - a pull request's merge commit (what actions/checkout checks out) is compared
 *   with its parent `pull_request.base.sha`; the PR head itself, with its
 *   merge-base with `pull_request.base.sha`;
 * - a push is compared with the event's `before` commit (none on a branch's first push).
 */
export function chooseBase(
  event: WorkflowEvent | null,
  head: HeadCommit,
  baseRef: { ref: string; input: string } | undefined
): BaseChoice {
  if (baseRef) {
    return { kind: 'ref', ...baseRef, reason: `${baseRef.input} ${baseRef.ref}` }
  }
  if (!event)
    return { kind: 'default-branch', reason: 'the merge-base with the default branch' }
  const { eventName, payload } = event
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    return pullRequestBase(eventName, payload, head)
  }
  if (eventName === 'push') return pushBase(payload)
  const mergeGroupBase = payload.merge_group?.base_sha
  if (eventName === 'merge_group' && mergeGroupBase) {
    return {
      kind: 'commit',
      sha: mergeGroupBase,
      ref: payload.merge_group?.base_ref?.replace(/^refs\/heads\//, ''),
      reason: "the merge group's base (merge_group.base_sha)"
    }
  }
  return {
    kind: 'none',
    reason: `a ${eventName} event has no base to compare with; set base-ref to choose one`
  }
}

/** A pull request's base: the merge commit's base parent, or the merge-base with the base branch. */
function pullRequestBase(
  eventName: string,
  payload: WorkflowEvent['payload'],
  head: HeadCommit
): BaseChoice {
  const baseSha = payload.pull_request?.base?.sha
  const pr = `pull request #${payload.pull_request?.number ?? '?'}`
  if (!baseSha) {
    return { kind: 'none', reason: `the ${eventName} event has no pull_request.base.sha` }
  }
  if (head.sha === baseSha) {
    return {
      kind: 'none',
      unexpected: true,
      reason: `the checked-out commit is ${pr}'s base itself (on pull_request_target, actions/checkout checks out the base branch unless told the pull request's ref)`
    }
  }
  if (head.parents.length === 2 && head.parents.includes(baseSha)) {
    return {
      kind: 'commit',
      sha: baseSha,
      ref: payload.pull_request?.base?.ref,
      reason: `${pr}: the merge commit's base parent (pull_request.base.sha)`
    }
  }
  return {
    kind: 'merge-base',
    sha: baseSha,
    ref: payload.pull_request?.base?.ref,
    reason: `${pr}: the merge-base of the head and pull_request.base.sha`
  }
}

/** A push's base: the commit before it, unless the push created the branch. */
function pushBase(payload: WorkflowEvent['payload']): BaseChoice {
  const before = payload.before
  if (!before || ZERO_SHA.test(before) || payload.created) {
    return {
      kind: 'none',
      reason: "a branch's first push has no previous commit to compare with"
    }
  }
  return { kind: 'commit', sha: before, reason: "the push's previous commit (before)" }
}
