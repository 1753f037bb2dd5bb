import { formatBytes, formatPercentChange, formatSignedBytes } from './bytes.js'
import type { Report } from './report.js'

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

/** The per-stage table the CLI prints and the action logs. */
export function renderStageTable(report: Report): string {
  const compared = report.base !== null
  const header = ['STAGE', 'UNCOMPRESSED', 'COMPRESSED', 'LAYERS']
  if (compared) header.push(`CHANGE (${report.metric})`, 'STATUS')
  header.push('')
  const rows = report.stages.map(stage => {
    const row = [
      stage.name,
      stage.head ? formatBytes(stage.head.uncompressedBytes) : '-',
      stage.head ? formatBytes(stage.head.compressedBytes) : '-',
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
    ...alignColumns([header, ...rows], new Set([1, 2, 3, 4]))
  ].join('\n')
}

function title(report: Report): string {
  const measured = report.stages.filter(stage => stage.head).length
  const count = `${measured} stage${measured === 1 ? '' : 's'} measured`
  const engine = `${report.engine.imageStore} image store, Docker ${report.engine.version}`
  const comparison = report.base
    ? `compared with ${report.base.ref ?? 'the base'}${report.base.sha ? ` (${report.base.sha.slice(0, 12)})` : ''}: ${report.base.reason}\nverdict: ${report.verdict}`
    : `no baseline: ${report.noBaselineReason}`
  return `${report.dockerfile}: ${count} (${engine})\n${comparison}`
}
