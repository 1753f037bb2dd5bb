import { formatBytes, formatPercentChange, formatSignedBytes } from './bytes.js'
import { bytesOf, outcomeOf, type Outcome, type Verdict } from './gate.js'
import { NO_LINKS, renderMarkdown, renderWithin, type RunLinks } from './markdown.js'
import { codeSpan, html, table } from './markdown-text.js'
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

const MARK: Record<Verdict, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  'no-baseline': 'ℹ️'
}

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

/**
 * The outcome of posting reports, the same rule for one as for several: the
 * step fails (with fail-on-regression) when an image failed its gate, naming
 * each failing image (when there are several) and why.
 */
export function mergedOutcome(
  images: readonly ImageReport[],
  policy: { failOnRegression: boolean; failOnMissingBaseline: boolean }
): Outcome {
  if (images.length === 1) return outcomeOf(images[0].report, policy)
  const outcomes = images.map(({ key, report }) => ({
    key,
    outcome: outcomeOf(report, policy)
  }))
  const failures = outcomes.flatMap(({ key, outcome }) =>
    outcome.failure ? [`${key}: ${outcome.failure}`] : []
  )
  const warnings = outcomes.flatMap(({ key, outcome }) =>
    outcome.warnings.map(warning => `${key}: ${warning}`)
  )
  return { failure: failures.length ? failures.join('; ') : null, warnings }
}

const TITLE: Record<Verdict, string> = {
  pass: '✅ Image size check passed',
  warn: '⚠️ Image size check passed with a warning',
  fail: '❌ Image size check failed',
  'no-baseline': 'ℹ️ Image sizes (some images have no baseline)'
}

/**
 * Several images' reports as one comment within `limit` characters: a summary
 * table (one row per image), then each image's section, open when its target
 * changed and collapsed when nothing did, each shortened to an equal share of
 * what is left.
 */
export function renderMerged(
  images: readonly ImageReport[],
  limit: number,
  note: string,
  links: RunLinks = NO_LINKS
): string {
  const verdict = mergedVerdict(images.map(image => image.report))
  const failing = images.filter(image => image.report.verdict === 'fail').length
  const count = `${images.length} image${images.length === 1 ? '' : 's'}`
  const title = `### ${TITLE[verdict]}${failing ? `: ${failing} of ${count} over their limits` : ` (${count})`}`
  const head = `${title}\n\n${summaryTable(images)}\n\n`
  const ending = `\n> ${note}\n`
  const share = Math.floor((limit - head.length - ending.length) / images.length)
  const sections = images.map(image => section(image, share, links))
  // One note, however many sections were shortened.
  const shortened = sections.some(one => one.shortened)
  return `${head}${sections.map(one => one.text).join('\n\n')}\n${shortened ? ending : ''}`
}

function summaryTable(images: readonly ImageReport[]): string {
  const rows = images.map(({ report }) => {
    const target = targetStage(report)
    const size = target.head ? formatBytes(bytesOf(target.head, report.metric)) : '—'
    const change =
      target.deltaBytes === null
        ? '—'
        : target.deltaBytes === 0
          ? '0 B'
          : `${formatSignedBytes(target.deltaBytes)}${formatPercentChange(target.deltaPercent)}`
    return [
      codeSpan(report.dockerfile),
      codeSpan(report.target),
      report.platform ? codeSpan(report.platform) : 'default',
      size,
      change,
      `${MARK[report.verdict]} ${report.verdict}`
    ]
  })
  return table(
    ['Dockerfile', 'Target', 'Platform', 'Target size', 'Change', 'Verdict'],
    ['---', '---', '---', '--:', '--:', '---'],
    rows
  )
}

/** One image's report, its title naming the image, collapsed when its target did not change. */
function section(
  { report }: ImageReport,
  share: number,
  links: RunLinks
): { text: string; shortened: boolean } {
  const label = [report.dockerfile, report.target, report.platform ?? '']
    .filter(Boolean)
    .map(html)
    .join(' · ')
  const unchanged = report.verdict === 'pass' && targetStage(report).deltaBytes === 0
  const open = unchanged ? '<details>' : '<details open>'
  const wrapper = `${open}<summary>${MARK[report.verdict]} ${label}</summary>\n\n\n\n</details>`
  const body = renderWithin(report, Math.max(share - wrapper.length, 0), '', links)
  // The summary line already says the image and its verdict: the report's own title would repeat it.
  const untitled = body.replace(/^### .*\n\n/, '')
  return {
    text: `${open}<summary>${MARK[report.verdict]} ${label}</summary>\n\n${untitled}\n</details>`,
    shortened: body !== renderMarkdown(report, undefined, links)
  }
}
