import * as core from '@actions/core'
import { measure } from '../app/measure.js'
import { reportsOutcome, settle } from '../app/outcome.js'
import { dockerfileAnnotation, type DockerfileAnnotation } from '../core/annotation.js'
import { UserError, messageOf } from '../core/errors.js'
import { imageKey } from '../core/image-reports.js'
import { renderStageTable } from '../core/render/terminal-table.js'
import { exitOnCancel } from '../system/cancellation.js'
import { diskFull, removeFile, writeJsonFile } from '../system/files.js'
import { leftovers } from '../system/leftovers.js'
import { baselineStore, storeReport } from './baseline-store.js'
import { getInputs } from './inputs.js'
import { actionLog } from './log.js'
import { setReportOutputs } from './outputs.js'
import { postReports } from './post-reports.js'
import { publish } from './publish.js'
import { state } from './state.js'

/** The main step: what it makes is saved as it is made, for the post step after a kill. */
export async function runMain(): Promise<void> {
  state.markMainStarted()
  leftovers.recordWith(items => state.saveLeftovers(items))
  exitOnCancel(message => core.warning(message), 1)
  await run()
}

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
    const report = await measure({ ...inputs, store: baselineStore(inputs) }, actionLog)
    await writeJsonFile(inputs.reportPath, report)
    if (inputs.upload) await storeReport(inputs, report)
    core.info(renderStageTable(report))
    setReportOutputs(report, inputs.reportPath)
    const images = [{ key: imageKey(report), file: inputs.reportPath, report }]
    const note = 'The full report is in the JSON report (report-path).'
    await publish(images, report.pullRequest, note, inputs)
    annotate(dockerfileAnnotation(report))
    settle(reportsOutcome(images, inputs), {
      warning: message => core.warning(message),
      failure: message => core.setFailed(message)
    })
  } catch (error) {
    fail(error)
  }
}

/** A check annotation on the Dockerfile line that grew the target most, as GitHub's workflow command writes it. */
function annotate(annotation: DockerfileAnnotation | null): void {
  if (!annotation) return
  const { level, message, file, line, title } = annotation
  core[level](message, { file, startLine: line, title })
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
  const full = diskFull(error)
  if (full) return core.setFailed(full)
  if (error instanceof Error && error.stack) core.debug(error.stack)
  core.setFailed(`stage-size failed unexpectedly: ${messageOf(error)}`)
}
