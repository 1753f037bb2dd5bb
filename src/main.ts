import * as core from '@actions/core'
import { UserError, messageOf } from './core/errors.js'
import { outcomeOf } from './core/gate.js'
import { renderStageTable } from './core/table.js'
import { postReports } from './from-report.js'
import { getInputs, type ActionInputs } from './inputs.js'
import { setReportOutputs } from './outputs.js'
import { runPipeline } from './pipeline.js'
import { actionLog, gitHubFor, publish, reportPublication } from './publish.js'
import { ArtifactBaselines, uploadReport } from './github/artifacts.js'
import type { BaselineStore } from './core/stored-baseline.js'
import * as github from '@actions/github'
import { diskFull, removeFile, writeJsonFile } from './system/files.js'
import { BlobCache } from './engine/blob-cache.js'
import type { Report } from './core/report.js'
import { redactorFor } from './core/options.js'

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
    const report = await runPipeline({ ...inputs, store: storeFor(inputs) }, actionLog)
    await writeJsonFile(inputs.reportPath, report)
    if (inputs.artifact.upload) await storeReport(inputs, report)
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

/** The reports earlier runs uploaded, read with the token; none without one. */
function storeFor(inputs: ActionInputs): BaselineStore | null {
  const token = inputs.comment.token
  if (!token || inputs.baselineSource === 'build') return null
  const { owner, repo } = github.context.repo
  const cache = BlobCache.inDefaultPlace()
  return new ArtifactBaselines(
    gitHubFor(token),
    inputs.artifact.name,
    { token, owner, repo },
    (digest, file) => cache.importList(digest, file)
  )
}

/** Every layer of every stage the head measured, on every platform. */
function layerDigests(report: Report): string[] {
  return report.stages.flatMap(({ head }) =>
    [head, ...Object.values(head?.platforms ?? {})].flatMap(
      image => image?.layers.map(layer => layer.digest) ?? []
    )
  )
}

/** Uploads the report for later pull requests; a failed upload only warns. */
async function storeReport(inputs: ActionInputs, report: Report): Promise<void> {
  const { name, retentionDays } = inputs.artifact
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.warning(
      'upload-report: this is not a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN), so the report was not uploaded.'
    )
    return
  }
  try {
    const lists = await BlobCache.inDefaultPlace().storedLists(layerDigests(report))
    const redactor = redactorFor(inputs, process.env)
    const { id } = await uploadReport(
      inputs.reportPath,
      name,
      retentionDays,
      lists,
      text => redactor.text(text)
    )
    core.info(
      `Uploaded the report as the artifact ${name} (id ${id}), for pull requests to compare with.`
    )
  } catch (error) {
    core.warning(
      `upload-report: the report could not be uploaded as ${name}: ${messageOf(error)}`
    )
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
  const full = diskFull(error)
  if (full) return core.setFailed(full)
  if (error instanceof Error && error.stack) core.debug(error.stack)
  core.setFailed(`stage-size failed unexpectedly: ${messageOf(error)}`)
}
