import * as core from '@actions/core'
import { imageSummaries, mergedVerdict, type ImageReport } from '../core/image-reports.js'
import { bytesOf } from '../core/limits.js'
import { targetStage, type Report } from '../core/report.js'

/** Every output the action sets: action.yml and the README must list exactly these (a test checks). */
export const ACTION_OUTPUTS = [
  'report-path',
  'verdict',
  'target-size',
  'base-target-size',
  'delta-bytes',
  'delta-percent',
  'comment-url',
  'stages',
  'images'
] as const

/** Sets an output; naming one not in ACTION_OUTPUTS is a type error. */
export function setOutput(
  name: (typeof ACTION_OUTPUTS)[number],
  value: string | number
): void {
  core.setOutput(name, value)
}

/** The outputs of one image's report. */
export function setReportOutputs(report: Report, reportPath: string): void {
  const target = targetStage(report)
  setOutput('report-path', reportPath)
  setOutput('verdict', report.verdict)
  // In the gated metric, as delta-bytes is: the outputs never mix two sizes.
  setOutput('target-size', (target.head && bytesOf(target.head, report.metric)) ?? '')
  setOutput(
    'base-target-size',
    (target.base && bytesOf(target.base, report.metric)) ?? ''
  )
  setOutput('delta-bytes', target.deltaBytes ?? '')
  setOutput('delta-percent', target.deltaPercent ?? '')
  setOutput('stages', JSON.stringify(stageSizes(report)))
}

/** The outputs of several images' reports merged: the worst verdict, and each image's. */
export function setMergedOutputs(images: readonly ImageReport[]): void {
  setOutput('verdict', mergedVerdict(images.map(image => image.report)))
  setOutput('images', JSON.stringify(imageSummaries(images)))
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
