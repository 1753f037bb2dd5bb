import { wantsComment, type CommentPolicy } from '../core/comment-policy.js'
import type { GitHubApi, IssueComment, WrittenComment } from './api.js'
import type { RunLinks } from '../core/render/comment.js'
import type { PullRequestRef, Report } from '../core/report.js'

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

/**
 * Where this workflow run runs, as the runner says: the repository's page and
 * the run's (whose job summary holds the whole report); null outside a run.
 */
export function runLinks(env: NodeJS.ProcessEnv = process.env): RunLinks {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: name, GITHUB_RUN_ID: run } = env
  const repositoryUrl =
    server &&
    name &&
    /^https?:\/\/[^\s/()<>]+$/.test(server) &&
    /^[\w.-]+\/[\w.-]+$/.test(name)
      ? `${server}/${name}`
      : null
  const runUrl =
    repositoryUrl && run && /^\d+$/.test(run)
      ? `${repositoryUrl}/actions/runs/${run}`
      : null
  return { runUrl, repositoryUrl }
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
  const found = await ourComments(github, pullRequest.number, marker)
  if (found.length === 0 && !wantsComment(policy, content.reports)) {
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
  if (found.length > 0) {
    const kept = await keepOldest(github, found, body)
    return { action: 'updated', url: kept.url }
  }
  const created = await github.createComment(pullRequest.number, body)
  // Another run may have created one meanwhile: look again, and keep one.
  const now = await ourComments(github, pullRequest.number, marker)
  const kept = now.length > 1 ? await keepOldest(github, now, body) : created
  return { action: 'created', url: kept.url }
}

/**
 * Two runs of one pull request at the same time can both find no comment and
 * both create one. The oldest of this key's comments is the one kept: it gets
 * this run's body and the others are deleted. Every run picks the same one, so
 * one comment is left, whichever finishes last, with the body written last.
 */
async function keepOldest(
  github: GitHubApi,
  comments: readonly IssueComment[],
  body: string
): Promise<WrittenComment> {
  const [oldest, ...others] = [...comments].sort((a, b) => a.id - b.id)
  const kept = await github.updateComment(oldest.id, body)
  for (const comment of others) await github.deleteComment(comment.id)
  return kept
}

/** This key's comments: marked, and written by the token's own identity (when GitHub says who that is). */
async function ourComments(
  github: GitHubApi,
  issue: number,
  marker: string
): Promise<IssueComment[]> {
  const login = await github.viewer()
  const found: IssueComment[] = []
  for await (const comments of github.comments(issue)) {
    found.push(
      ...comments.filter(
        comment =>
          comment.body.includes(marker) && (login === null || comment.login === login)
      )
    )
  }
  return found
}
