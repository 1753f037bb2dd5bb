import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UserError } from './errors.js'
import {
  dockerfilePath,
  parseBuildArgs,
  parsePlatform,
  parseStageList,
  type MeasureOptions
} from './options.js'

export interface ActionInputs extends MeasureOptions {
  reportPath: string
}

/** The action's inputs as one typed, validated object (read when `run` starts, never at import). */
export function getInputs(): ActionInputs {
  const context = core.getInput('context') || '.'
  return {
    context,
    file: dockerfilePath(context, core.getInput('file')),
    target: core.getInput('target') || undefined,
    stages: parseStageList(core.getInput('stages'), 'stages'),
    buildArgs: parseBuildArgs(core.getMultilineInput('build-args'), 'build-args'),
    platform: parsePlatform(core.getInput('platform'), 'platform'),
    builder: core.getInput('builder') || undefined,
    keepImages: booleanInput('keep-images', false),
    reportPath:
      core.getInput('report-path') ||
      path.join(process.env.RUNNER_TEMP || tmpdir(), 'stage-size-report.json')
  }
}

/** A true/false input, with a one-line error that names it. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name)
  if (value === '') return fallback
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new UserError(`${name}: "${value}" is not a boolean; use true or false`)
  }
}
