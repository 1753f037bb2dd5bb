import { formatBytes } from './bytes.js'
import type { Report } from './report.js'

/** Lays out rows as aligned columns: text columns left, numbers right. */
export function alignColumns(
  rows: string[][],
  rightAligned: ReadonlySet<number>
): string[] {
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
  const header = ['STAGE', 'UNCOMPRESSED', 'COMPRESSED', 'LAYERS', '']
  const rows = report.stages.map(stage => [
    stage.name,
    formatBytes(stage.head.uncompressedBytes),
    formatBytes(stage.head.compressedBytes),
    String(stage.head.layers.length),
    stage.isTarget ? '<- target' : ''
  ])
  const title = `${report.dockerfile}: ${report.stages.length} stage${report.stages.length === 1 ? '' : 's'} measured (${report.engine.imageStore} image store, Docker ${report.engine.version})`
  return [title, '', ...alignColumns([header, ...rows], new Set([1, 2, 3]))].join('\n')
}
