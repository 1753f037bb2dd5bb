import * as core from '@actions/core'
import * as github from '@actions/github'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  parseOptions,
  redactorFor,
  type BaselineOption,
  type OptionNames,
  type Options,
  type RawOptions
} from './core/options.js'
import { COMMENT_POLICIES, type CommentPolicy } from './github/comment.js'
import { UserError } from './core/errors.js'
import { parseList } from './core/lists.js'
import { BASELINE_SOURCES } from './core/stored-baseline.js'
import type { PullRequestRef } from './core/report.js'

export interface CommentSettings {
  policy: CommentPolicy
  /** The comment-key input, or null for the default (the Dockerfile and the target). */
  key: string | null
  token: string
}

export interface ActionInputs extends Options {
  reportPath: string
  comment: CommentSettings
  /** comment-from-report: post this report as the comment, building nothing. */
  commentFromReport: string | null
  /** pull-request: the pull request comment-from-report posts on, outside workflow_run events. */
  pullRequestNumber: number | null
  /** The report as a workflow artifact: stored after measuring, read before building a base. */
  artifact: ArtifactSettings
}

export interface ArtifactSettings {
  /** Whether this run uploads its report (upload-report, resolved for this event). */
  upload: boolean
  name: string
  /** report-retention-days, or null for the repository's setting. */
  retentionDays: number | null
}

/** The action's input names (hyphens as in action.yml). */
export const INPUT_NAMES: OptionNames = {
  context: 'context',
  file: 'file',
  target: 'target',
  stages: 'stages',
  buildArgs: 'build-args',
  platform: 'platforms',
  builder: 'builder',
  cacheFrom: 'cache-from',
  cacheTo: 'cache-to',
  secrets: 'secrets',
  secretEnvs: 'secret-envs',
  secretFiles: 'secret-files',
  // The CLI's --secret; the action takes secrets by kind, in the three inputs above.
  dockerSecrets: 'secrets',
  keepImages: 'keep-images',
  threshold: 'threshold',
  warnThreshold: 'warn-threshold',
  maxSize: 'max-size',
  maxWaste: 'max-waste',
  stageThresholds: 'stage-thresholds',
  metric: 'metric',
  failOnRegression: 'fail-on-regression',
  failOnMissingBaseline: 'fail-on-missing-baseline'
}

/** The action's inputs that are not options shared with the CLI. */
const ACTION_ONLY_INPUTS = [
  'report-path',
  'base-ref',
  'baseline-report',
  'github-token',
  'comment',
  'comment-key',
  'comment-from-report',
  'pull-request',
  'platform',
  'baseline',
  'upload-report',
  'baseline-artifact',
  'report-retention-days'
] as const

/** Every input the action reads: action.yml and the README must list exactly these (a test checks). */
export const ACTION_INPUTS: readonly string[] = [
  ...new Set([...Object.values(INPUT_NAMES), ...ACTION_ONLY_INPUTS])
]

/** An action-only input's value; naming one not in the list is a type error. */
const actionInput = (name: (typeof ACTION_ONLY_INPUTS)[number]) => core.getInput(name)

/**
 * The action's inputs as one typed, validated object (read when `run` starts,
 * never at import). Every secret and build-arg value is masked in the
 * runner's log from here on.
 */
export function getInputs(): ActionInputs {
  const options = parseOptions(
    rawOptions(),
    INPUT_NAMES,
    baselineOption(),
    pullRequestOf(github.context.payload),
    process.env
  )
  redactorFor(options, process.env).masked.forEach(value => core.setSecret(value))
  return {
    ...options,
    reportPath:
      actionInput('report-path') ||
      path.join(process.env.RUNNER_TEMP || tmpdir(), 'stage-size-report.json'),
    comment: {
      policy: parseCommentPolicy(actionInput('comment'), 'comment'),
      key: actionInput('comment-key') || null,
      token: actionInput('github-token')
    },
    commentFromReport: actionInput('comment-from-report') || null,
    pullRequestNumber: parsePullRequestNumber(
      actionInput('pull-request'),
      'pull-request'
    ),
    baselineSource: parseChoice(
      actionInput('baseline'),
      'baseline',
      BASELINE_SOURCES,
      'auto'
    ),
    artifact: artifactSettings()
  }
}

