import * as core from '@actions/core'
import * as github from '@actions/github'
import { readReport } from '../app/report-file.js'
import { messageOf } from '../core/errors.js'
import { redactorFor } from '../core/options/options.js'
import type { Report } from '../core/report.js'
import type { BaselineStore } from '../core/stored-baseline.js'
import { BlobCache } from '../engine/blob-cache.js'
import { ArtifactBaselines, uploadReport } from '../github/artifacts.js'
import { gitHubFor } from './github.js'
import type { ActionInputs } from './inputs.js'

/** The reports earlier runs uploaded, read with the token; none without one. */
export function baselineStore(inputs: ActionInputs): BaselineStore | null {
  const token = inputs.githubToken
  if (!token || inputs.baseline === 'build') return null
  const { owner, repo } = github.context.repo
  const cache = BlobCache.inDefaultPlace()
  return new ArtifactBaselines(
    gitHubFor(token),
    inputs.baselineArtifact,
    { token, owner, repo },
    {
      read: (file, shown) => readReport(file, 'baseline-artifact', shown),
      keepFileList: (digest, file) => cache.importList(digest, file)
    }
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
export async function storeReport(inputs: ActionInputs, report: Report): Promise<void> {
  const name = inputs.baselineArtifact
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.warning(
      'upload-report: this is not a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN), so the report was not uploaded.'
    )
    return
  }
  try {
    const lists = await BlobCache.inDefaultPlace().storedLists(layerDigests(report))
    const redactor = redactorFor(inputs.build, process.env)
    const hide = (text: string) => redactor.text(text)
    const retention = inputs.reportRetentionDays
    const { id } = await uploadReport(inputs.reportPath, name, retention, lists, hide)
    core.info(
      `Uploaded the report as the artifact ${name} (id ${id}), for pull requests to compare with.`
    )
  } catch (error) {
    core.warning(
      `upload-report: the report could not be uploaded as ${name}: ${messageOf(error)}`
    )
  }
}
