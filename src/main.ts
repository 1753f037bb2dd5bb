import * as core from '@actions/core'
import { UserError, messageOf } from './errors.js'
import { removeFile, writeJsonFile } from './files.js'
import { outcomeOf } from './gate.js'
import { getInputs } from './inputs.js'
import type { Log } from './log.js'
import { runPipeline } from './pipeline.js'
import { targetStage, type Report } from './report.js'
import { renderStageTable } from './table.js'

const actionLog: Log = {
  info: message => core.info(message),
  notice: message => core.notice(message),
  warning: message => core.warning(message),
  detail: line => core.info(line),
  group: (title, work) => core.group(title, work)
}

/** The action: measure the stages, compare with the base, write the report, gate. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    await removeFile(inputs.reportPath)
    const report = await runPipeline(inputs, actionLog)
    await writeJsonFile(inputs.reportPath, report)
    core.info(renderStageTable(report))
    setOutputs(report, inputs.reportPath)
    const outcome = outcomeOf(report, inputs)
    outcome.warnings.forEach(warning => core.warning(warning))
    if (outcome.failure) core.setFailed(outcome.failure)
  } catch (error) {
    fail(error)
  }
}

function setOutputs(report: Report, reportPath: string): void {
  const target = targetStage(report)
  core.setOutput('report-path', reportPath)
  core.setOutput('verdict', report.verdict)
  core.setOutput('target-size', target.head?.uncompressedBytes ?? '')
  core.setOutput('base-target-size', target.base?.uncompressedBytes ?? '')
  core.setOutput('delta-bytes', target.deltaBytes ?? '')
  core.setOutput('delta-percent', target.deltaPercent ?? '')
  core.setOutput('stages', JSON.stringify(stageSizes(report)))
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
