import type { GitHubApi, IssueComment } from './api.js'
import { renderComment } from '../core/markdown.js'
import type { PullRequestRef, Report } from '../core/report.js'

export type CommentPolicy = 'always' | 'on-change' | 'on-regression' | 'never'

export const COMMENT_POLICIES: CommentPolicy[] = [
  'always',
  'on-change',
  'on-regression',
  'never'
]

export type CommentResult =
  { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string }

/** The hidden marker that finds this image's comment again; one comment per PR and key. */
export function commentMarker(key: string): string {
  return `<!-- stage-size comment: ${key.replace(/--+>?|>/g, '-')} -->`
}

/** The default comment-key: the Dockerfile and the target, so two images in one repository get two comments. */
export function defaultCommentKey(report: Pick<Report, 'dockerfile' | 'target'>): string {
  return `${report.dockerfile}:${report.target}`
}

/** What a comment shows: one report, or several merged; rendered under the marker. */
export interface CommentBody {
  reports: readonly Report[]
  render(marker: string): string
}

/** One report's comment. */
export function reportComment(report: Report): CommentBody {
  return { reports: [report], render: marker => renderComment(report, marker, runUrl()) }
}

/** This workflow run's page, where the job summary holds the whole report; null outside a run. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return null
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
}

/** Whether the policy wants a new comment for these reports (an existing one is always kept current). */
function wantsComment(policy: CommentPolicy, reports: readonly Report[]): boolean {
  return reports.some(report => wants(policy, report))
}

function wants(policy: CommentPolicy, report: Report): boolean {
  switch (policy) {
    case 'always':
      return true
    case 'never':
      return false
    case 'on-change':
      return (
        report.base === null || report.stages.some(stage => stage.status !== 'unchanged')
      )
    case 'on-regression':
      return report.verdict === 'warn' || report.verdict === 'fail'
  }
}

/**
 * Posts the report as the PR's one stage-size comment for this key, or updates
 * it in place: found by its marker, among comments written by the token's own
 * identity, across every page. It is written only while the PR's head is still
 * the commit this run measured, so an older run never overwrites a newer one.
 * When the policy would not post, an existing comment is still updated so it
 * never shows stale numbers.
 */
export async function publishComment(
  github: GitHubApi,
  pullRequest: PullRequestRef,
  key: string,
  policy: CommentPolicy,
  content: CommentBody
): Promise<CommentResult> {
  if (policy === 'never') return { action: 'skipped', reason: 'comment is never' }
  const marker = commentMarker(key)
  const existing = await findComment(github, pullRequest.number, marker)
  if (!existing && !wantsComment(policy, content.reports)) {
    return {
      action: 'skipped',
      reason: `comment is ${policy} and there is nothing to report`
    }
  }
  const pull = await github.pullRequest(pullRequest.number)
  if (pull.headSha !== pullRequest.headSha) {
    return {
      action: 'skipped',
      reason: `the pull request's head moved on to ${pull.headSha.slice(0, 12)} since this run measured ${pullRequest.headSha.slice(0, 12)}; the newer run writes the comment`
    }
  }
  const body = content.render(marker)
  const written = existing
    ? await github.updateComment(existing.id, body)
    : await github.createComment(pullRequest.number, body)
  return { action: existing ? 'updated' : 'created', url: written.url }
}

/** This key's comment: marked, and written by the token's own identity (when GitHub says who that is). */
async function findComment(
  github: GitHubApi,
  issue: number,
  marker: string
): Promise<IssueComment | undefined> {
  const login = await github.viewer()
  for await (const comments of github.comments(issue)) {
    const found = comments.find(
      comment =>
        comment.body.includes(marker) && (login === null || comment.login === login)
    )
    if (found) return found
  }
  return undefined
}