/** The options the action shares with the CLI, as the inputs give them. */
function rawOptions(): RawOptions {
  const input = (key: keyof OptionNames) => core.getInput(INPUT_NAMES[key])
  const lines = (key: keyof OptionNames) => core.getMultilineInput(INPUT_NAMES[key])
  // As build-push-action reads them: one per line, or quoted; commas only where it takes them.
  const list = (key: keyof OptionNames, ignoreComma = true) =>
    parseList(input(key), { ignoreComma })
  return {
    context: input('context'),
    file: input('file'),
    target: input('target'),
    stages: input('stages'),
    buildArgs: list('buildArgs'),
    // `platform` is the older name, kept as an alias.
    platform: input('platform') || actionInput('platform'),
    builder: input('builder'),
    cacheFrom: list('cacheFrom'),
    cacheTo: list('cacheTo'),
    secrets: list('secrets'),
    secretEnvs: list('secretEnvs', false),
    secretFiles: list('secretFiles'),
    dockerSecrets: [],
    keepImages: input('keepImages'),
    threshold: input('threshold'),
    warnThreshold: input('warnThreshold'),
    maxSize: input('maxSize'),
    maxWaste: input('maxWaste'),
    stageThresholds: lines('stageThresholds'),
    metric: input('metric'),
    failOnRegression: input('failOnRegression'),
    failOnMissingBaseline: input('failOnMissingBaseline')
  }
}

/** Events that make a branch's commits, whose reports later pull requests compare with. */
const UPLOADING_EVENTS = ['push', 'workflow_dispatch', 'schedule']

function artifactSettings(): ArtifactSettings {
  const upload = parseChoice(
    actionInput('upload-report'),
    'upload-report',
    ['auto', 'true', 'false'],
    'auto'
  )
  return {
    upload:
      upload === 'auto'
        ? UPLOADING_EVENTS.includes(github.context.eventName)
        : upload === 'true',
    name: parseArtifactName(actionInput('baseline-artifact'), 'baseline-artifact'),
    retentionDays: parseRetentionDays(
      actionInput('report-retention-days'),
      'report-retention-days'
    )
  }
}

/** One of the accepted words (empty for the default). */
function parseChoice<T extends string>(
  value: string,
  input: string,
  choices: readonly T[],
  fallback: T
): T {
  const choice = (value.trim() || fallback) as T
  if (!choices.includes(choice)) {
    throw new UserError(`${input}: "${value}" is not one of ${choices.join(', ')}`)
  }
  return choice
}

/** Characters GitHub refuses in an artifact's name. */
const BAD_ARTIFACT_NAME = /[":<>|*?\\/\r\n]/

function parseArtifactName(value: string, input: string): string {
  const name = value.trim() || 'stage-size-report'
  if (BAD_ARTIFACT_NAME.test(name)) {
    throw new UserError(
      `${input}: ${JSON.stringify(value)} is not an artifact name GitHub accepts; leave out " : < > | * ? \\ / and line breaks, e.g. stage-size-api`
    )
  }
  return name
}

function parseRetentionDays(value: string, input: string): number | null {
  const text = value.trim()
  if (text === '') return null
  const days = Number(text)
  if (!/^\d+$/.test(text) || days < 1 || days > 400) {
    throw new UserError(
      `${input}: "${value}" is not a number of days; give a whole number from 1 to 400`
    )
  }
  return days
}

function parsePullRequestNumber(value: string, input: string): number | null {
  const text = value.trim().replace(/^#/, '')
  if (text === '') return null
  if (!/^[1-9]\d*$/.test(text)) {
    throw new UserError(
      `${input}: "${value}" is not a pull request number; give one, e.g. 42`
    )
  }
  return Number(text)
}

/** The pull request of a pull_request or pull_request_target event. */
function pullRequestOf(payload: {
  pull_request?: { number?: number; head?: { sha?: string } }
}): PullRequestRef | null {
  const pr = payload.pull_request
  return pr?.number && pr.head?.sha ? { number: pr.number, headSha: pr.head.sha } : null
}

function baselineOption(): BaselineOption {
  const baseRef = actionInput('base-ref')
  const baselineReport = actionInput('baseline-report')
  if (baseRef && baselineReport) {
    throw new UserError(
      'base-ref and baseline-report cannot both be set: give the base to build, or a report to read'
    )
  }
  if (baselineReport)
    return { kind: 'report', path: baselineReport, input: 'baseline-report' }
  const { eventName, payload } = github.context
  return {
    kind: 'git',
    event: eventName ? { eventName, payload } : null,
    baseRef: baseRef ? { ref: baseRef, input: 'base-ref' } : undefined
  }
}

function parseCommentPolicy(value: string, input: string): CommentPolicy {
  const policy = (value.trim() || 'always') as CommentPolicy
  if (!COMMENT_POLICIES.includes(policy)) {
    throw new UserError(
      `${input}: "${value}" is not a comment policy; use ${COMMENT_POLICIES.join(', ')}`
    )
  }
  return policy
}
