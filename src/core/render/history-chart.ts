import { formatBytes } from '../bytes.js'
import type { HistoryPoint } from '../history.js'
import type { Metric } from '../limits.js'
import type { Report } from '../report.js'
import { oneLine } from './text.js'

/**
 * The branch's trend as a Mermaid `xychart-beta` line, which GitHub renders
 * in comments and job summaries: one point per commit (`lastLabel` for the
 * last, e.g. the pull request), sizes in the unit the largest point reads in.
 * Empty with fewer than two points: no history, no chart.
 */
export function historyChart(
  history: readonly HistoryPoint[],
  metric: Metric,
  title: string,
  lastLabel: string
): string {
  if (history.length < 2) return ''
  const bytes = history.map(point =>
    metric === 'compressed' ? point.compressedBytes : point.uncompressedBytes
  )
  const unit = formatBytes(Math.max(...bytes)).split(' ')[1]
  const scale = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[unit] ?? 1
  const labels = history.map((point, index) =>
    index === history.length - 1 ? lastLabel : point.sha.slice(0, 7)
  )
  const values = bytes.map(value => Number((value / scale).toFixed(2)))
  // Report text in Mermaid: one line (a line break would let it close the fence), no quote to end the string.
  const quote = (label: string) => `"${oneLine(label).replace(/["\\`<>%]/g, '')}"`
  return [
    '```mermaid',
    // A small chart: a trend to glance at, not the comment's main content.
    '---',
    'config:',
    '  xyChart:',
    '    width: 700',
    '    height: 220',
    '---',
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis [${labels.map(quote).join(', ')}]`,
    `  y-axis ${quote(`${metric} (${unit})`)}`,
    `  line [${values.join(', ')}]`,
    '```'
  ].join('\n')
}

/** The target's trend on the base branch, this change last; none without history. */
export function trend(report: Report): string {
  const label = report.pullRequest ? `#${report.pullRequest.number}` : 'this commit'
  const branch = report.base?.ref ?? 'the base branch'
  return historyChart(
    report.history ?? [],
    report.metric,
    `${report.target} on ${branch}`,
    label
  )
}
