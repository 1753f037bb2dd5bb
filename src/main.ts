import * as core from '@actions/core'
import * as github from '@actions/github'
import { defaultCommentKey, publishComment } from './github/comment.js'
import { UserError, messageOf } from './core/errors.js'
import { removeFile, writeJsonFile } from './system/files.js'
import { outcomeOf } from './core/gate.js'
import { createOctokit, OctokitGitHub, type GitHubApi } from './github/api.js'
import { getInputs, type ActionInputs } from './inputs.js'
import type { Log } from './core/log.js'
import { SUMMARY_LIMIT, renderWithin } from './core/markdown.js'
import { runPipeline } from './pipeline.js'
import { readReport } from './report-file.js'
import {
  checkAgainstPull,
  checkAgainstRun,
  uploadingRun,
  type OriginCheck
} from './core/report-origin.js'
import { targetStage, type PullRequestRef, type Report } from './core/report.js'
import { renderStageTable } from './core/table.js'

const actionLog: Log = {
  info: message => core.info(message),
  notice: message => core.notice(message),
  warning: message => core.warning(message),
  detail: line => core.info(line),
  group: (title, work) => core.group(title, work)
}

/**
 * The action: measure the stages, compare with the base, write the report,
 * the job summary and the PR comment, then gate. With comment-from-report it
 * only posts an earlier run's report.
 */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    if (inputs.commentFromReport)
      return await postEarlierReport(inputs, inputs.commentFromReport)
    await removeFile(inputs.reportPath)
    const report = await runPipeline(inputs, actionLog)
    await writeJsonFile(inputs.reportPath, report)
    core.info(renderStageTable(report))
    setOutputs(report, inputs.reportPath)
    await publish(report, inputs)
    const outcome = outcomeOf(report, inputs)
    outcome.warnings.forEach(warning => core.warning(warning))
    if (outcome.failure) core.setFailed(outcome.failure)
  } catch (error) {
    fail(error)
  }
}

/**
 * The second half of the fork pattern: a workflow_run posts the report the
 * PR's run uploaded. A fork controls that report, so it is posted only when
 * the pull request it names really is at the commit it names, and (in a
 * workflow_run) that commit is the one the uploading run built.
 */
async function postEarlierReport(inputs: ActionInputs, file: string): Promise<void> {
  const report = await readReport(file, 'comment-from-report')
  const named = report.pullRequest
  if (!named) {
    throw new UserError(
      `comment-from-report: ${file} names no pull request; it must come from a run on a pull_request event`
    )
  }
  if (!inputs.comment.token) {
    core.warning('github-token is empty, so the report could not be checked or posted.')
    return
  }
  const api = gitHubFor(inputs.comment.token)
  let check: OriginCheck
  try {
    check = await checkOrigin(named, inputs.pullRequestNumber, api)
  } catch (error) {
    // GitHub's health decides nothing: the report is simply not posted this time.
    core.warning(
      `comment-from-report: GitHub did not answer, so the report could not be checked (${messageOf(error)}); nothing was posted`
    )
    return
  }
  if (check.verdict === 'refuse') {
    throw new UserError(`comment-from-report: ${check.reason}; nothing was posted`)
  }
  if (check.verdict === 'stale') {
    core.notice(`comment-from-report: ${check.reason}; nothing was posted`)
    return
  }
  setOutputs(report, file)
  await publish(report, inputs, api)
}

/** Whether the report may go on the pull request it names (see OriginCheck). */
async function checkOrigin(
  named: PullRequestRef,
  given: number | null,
  api: GitHubApi
): Promise<OriginCheck> {
  const { eventName, payload } = github.context
  if (eventName === 'workflow_run') {
    const run = uploadingRun(payload as Parameters<typeof uploadingRun>[0])
    if (!run) {
      return { verdict: 'refuse', reason: 'the workflow_run event names no run' }
    }
    const checked = checkAgainstRun(named, run)
    if (checked !== 'ask-github') return checked
    return checkAgainstPull(
      named,
      await api.pullRequest(named.number),
      run.headRepository
    )
  }
  if (given === null) {
    return {
      verdict: 'refuse',
      reason: `in a ${eventName || 'local'} event nothing says which pull request the report is from; give its number in the pull-request input (a workflow_run event says it by itself)`
    }
  }
  if (given !== named.number) {
    return {
      verdict: 'refuse',
      reason: `the report names pull request #${named.number}, not #${given} (pull-request)`
    }
  }
  return checkAgainstPull(named, await api.pullRequest(named.number), null)
}

function gitHubFor(token: string): GitHubApi {
  return new OctokitGitHub(createOctokit(token, actionLog), github.context.repo)
}

/** The job summary (always: it needs no permission) and the PR comment; neither fails the run. */
async function publish(
  report: Report,
  inputs: ActionInputs,
  api: GitHubApi | null = null
): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) {
    const note = `The full report is in ${inputs.commentFromReport ?? 'the JSON report (report-path)'}.`
    try {
      await core.summary.addRaw(renderWithin(report, SUMMARY_LIMIT, note)).write()
    } catch (error) {
      core.warning(`Could not write the job summary: ${messageOf(error)}`)
    }
  }
  await comment(report, inputs, api)
}

async function comment(
  report: Report,
  inputs: ActionInputs,
  api: GitHubApi | null
): Promise<void> {
  const { policy, key, token } = inputs.comment
  if (policy === 'never') return
  if (!report.pullRequest) {
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
      report.pullRequest,
      key ?? defaultCommentKey(report),
      policy,
      report
    )
    if (result.action === 'skipped') core.info(`No comment written: ${result.reason}.`)
    else {
      core.info(`Comment ${result.action}: ${result.url}`)
      setOutput('comment-url', result.url)
    }
  } catch (error) {
    core.warning(commentProblem(error, report.pullRequest.number))
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

/** Every output the action sets: action.yml and the README must list exactly these (a test checks). */
export const ACTION_OUTPUTS = [
  'report-path',
  'verdict',
  'target-size',
  'base-target-size',
  'delta-bytes',
  'delta-percent',
  'comment-url',
  'stages'
] as const

/** Sets an output; naming one not in ACTION_OUTPUTS is a type error. */
function setOutput(name: (typeof ACTION_OUTPUTS)[number], value: string | number): void {
  core.setOutput(name, value)
}

function setOutputs(report: Report, reportPath: string): void {
  const target = targetStage(report)
  setOutput('report-path', reportPath)
  setOutput('verdict', report.verdict)
  setOutput('target-size', target.head?.uncompressedBytes ?? '')
  setOutput('base-target-size', target.base?.uncompressedBytes ?? '')
  setOutput('delta-bytes', target.deltaBytes ?? '')
  setOutput('delta-percent', target.deltaPercent ?? '')
  setOutput('stages', JSON.stringify(stageSizes(report)))
}

/** `{"<stage>": {"uncompressedBytes": n, "compressedBytes": n}, …}` for the head's stages, for fromJSON(). */
function stageSizes(report: Report) {
  return Object.fromEntries(
    report.stages.flatMap(({ name, head }) =>
      head
        ? [
            [
              name,
              {
                uncompressedBytes: head.uncompressedBytes,
                compressedBytes: head.compressedBytes
              }
            ]
          ]
        : []
    )
  )
}

function fail(error: unknown): void {
  if (error instanceof UserError) {
    if (error.details) {
      core.startGroup('Details')
      core.info(error.details)
      core.endGroup()
    }
    core.setFailed(error.message)
    return
  }
  if (error instanceof Error && error.stack) core.debug(error.stack)
  core.setFailed(`stage-size failed unexpectedly: ${messageOf(error)}`)
}
