import * as core from '@actions/core'
import * as github from '@actions/github'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  parseOptions,
  type BaselineOption,
  type OptionNames,
  type Options,
  type RawOptions
} from './options.js'
import { UserError } from './errors.js'

export interface ActionInputs extends Options {
  reportPath: string
}

/** The action's input names (hyphens as in action.yml). */
const INPUT_NAMES: OptionNames = {
  context: 'context',
  file: 'file',
  target: 'target',
  stages: 'stages',
  buildArgs: 'build-args',
  platform: 'platform',
  builder: 'builder',
  keepImages: 'keep-images',
  threshold: 'threshold',
  warnThreshold: 'warn-threshold',
  maxSize: 'max-size',
  stageThresholds: 'stage-thresholds',
  metric: 'metric',
  failOnRegression: 'fail-on-regression',
  failOnMissingBaseline: 'fail-on-missing-baseline'
}

/** The action's inputs as one typed, validated object (read when `run` starts, never at import). */
export function getInputs(): ActionInputs {
  const input = (key: keyof OptionNames) => core.getInput(INPUT_NAMES[key])
  const lines = (key: keyof OptionNames) => core.getMultilineInput(INPUT_NAMES[key])
  const raw: RawOptions = {
    context: input('context'),
    file: input('file'),
    target: input('target'),
    stages: input('stages'),
    buildArgs: lines('buildArgs'),
    platform: input('platform'),
    builder: input('builder'),
    keepImages: input('keepImages'),
    threshold: input('threshold'),
    warnThreshold: input('warnThreshold'),
    maxSize: input('maxSize'),
    stageThresholds: lines('stageThresholds'),
    metric: input('metric'),
    failOnRegression: input('failOnRegression'),
    failOnMissingBaseline: input('failOnMissingBaseline')
  }
  return {
    ...parseOptions(raw, INPUT_NAMES, baselineOption()),
    reportPath:
      core.getInput('report-path') ||
      path.join(process.env.RUNNER_TEMP || tmpdir(), 'stage-size-report.json')
  }
}

function baselineOption(): BaselineOption {
  const baseRef = core.getInput('base-ref')
  const baselineReport = core.getInput('baseline-report')
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
