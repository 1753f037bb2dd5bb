import * as core from '@actions/core'
import * as github from '@actions/github'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UserError } from '../core/errors.js'
import { parseList } from '../core/lists.js'
import { redactorFor, runOptions, type Options } from '../core/options/options.js'
import {
  INPUT_NAMES,
  parseOptions,
  rowsOf,
  type RawOptions
} from '../core/options/table.js'
import type { PullRequestRef } from '../core/report.js'

/** The action's inputs: the run's options, and what the action does besides measuring. */
export interface ActionInputs extends Options {
  /** report-path, or its default in RUNNER_TEMP. */
  reportPath: string
  /** Whether this run uploads its report (upload-report, resolved for this event). */
  upload: boolean
}

/** Every input the action reads: action.yml and the README must list exactly these (a test checks). */
export const ACTION_INPUTS: readonly string[] = rowsOf('input').map(
  ([, row]) => row.input as string
)

/** Events that make a branch's commits, whose reports later pull requests compare with. */
const UPLOADING_EVENTS = ['push', 'workflow_dispatch', 'schedule']

/**
 * The action's inputs as one typed, validated object (read when `run` starts,
 * never at import). Every secret and build-arg value is masked in the
 * runner's log from here on.
 */
export function getInputs(): ActionInputs {
  const parsed = parseOptions(rawInputs(), INPUT_NAMES, process.env)
  if (parsed.baseRef && parsed.baselineReport) {
    throw new UserError(
      'base-ref and baseline-report cannot both be set: give the base to build, or a report to read'
    )
  }
  const { eventName, payload } = github.context
  const event = eventName ? { eventName, payload } : null
  const options = runOptions(parsed, INPUT_NAMES, event, pullRequestOf(payload))
  redactorFor(options.build, process.env).masked.forEach(value => core.setSecret(value))
  return {
    ...options,
    reportPath:
      parsed.reportPath ??
      path.join(process.env.RUNNER_TEMP || tmpdir(), 'stage-size-report.json'),
    upload:
      parsed.uploadReport === 'auto'
        ? UPLOADING_EVENTS.includes(eventName)
        : parsed.uploadReport === 'true'
  }
}

/** Each input as the runner gives it; a list as docker/build-push-action reads one. */
function rawInputs(): Partial<RawOptions> {
  return Object.fromEntries(
    rowsOf('input').map(([key, row]) => {
      const value = core.getInput(row.input as string)
      return [
        key,
        row.kind === 'list' ? parseList(value, { ignoreComma: !row.commas }) : value
      ]
    })
  )
}

/** The pull request of a pull_request or pull_request_target event. */
function pullRequestOf(payload: {
  pull_request?: { number?: number; head?: { sha?: string } }
}): PullRequestRef | null {
  const pr = payload.pull_request
  return pr?.number && pr.head?.sha ? { number: pr.number, headSha: pr.head.sha } : null
}
