import type { PullRequestRef } from './report.js'

/** A pull request as stage-size needs it. */
export interface PullRequestInfo {
  number: number
  headSha: string
  /** The head repository's owner/name (a fork's for a pull request from a fork); null when it was deleted. */
  headRepository: string | null
}

/** What a workflow_run event says of the run that uploaded a report; GitHub writes it, not the fork. */
export interface UploadingRun {
  headSha: string
  /** owner/name of the repository the run's commit came from (the fork's). */
  headRepository: string | null
  /** The pull requests GitHub lists for the run: empty for one from a fork. */
  pullRequests: { number: number; headSha: string }[]
}

/** Whether a report may be posted on the pull request it names. */
export type OriginCheck =
  | { verdict: 'post' }
  /** Genuine but outdated: the pull request has a newer head, whose run posts. */
  | { verdict: 'stale'; reason: string }
  | { verdict: 'refuse'; reason: string }

/** The uploading run in a workflow_run event's payload, or null when there is none. */
export function uploadingRun(payload: {
  workflow_run?: {
    head_sha?: string
    head_repository?: { full_name?: string } | null
    pull_requests?: { number?: number; head?: { sha?: string } }[]
  }
}): UploadingRun | null {
  const run = payload.workflow_run
  if (!run?.head_sha) return null
  return {
    headSha: run.head_sha,
    headRepository: run.head_repository?.full_name ?? null,
    pullRequests: (run.pull_requests ?? []).flatMap(pull =>
      pull.number && pull.head?.sha
        ? [{ number: pull.number, headSha: pull.head.sha }]
        : []
    )
  }
}

/**
 * Checks a report against the run that uploaded it: it must name that run's
 * commit, and, when GitHub lists the run's pull requests, one of them. For a
 * pull request from a fork GitHub lists none: then the pull request itself
 * must be asked (`checkAgainstPull`).
 */
export function checkAgainstRun(
  named: PullRequestRef,
  run: UploadingRun
): OriginCheck | 'ask-github' {
  if (named.headSha !== run.headSha) {
    return refuse(
      `the report names pull request #${named.number} at ${short(named.headSha)}, but the run that uploaded it ran on ${short(run.headSha)}`
    )
  }
  if (run.pullRequests.length === 0) return 'ask-github'
  const listed = run.pullRequests.find(pull => pull.number === named.number)
  if (!listed) {
    const numbers = run.pullRequests.map(pull => `#${pull.number}`).join(', ')
    return refuse(
      `the report names pull request #${named.number}, but the run that uploaded it belongs to ${numbers}`
    )
  }
  return listed.headSha === named.headSha
    ? { verdict: 'post' }
    : refuse(`pull request #${named.number} was at ${short(listed.headSha)} in that run`)
}

/**
 * Checks a report against the pull request it names: its head must be the
 * report's commit and, when the uploading run is known, come from the same
 * repository as that run's commit.
 */
export function checkAgainstPull(
  named: PullRequestRef,
  pull: PullRequestInfo,
  runRepository: string | null
): OriginCheck {
  if (runRepository !== null && pull.headRepository !== runRepository) {
    return refuse(
      `pull request #${named.number}'s head is in ${pull.headRepository ?? 'a deleted repository'}, but the run that uploaded the report ran on ${runRepository}`
    )
  }
  if (pull.headSha !== named.headSha) {
    return {
      verdict: 'stale',
      reason: `pull request #${named.number}'s head moved on to ${short(pull.headSha)} since the report's run measured ${short(named.headSha)}; the newer run's report is the one to post`
    }
  }
  return { verdict: 'post' }
}

function refuse(reason: string): OriginCheck {
  return { verdict: 'refuse', reason }
}

function short(sha: string): string {
  return sha.slice(0, 12)
}
