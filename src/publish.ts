import * as core from '@actions/core'
import * as github from '@actions/github'
import { messageOf } from './core/errors.js'
import type { Log } from './core/log.js'
import { SUMMARY_LIMIT, renderWithin } from './core/markdown.js'
import type { PullRequestRef, Report } from './core/report.js'
import { createOctokit, OctokitGitHub, type GitHubApi } from './github/api.js'
import {
  defaultCommentKey,
  publishComment,
  reportComment,
  runLinks,
  type CommentBody
} from './github/comment.js'
import type { ActionInputs } from './inputs.js'
import { setOutput } from './outputs.js'

/** The action's log: the runner's log, groups and annotations. */
export const actionLog: Log = {
  info: message => core.info(message),
  notice: message => core.notice(message),
  warning: message => core.warning(message),
  detail: line => core.info(line),
  group: (title, work) => core.group(title, work)
}

/** What a run publishes: one report or several merged, as a job summary and a comment. */
export interface Publication {
  pullRequest: PullRequestRef | null
  /** The comment-key when the input gives none. */
  defaultKey: string
  comment: CommentBody
  /** The job summary's markdown, within `limit` characters. */
  summary(limit: number): string
}

/** One image's report; `note` says where the full report is when the summary must be shortened. */
export function reportPublication(report: Report, note: string): Publication {
  return {
    pullRequest: report.pullRequest,
    defaultKey: defaultCommentKey(report),
    comment: reportComment(report),
    summary: limit => renderWithin(report, limit, note, runLinks())
  }
}

/** The GitHub API of this repository, with this token. */
export function gitHubFor(token: string): GitHubApi {
  return new OctokitGitHub(createOctokit(token, actionLog), github.context.repo)
}

/** The job summary (always: it needs no permission) and the PR comment; neither fails the run. */
export async function publish(
  publication: Publication,
  inputs: ActionInputs,
  api: GitHubApi | null = null
): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(publication.summary(SUMMARY_LIMIT)).write()
    } catch (error) {
      core.warning(`Could not write the job summary: ${messageOf(error)}`)
    }
  }
  await comment(publication, inputs, api)
}

async function comment(
  publication: Publication,
  inputs: ActionInputs,
  api: GitHubApi | null
): Promise<void> {
  const { policy, key, token } = inputs.comment
  const pullRequest = publication.pullRequest
  if (policy === 'never') return
  if (!pullRequest) {
    core.info('Not a pull request: the sizes are in the job summary, with no comment.')
    return
  }
  if (!token) {
    core.warning(
      'github-token is empty, so no pull request comment was written; the sizes are in the job summary.'
    )
    return
  }
  try {
    const result = await publishComment(
      api ?? gitHubFor(token),
      pullRequest,
      key ?? publication.defaultKey,
      policy,
      publication.comment
    )
    if (result.action === 'skipped') core.info(`No comment written: ${result.reason}.`)
    else {
      core.info(`Comment ${result.action}: ${result.url}`)
      setOutput('comment-url', result.url)
    }
  } catch (error) {
    core.warning(commentProblem(error, pullRequest.number))
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
