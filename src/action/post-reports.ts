import * as core from '@actions/core'
import * as github from '@actions/github'
import * as glob from '@actions/glob'
import { UserError, messageOf } from '../core/errors.js'
import type { ImageReport } from '../core/image-reports.js'
import type { PullRequestRef } from '../core/report.js'
import {
  checkAgainstPull,
  checkAgainstRun,
  uploadingRun,
  type OriginCheck
} from '../core/report-origin.js'
import type { GitHubApi } from '../github/api.js'
import { reportsOutcome, settle } from '../app/outcome.js'
import { readImageReports } from '../app/report-file.js'
import { gitHubFor } from './github.js'
import type { ActionInputs } from './inputs.js'
import { setMergedOutputs, setReportOutputs } from './outputs.js'
import { publish } from './publish.js'

const INPUT = 'comment-from-report'

/**
 * Posts reports earlier runs wrote, building nothing: the second half of the
 * fork pattern (a workflow_run posts what the PR's run uploaded), and the
 * merge of a matrix of images into one comment. A fork controls its report,
 * so reports are posted only when the pull request they name really is at the
 * commit they name, and (in a workflow_run) that commit is the one the
 * uploading run built.
 */
export async function postReports(inputs: ActionInputs, patterns: string): Promise<void> {
  const images = await readReports(patterns)
  const named = commonPullRequest(images)
  if (!inputs.githubToken) {
    core.warning('github-token is empty, so the reports could not be checked or posted.')
    return
  }
  const api = gitHubFor(inputs.githubToken)
  if (!(await mayPost(named, inputs.pullRequestNumber, api))) return
  if (images.length === 1) setReportOutputs(images[0].report, images[0].file)
  else setMergedOutputs(images)
  const note =
    images.length === 1
      ? `The full report is in ${images[0].file}.`
      : "Each image's full report is in its report file."
  await publish(images, named, note, inputs, api)
  // One report gates as several do: the aggregation job can be the required check.
  settle(reportsOutcome(images, inputs), {
    warning: message => core.warning(message),
    failure: message => core.setFailed(message)
  })
}

/** The reports the patterns (paths or globs, one per line) match, each with its image's key. */
async function readReports(patterns: string): Promise<ImageReport[]> {
  const globber = await glob.create(patterns, { matchDirectories: false })
  const files = (await globber.glob()).sort()
  if (files.length === 0) {
    throw new UserError(`${INPUT}: no file matches ${patterns.split('\n').join(', ')}`)
  }
  return readImageReports(files, INPUT)
}

/** The pull request and head commit every report names; the first file that disagrees is named. */
function commonPullRequest(images: readonly ImageReport[]): PullRequestRef {
  const [first] = images
  for (const { file, report } of images) {
    const pull = report.pullRequest
    if (!pull) {
      throw new UserError(
        `${INPUT}: ${file} names no pull request; it must come from a run on a pull_request event`
      )
    }
    const expected = first.report.pullRequest
    if (
      expected &&
      (pull.number !== expected.number || pull.headSha !== expected.headSha)
    ) {
      throw new UserError(
        `${INPUT}: ${file} is of pull request #${pull.number} at ${pull.headSha.slice(0, 12)}, but ${first.file} is of #${expected.number} at ${expected.headSha.slice(0, 12)}; nothing was posted`
      )
    }
  }
  return first.report.pullRequest as PullRequestRef
}

/** Whether the reports may be posted; says why not. GitHub's health never fails the step. */
async function mayPost(
  named: PullRequestRef,
  given: number | null,
  api: GitHubApi
): Promise<boolean> {
  let check: OriginCheck
  try {
    check = await checkOrigin(named, given, api)
  } catch (error) {
    core.warning(
      `${INPUT}: GitHub did not answer, so the report could not be checked (${messageOf(error)}); nothing was posted`
    )
    return false
  }
  if (check.verdict === 'refuse') {
    throw new UserError(`${INPUT}: ${check.reason}; nothing was posted`)
  }
  if (check.verdict === 'stale')
    core.notice(`${INPUT}: ${check.reason}; nothing was posted`)
  return check.verdict === 'post'
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
    if (!run) return { verdict: 'refuse', reason: 'the workflow_run event names no run' }
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
