import { formatBytes, formatPercentChange, formatSignedBytes } from '../bytes.js'
import { builderWords, count } from './words.js'
import type { Report } from '../report.js'
import { largestFileChanges } from '../file-changes.js'

/** Lays out rows as aligned columns: text columns left, numbers right. */
function alignColumns(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map(row => row[column].length))
  )
  return rows.map(row =>
    row
      .map((cell, column) =>
        rightAligned.has(column)
          ? cell.padStart(widths[column])
          : cell.padEnd(widths[column])
      )
      .join('  ')
      .trimEnd()
  )
}

/** The target's file changes listed after the table unless asked otherwise (--files). */
export const FILES_SHOWN = 10

/** The per-stage table the CLI prints and the action logs, then the target's `files` largest file changes. */
export function renderStageTable(report: Report, files = FILES_SHOWN): string {
  const compared = report.base !== null
  const header = ['STAGE', 'UNCOMPRESSED', 'COMPRESSED', 'LAYERS']
  if (compared) header.push(`CHANGE (${report.metric})`, 'STATUS')
  header.push('')
  const rows = report.stages.map(stage => {
    const row = [
      stage.name,
      stage.head ? formatBytes(stage.head.uncompressedBytes) : '-',
      stage.head?.compressedBytes != null ? formatBytes(stage.head.compressedBytes) : '-',
      stage.head ? String(stage.head.layers.length) : '-'
    ]
    if (compared)
      row.push(
        stage.deltaBytes === null
          ? ''
          : formatSignedBytes(stage.deltaBytes) + formatPercentChange(stage.deltaPercent),
        stage.status + (stage.warned ? ' (warn)' : '')
      )
    row.push(stage.isTarget ? '<- target' : '')
    return row
  })
  return [
    title(report),
    '',
    ...alignColumns([header, ...rows], new Set([1, 2, 3, 4])),
    ...targetFiles(report, files)
  ].join('\n')
}

/** The target's largest file changes, one per line: "+2.00 MB  new  /app/lib.so". */
function targetFiles(report: Report, shown: number): string[] {
  const target = report.stages.find(stage => stage.isTarget)
  if (!target?.fileChanges || shown <= 0) return []
  const rows = largestFileChanges(target.fileChanges)
  if (rows.length === 0)
    return ['', `${target.name}: no file was added, removed or changed in size`]
  const lines = rows
    .slice(0, shown)
    .map(row => [formatSignedBytes(row.delta), row.kind, row.path])
  const more = rows.length > shown ? [`(${rows.length - shown} more in the report)`] : []
  const waste = target.head?.wastedBytes
  const wasted =
    waste && waste > (target.base?.wastedBytes ?? 0)
      ? [
          `${target.name} wastes ${formatBytes(waste)} (files stored in layers but hidden by later ones; was ${formatBytes(target.base?.wastedBytes ?? 0)})`
        ]
      : []
  return [
    '',
    `${target.name}: the files that changed most`,
    ...alignColumns(lines, new Set([0])).map(line => `  ${line}`),
    ...more,
    ...wasted
  ]
}

function title(report: Report): string {
  const measured = report.stages.filter(stage => stage.head).length
  const stages = `${count(measured, 'stage')} measured`
  const comparison = report.base
    ? `compared with ${report.base.ref ?? 'the base'}${report.base.sha ? ` (${report.base.sha.slice(0, 12)})` : ''}: ${report.base.reason}\nverdict: ${report.verdict}`
    : `no baseline: ${report.noBaselineReason}`
  const builder = builderWords(report.engine)
  const engine = `${report.engine.imageStore} image store, Docker ${report.engine.version}${builder ? `; ${builder}` : ''}`
  return `${report.dockerfile}: ${stages} (${engine})\n${comparison}`
}
