import { formatPercentChange } from '../bytes.js'
import { bytesOf, type Metric } from '../limits.js'
import type { Report, StageReport } from '../report.js'
import { limitParts, sizes } from './headline.js'
import { change, codeSpan, fromTo, size, table, text, unbroken } from './text.js'
import { STATUS_WORD, count } from './words.js'

/** What happened to a stage, in a word: gated stages pass, warn or fail; the others grew or shrank. */
function statusOf(stage: StageReport): string {
  if (stage.status === 'fail') return STATUS_WORD.fail
  if (stage.warned) return STATUS_WORD.warn
  if (stage.status !== 'pass' || stage.limit) return STATUS_WORD[stage.status]
  return (stage.deltaBytes ?? 0) > 0 ? 'grew' : 'shrank'
}

/** The stages besides the target that changed; without a baseline, every stage's size. */
export function stageTable(report: Report, stages: StageReport[]): string {
  if (!report.base) {
    const rows = report.stages.map(stage => [
      stageName(stage),
      sizes(stage, 'uncompressed'),
      sizes(stage, 'compressed')
    ])
    return table(['Stage', 'Uncompressed', 'Compressed'], ['---', '--:', '--:'], rows)
  }
  if (stages.length === 0) return ''
  const rows = stages.map(stage => [
    stageName(stage),
    sizes(stage, 'uncompressed'),
    sizes(stage, 'compressed'),
    stageChange(stage, report.metric),
    statusOf(stage)
  ])
  return table(
    ['Stage', 'Uncompressed', 'Compressed', `Change (${report.metric})`, 'Status'],
    ['---', '--:', '--:', '--:', '---'],
    rows
  )
}

function stageName(stage: StageReport): string {
  return stage.isTarget ? `**${text(stage.name)}** (target)` : text(stage.name)
}

/** The change, then each limit on a line of its own, none broken inside. */
function stageChange(stage: StageReport, metric: Metric): string {
  if (stage.deltaBytes === null) return ''
  const moved = `${change(stage.deltaBytes)}${unbroken(formatPercentChange(stage.deltaPercent))}`
  return [moved, ...limitParts(stage, metric).map(unbroken)].join('<br>')
}

/** More unchanged stages than this fold under one line: a reviewer reads what changed. */
const UNCHANGED_OPEN = 6

/** "Unchanged: `deps` 4.27 MB, `build` 6.27 MB."; many fold: "▸ 33 stages unchanged". */
export function unchangedLine(report: Report, stages: StageReport[]): string {
  if (!report.base || stages.length === 0) return ''
  const list = stages
    .map(stage => `${codeSpan(stage.name)} ${size(bytesOf(stage.head!, report.metric))}`)
    .join(', ')
  if (stages.length <= UNCHANGED_OPEN) return `Unchanged: ${list}.`
  return `<details><summary>${count(stages.length, 'stage')} unchanged</summary>\n\n${list}.\n\n</details>`
}

/** With several platforms, the target on each: they are gated one by one. */
export function platformTable(report: Report): string {
  const target = report.stages.find(stage => stage.isTarget)
  const platforms = target?.head?.platforms
  if (!target || !platforms) return ''
  const rows = Object.entries(platforms).map(([platform, head]) => {
    const base = target.base?.platforms?.[platform] ?? null
    const both = (metric: Metric) =>
      base
        ? fromTo(size(bytesOf(base, metric)), size(bytesOf(head, metric)))
        : size(bytesOf(head, metric))
    const [after, before] = [
      bytesOf(head, report.metric),
      base && bytesOf(base, report.metric)
    ]
    const delta = after !== null && typeof before === 'number' ? after - before : null
    const moved = delta === null ? '' : change(delta)
    const status = target.platformStatus?.[platform]
    return [
      codeSpan(platform),
      both('uncompressed'),
      both('compressed'),
      moved,
      status ? STATUS_WORD[status] : ''
    ]
  })
  return table(
    [
      `${text(target.name)} by platform`,
      'Uncompressed',
      'Compressed',
      `Change (${report.metric})`,
      'Status'
    ],
    ['---', '--:', '--:', '--:', '---'],
    rows
  )
}
