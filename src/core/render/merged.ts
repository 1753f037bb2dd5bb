import { formatBytes, formatPercentChange, formatSignedBytes } from '../bytes.js'
import { mergedVerdict, type ImageReport } from '../image-reports.js'
import { bytesOf } from '../limits.js'
import { targetStage } from '../report.js'
import {
  NO_LINKS,
  SECTION,
  legend,
  renderMarkdown,
  renderWithin,
  showsDash,
  type RunLinks
} from './comment.js'
import { codeSpan, html, table } from './text.js'
import { MARK, count, titleOf } from './words.js'

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
  const all = count(images.length, 'image')
  const title = `### ${titleOf(verdict, true)}${failing ? `: ${failing} of ${all} over their limits` : ` (${all})`}`
  const head = `${title}\n\n${summaryTable(images)}\n\n`
  const reports = images.map(image => image.report)
  // One legend and one note, however many sections: each section leaves its own out.
  const dash = reports.some(report =>
    showsDash(
      report.stages.filter(stage => !stage.isTarget && stage.status !== 'unchanged')
    )
  )
  const footer = `\n${legend(reports, dash)}\n`
  const ending = `\n> ${note}\n`
  const share = Math.floor(
    (limit - head.length - footer.length - ending.length) / images.length
  )
  const sections = images.map(image => section(image, share, links))
  const shortened = sections.some(one => one.shortened)
  return `${head}${sections.map(one => one.text).join('\n\n')}\n${footer}${shortened ? ending : ''}`
}

function summaryTable(images: readonly ImageReport[]): string {
  const rows = images.map(({ report }) => {
    const target = targetStage(report)
    const bytes = target.head && bytesOf(target.head, report.metric)
    const size = typeof bytes === 'number' ? formatBytes(bytes) : '—'
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
  const body = renderWithin(
    report,
    Math.max(share - wrapper.length, 0),
    '',
    links,
    SECTION
  )
  // The summary line already says the image and its verdict: the report's own title would repeat it.
  const untitled = body.replace(/^### .*\n\n/, '')
  return {
    text: `${open}<summary>${MARK[report.verdict]} ${label}</summary>\n\n${untitled}\n</details>`,
    shortened: body !== renderMarkdown(report, SECTION, links)
  }
}
