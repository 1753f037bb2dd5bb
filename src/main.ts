import * as core from '@actions/core'
import { UserError, messageOf } from './core/errors.js'
import { outcomeOf } from './core/gate.js'
import { renderStageTable } from './core/table.js'
import { postReports } from './from-report.js'
import { getInputs } from './inputs.js'
import { setReportOutputs } from './outputs.js'
import { runPipeline } from './pipeline.js'
import { actionLog, publish, reportPublication } from './publish.js'
import { removeFile, writeJsonFile } from './system/files.js'

/**
 * The action: measure the stages, compare with the base, write the report,
 * the job summary and the PR comment, then gate. With comment-from-report it
 * only posts earlier runs' reports (merged into one comment when several).
 */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    if (inputs.commentFromReport)
      return await postReports(inputs, inputs.commentFromReport)
    await removeFile(inputs.reportPath)
    const report = await runPipeline(inputs, actionLog)
    await writeJsonFile(inputs.reportPath, report)
    core.info(renderStageTable(report))
    setReportOutputs(report, inputs.reportPath)
    const note = 'The full report is in the JSON report (report-path).'
    await publish(reportPublication(report, note), inputs)
    const outcome = outcomeOf(report, inputs)
    outcome.warnings.forEach(warning => core.warning(warning))
    if (outcome.failure) core.setFailed(outcome.failure)
  } catch (error) {
    fail(error)
  }
}

/** One line for the user; the stack of an unexpected error only in the debug log. */
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
