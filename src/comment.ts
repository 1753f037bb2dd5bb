import type { Octokit } from './github.js'
import { renderComment } from './markdown.js'
import type { PullRequestRef, Report } from './report.js'

export type CommentPolicy = 'always' | 'on-change' | 'on-regression' | 'never'

export const COMMENT_POLICIES: CommentPolicy[] = [
  'always',
  'on-change',
  'on-regression',
  'never'
]

export interface CommentTarget {
  owner: string
  repo: string
  pullRequest: PullRequestRef
}

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

/** Whether the policy wants a new comment for this report (an existing one is always kept current). */
function wantsComment(policy: CommentPolicy, report: Report): boolean {
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
  octokit: Octokit,
  target: CommentTarget,
  key: string,
  policy: CommentPolicy,
  report: Report
): Promise<CommentResult> {
  if (policy === 'never') return { action: 'skipped', reason: 'comment is never' }
  const repo = { owner: target.owner, repo: target.repo }
  const marker = commentMarker(key)
  const existing = await findComment(octokit, target, marker, await identity(octokit))
  if (!existing && !wantsComment(policy, report)) {
    return {
      action: 'skipped',
      reason: `comment is ${policy} and there is nothing to report`
    }
  }
  const { data: pull } = await octokit.rest.pulls.get({
    ...repo,
    pull_number: target.pullRequest.number
  })
  if (pull.head.sha !== target.pullRequest.headSha) {
    return {
      action: 'skipped',
      reason: `the pull request's head moved on to ${pull.head.sha.slice(0, 12)} since this run measured ${target.pullRequest.headSha.slice(0, 12)}; the newer run writes the comment`
    }
  }
  const body = renderComment(report, marker)
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: existing.id,
      body
    })
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({
    ...repo,
    issue_number: target.pullRequest.number,
    body
  })
  return { action: 'created', url: data.html_url }
}

/**
 * The token's login (`github-actions[bot]` for GITHUB_TOKEN), as REST shows
 * comment authors; null when neither GraphQL nor REST will say.
 */
async function identity(octokit: Octokit): Promise<string | null> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }'
    )
    return viewer.login
  } catch {
    try {
      return (await octokit.rest.users.getAuthenticated()).data.login
    } catch {
      return null
    }
  }
}

async function findComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
  login: string | null
): Promise<{ id: number } | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullRequest.number,
    per_page: 100
  })
  for await (const { data: comments } of pages) {
    const found = comments.find(
      comment =>
        comment.body?.includes(marker) &&
        (login === null || comment.user?.login === login)
    )
    if (found) return found
  }
  return undefined
}
