import { bytesOf } from './limits.js'
import type { Verdict } from './gate.js'
import { targetStage, type Report } from './report.js'

/** One image's report in a merged comment, with the file it came from. */
export interface ImageReport {
  /** The image's comment key: its Dockerfile and target (and platform). */
  key: string
  file: string
  report: Report
}

/** The `images` output's entry for one image. */
export interface ImageSummary {
  verdict: Verdict
  targetSize: number | null
  deltaBytes: number | null
}

/** Worst last: the merged verdict is the worst image's. */
const SEVERITY: Verdict[] = ['pass', 'no-baseline', 'warn', 'fail']

/** An image's key: what its own comment would be keyed by, with the platform when one was chosen. */
export function imageKey(
  report: Pick<Report, 'dockerfile' | 'target' | 'platform'>
): string {
  const key = `${report.dockerfile}:${report.target}`
  return report.platform ? `${key}@${report.platform}` : key
}

/** Two reports of the same image (one would hide the other in the merge), or null. */
export function sameImageTwice(
  images: readonly ImageReport[]
): [ImageReport, ImageReport] | null {
  const seen = new Map<string, ImageReport>()
  for (const image of images) {
    const other = seen.get(image.key)
    if (other) return [other, image]
    seen.set(image.key, image)
  }
  return null
}

export function mergedVerdict(reports: readonly Report[]): Verdict {
  return reports
    .map(report => report.verdict)
    .reduce((worst, verdict) =>
      SEVERITY.indexOf(verdict) > SEVERITY.indexOf(worst) ? verdict : worst
    )
}

/** Each image's verdict, target size and change, by key: the `images` output. */
export function imageSummaries(
  images: readonly ImageReport[]
): Record<string, ImageSummary> {
  return Object.fromEntries(
    images.map(({ key, report }) => {
      const target = targetStage(report)
      return [
        key,
        {
          verdict: report.verdict,
          targetSize: target.head ? bytesOf(target.head, report.metric) : null,
          deltaBytes: target.deltaBytes
        }
      ]
    })
  )
}
