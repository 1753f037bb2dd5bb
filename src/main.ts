import * as core from '@actions/core'
import { UserError, messageOf } from './errors.js'
import { removeFile, writeJsonFile } from './files.js'
import { getInputs } from './inputs.js'
import type { Log } from './log.js'
import { measureStages } from './pipeline.js'
import { targetStage, type Report } from './report.js'
import { renderStageTable } from './table.js'

const actionLog: Log = {
  info: message => core.info(message),
  notice: message => core.notice(message),
  warning: message => core.warning(message),
  detail: line => core.info(line),
  group: (title, work) => core.group(title, work)
}

/** The action: measure the stages, write the report, set the outputs. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    await removeFile(inputs.reportPath)
    const report = await measureStages(inputs, actionLog)
    await writeJsonFile(inputs.reportPath, report)
    core.info(renderStageTable(report))
    setOutputs(report, inputs.reportPath)
  } catch (error) {
    fail(error)
  }
}

function setOutputs(report: Report, reportPath: string): void {
  core.setOutput('report-path', reportPath)
  core.setOutput('target-size', targetStage(report).head.uncompressedBytes)
  core.setOutput('stages', JSON.stringify(stageSizes(report)))
}

/** `{"<stage>": {"uncompressedBytes": n, "compressedBytes": n}, …}`, for fromJSON() in workflows. */
function stageSizes(report: Report) {
  return Object.fromEntries(
    report.stages.map(stage => [
      stage.name,
      {
        uncompressedBytes: stage.head.uncompressedBytes,
        compressedBytes: stage.head.compressedBytes
      }
    ])
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
