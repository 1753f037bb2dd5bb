import { formatPercentChange } from '../bytes.js'
import { bytesOf, type Limit, type Metric } from '../limits.js'
import type { FromImage, PlatformSize } from '../image.js'
import type { Report, StageReport } from '../report.js'
import { change, codeSpan, fromTo, overBy, size, text } from './text.js'

/**
 * One sentence about the target: its change against its limits, each number
 * once; first, when the image it is built FROM changed, that image's share.
 */
export function headline(report: Report, target: StageReport): string {
  if (!target.head) return ''
  const head = target.head
  return [
    fromImageChange(target, report.metric),
    targetSentence(report, { ...target, head })
  ]
    .filter(Boolean)
    .join(' ')
}

/** "`node:24-slim` replaced `node:22-slim`: +35.2 MB; this Dockerfile's layers: +1.10 MB." */
function fromImageChange(target: StageReport, metric: Metric): string {
  const head = target.head?.fromImage
  const base = target.base?.fromImage
  if (!head || !base || target.deltaBytes === null) return ''
  const bytes = (image: FromImage) =>
    metric === 'compressed' ? image.compressedBytes : image.uncompressedBytes
  const [headBytes, baseBytes] = [bytes(head), bytes(base)]
  if (headBytes === null || baseBytes === null || !fromImageChanged(target)) return ''
  const moved = headBytes - baseBytes
  const what =
    head.name === base.name
      ? `${codeSpan(head.name)} changed`
      : `${codeSpan(head.name)} replaced ${codeSpan(base.name)}`
  return `${what}: ${change(moved)}; this Dockerfile's layers: ${change(target.deltaBytes - moved)}.`
}

/** Whether the image a stage is built FROM is another than the base's (or the same name, other bytes). */
export function fromImageChanged(stage: StageReport): boolean {
  const head = stage.head?.fromImage
  const base = stage.base?.fromImage
  if (!head || !base) return false
  return head.name !== base.name || head.uncompressedBytes !== base.uncompressedBytes
}

function targetSentence(
  report: Report,
  target: StageReport & { head: PlatformSize }
): string {
  const metric = report.metric
  const head = bytesOf(target.head, metric)
  // With several platforms the sentence's numbers are the first one's: say which.
  const platform = report.platforms?.length > 1 ? ` on ${text(report.platforms[0])}` : ''
  const name = `${codeSpan(target.name)}${platform}`
  const compressed =
    metric === 'uncompressed'
      ? ` Compressed ${sizes(target, 'compressed')}.`
      : ` Uncompressed ${sizes(target, 'uncompressed')}.`
  if (!target.base || target.deltaBytes === null) {
    const reason = report.noBaselineReason
      ? ` No baseline: ${text(report.noBaselineReason)}.`
      : ' It is new in this change.'
    // Without a base there is no growth to hold to a limit: only max-size applies.
    const budget = target.limit ? maxSizeLimit(target.limit, target.head, metric) : ''
    return `${name} is **${size(head)}** ${metric}${budget ? `; ${budget}` : ''}.${compressed}${reason}`
  }
  const delta = target.deltaBytes
  const moved =
    delta === 0
      ? `is unchanged at ${size(head)}`
      : `${delta > 0 ? `grew **${change(delta)}**` : `shrank **${size(-delta)}**`}${formatPercentChange(target.deltaPercent)} to ${size(head)}`
  return `${name} ${moved} ${metric}${limitsOf(target, metric)}.${compressed}`
}

/** "; limit +199 kB (5%): **11.5× over**", in the change's unit; empty without limits. */
function limitsOf(stage: StageReport, metric: Metric): string {
  const parts = limitParts(stage, metric)
  return parts.length ? `; ${parts.join(', ')}` : ''
}

/** Each limit the stage is held to, with how far over it is, in the gated metric. */
export function limitParts(stage: StageReport, metric: Metric): string[] {
  const limit = stage.limit
  if (!limit) return []
  const delta = stage.deltaBytes ?? 0
  return [
    growthLimit('warning past', limit.warnThreshold, limit.allowedWarnGrowthBytes, delta),
    growthLimit('limit', limit.threshold, limit.allowedGrowthBytes, delta),
    maxSizeLimit(limit, stage.head, metric)
  ].filter(Boolean)
}

function growthLimit(
  label: string,
  written: string | null,
  allowed: number | null,
  delta: number
): string {
  if (!written) return ''
  const amount =
    allowed === null ? text(written) : `${change(allowed)} (${text(written)})`
  const over =
    allowed !== null && delta > allowed ? `: **${overBy(delta, allowed)}**` : ''
  return `${label} ${amount}${over}`
}

/** The budget against the size the gate holds to it: the comment and the verdict never disagree. */
function maxSizeLimit(limit: Limit, head: PlatformSize | null, metric: Metric): string {
  if (limit.maxSizeBytes === null) return ''
  const bytes = (head && bytesOf(head, metric)) ?? 0
  const over =
    bytes > limit.maxSizeBytes ? `: **${size(bytes - limit.maxSizeBytes)} over**` : ''
  return `max-size ${size(limit.maxSizeBytes)}${over}`
}

export function sizes(stage: StageReport, metric: Metric): string {
  const head = stage.head ? size(bytesOf(stage.head, metric)) : '—'
  return stage.base ? fromTo(size(bytesOf(stage.base, metric)), head) : head
}
