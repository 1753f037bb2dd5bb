import { formatBytes } from '../bytes.js'
import type { HistoryPoint } from '../history.js'
import { bytesOf, type Metric } from '../limits.js'
import type { Report } from '../report.js'
import { oneLine, size, text } from './text.js'

/** Up to this many points, each is labelled by its commit; past it, by its position. */
const LABELLED_POINTS = 10

/** The trend's line in GitHub's blue, the limit's in its red: Mermaid's default palette is too pale. */
const PALETTE = '#0969da, #cf222e'

/** A small chart (a trend to glance at, not the comment's main content), in clear colours. */
const HEADER = [
  '```mermaid',
  '---',
  'config:',
  '  xyChart:',
  '    width: 700',
  '    height: 260',
  '  themeVariables:',
  '    xyChart:',
  `      plotColorPalette: "${PALETTE}"`,
  '---',
  'xychart-beta'
]

/**
 * The branch's trend as a Mermaid `xychart-beta` line, which GitHub renders
 * in comments and job summaries: one point per commit (`lastLabel` for the
 * last, e.g. the pull request), on a y axis from zero, with the limit (the
 * largest size the gate lets the last point reach) as a flat red line, and a
 * caption saying which line is which. Empty with fewer than two points.
 */
export function historyChart(
  history: readonly HistoryPoint[],
  metric: Metric,
  title: string,
  lastLabel: string,
  limitBytes: number | null = null
): string {
  if (history.length < 2) return ''
  const bytes = history.map(point =>
    metric === 'compressed' ? point.compressedBytes : point.uncompressedBytes
  )
  const top = Math.max(...bytes, limitBytes ?? 0)
  const unit = formatBytes(top).split(' ')[1]
  const scale = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[unit] ?? 1
  const inUnit = (value: number) => Number((value / scale).toFixed(2))
  // Report text in Mermaid: one line (a line break would let it close the fence), no quote to end the string.
  const quote = (label: string) => `"${oneLine(label).replace(/["\\`<>%]/g, '')}"`
  const labels = history.map((point, index) =>
    index === history.length - 1 ? lastLabel : point.sha.slice(0, 7)
  )
  const xAxis =
    history.length <= LABELLED_POINTS
      ? `[${labels.map(quote).join(', ')}]`
      : `"commits, oldest first" 1 --> ${history.length}`
  const limitLine =
    limitBytes === null
      ? []
      : [`  line [${bytes.map(() => inUnit(limitBytes)).join(', ')}]`]
  return [
    ...HEADER,
    `  title ${quote(title)}`,
    `  x-axis ${xAxis}`,
    `  y-axis ${quote(`${metric} (${unit})`)} 0 --> ${niceTop(inUnit(top))}`,
    `  line [${bytes.map(inUnit).join(', ')}]`,
    ...limitLine,
    '```',
    '',
    caption(history.length, lastLabel, limitBytes)
  ].join('\n')
}

/** A round axis top a little above the highest point: 1, 2 or 5 times a power of ten. */
function niceTop(value: number): number {
  const room = value * 1.1 || 1
  const power = 10 ** Math.floor(Math.log10(room))
  const step = [1, 2, 5, 10].find(multiple => multiple * power >= room) ?? 10
  return Number((step * power).toPrecision(12))
}

function caption(points: number, lastLabel: string, limitBytes: number | null): string {
  const limit =
    limitBytes === null
      ? ''
      : `; red: the limit ${text(lastLabel)} is held to, ${size(limitBytes)}`
  return `<sub>Blue: the size at each of the last ${points - 1} measured commits, then ${text(lastLabel)}${limit}.</sub>`
}

/** The target's trend on the base branch, this change last; none without history. */
export function trend(report: Report): string {
  const label = report.pullRequest ? `#${report.pullRequest.number}` : 'this commit'
  const branch = report.base?.ref ?? 'the base branch'
  return historyChart(
    report.history ?? [],
    report.metric,
    `${report.target} on ${branch}`,
    label,
    limitOf(report)
  )
}

/** The largest size the gate lets the target reach: its base plus the allowed growth, or max-size. */
function limitOf(report: Report): number | null {
  const target = report.stages.find(stage => stage.isTarget)
  const limit = target?.limit
  if (!limit) return null
  const base = target.base && bytesOf(target.base, report.metric)
  const growth =
    typeof base === 'number' && limit.allowedGrowthBytes !== null
      ? base + limit.allowedGrowthBytes
      : null
  const ceilings = [growth, limit.maxSizeBytes].filter(
    (value): value is number => value !== null
  )
  return ceilings.length ? Math.min(...ceilings) : null
}
