import * as core from '@actions/core'
import { messageOf } from '../core/errors.js'
import { SUMMARY_LIMIT, type RunLinks } from '../core/render/comment.js'
import type { ImageReport } from '../core/image-reports.js'
import type { PullRequestRef } from '../core/report.js'
import type { GitHubApi } from '../github/api.js'
import { defaultCommentKey, publishComment, runLinks } from '../github/comment.js'
import { reportsComment, reportsMarkdown } from '../app/outcome.js'
import { gitHubFor } from './github.js'
import type { ActionInputs } from './inputs.js'
import { setOutput } from './outputs.js'

/**
 * Publishes one report or several merged, as the job summary (always: it
 * needs no permission) and the pull request comment; neither fails the run.
 * `note` says where the full report is when the summary must be shortened.
 */
export async function publish(
  images: readonly ImageReport[],
  pullRequest: PullRequestRef | null,
  note: string,
  inputs: ActionInputs,
  api: GitHubApi | null = null
): Promise<void> {
  const links = runLinks()
  await writeSummary(reportsMarkdown(images, SUMMARY_LIMIT, note, links))
  if (inputs.comment === 'never') return
  if (!pullRequest) {
    core.info('Not a pull request: the sizes are in the job summary, with no comment.')
    return
  }
  if (!inputs.githubToken) {
    core.warning(
      'github-token is empty, so no pull request comment was written; the sizes are in the job summary.'
    )
    return
  }
  const github = api ?? gitHubFor(inputs.githubToken)
  await comment(images, pullRequest, inputs, github, links)
}

/** The pull request's one comment for this key, created or kept current; a failure only warns. */
async function comment(
  images: readonly ImageReport[],
  pullRequest: PullRequestRef,
  inputs: ActionInputs,
  github: GitHubApi,
  links: RunLinks
): Promise<void> {
  // One image's comment is keyed by its Dockerfile and target; several merged, `merged`.
  const key =
    inputs.commentKey ??
    (images.length === 1 ? defaultCommentKey(images[0].report) : 'merged')
  const body = {
    reports: images.map(image => image.report),
    render: (marker: string) => reportsComment(images, marker, links)
  }
  try {
    const result = await publishComment(github, pullRequest, key, inputs.comment, body)
    if (result.action === 'skipped') core.info(`No comment written: ${result.reason}.`)
    else {
      core.info(`Comment ${result.action}: ${result.url}`)
      setOutput('comment-url', result.url)
    }
  } catch (error) {
    core.warning(commentProblem(error, pullRequest.number))
  }
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${messageOf(error)}`)
  }
}

/** Why the comment could not be written; a 403 is the read-only token of a fork's pull request. */
function commentProblem(error: unknown, pullRequest: number): string {
  const status = (error as { status?: number }).status
  const readme = process.env.GITHUB_ACTION_REPOSITORY
    ? `https://github.com/${process.env.GITHUB_ACTION_REPOSITORY}#pull-requests-from-forks`
    : 'the "Pull requests from forks" section of stage-size\'s README'
  if (status === 403) {
    return `Could not comment on pull request #${pullRequest}: GitHub answered 403 (${messageOf(error)}). Pull requests from forks (and Dependabot) get a read-only token that permissions: cannot raise. The sizes are in the job summary; to comment on such pull requests, upload the report and post it from a workflow_run workflow: see ${readme}.`
  }
  return `Could not comment on pull request #${pullRequest}: ${messageOf(error)}. The sizes are in the job summary.`
}
