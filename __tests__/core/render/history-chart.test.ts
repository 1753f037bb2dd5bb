import { describe, expect, it } from '@jest/globals'
import { historyChart } from '../../../src/core/render/history-chart.js'
import type { HistoryPoint } from '../../../src/core/history.js'

const point = (n: number, bytes = 1_000_000 + n): HistoryPoint => ({
  sha: `${n}`.padStart(40, 'a'),
  date: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T00:00:00.000Z`,
  uncompressedBytes: bytes,
  compressedBytes: Math.round(bytes / 2)
})

describe('the size history chart', () => {
  it('charts the trend as a Mermaid xychart line, the last point labelled', () => {
    const chart = historyChart(
      [point(1, 3_980_000), point(2, 3_990_000), point(3, 6_270_000)],
      'uncompressed',
      'runtime on main',
      '#12'
    )
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      '---',
      'config:',
      '  xyChart:',
      '    width: 700',
      '    height: 220',
      '---',
      'xychart-beta',
      '  title "runtime on main"',
      `  x-axis ["${point(1).sha.slice(0, 7)}", "${point(2).sha.slice(0, 7)}", "#12"]`,
      '  y-axis "uncompressed (MB)"',
      '  line [3.98, 3.99, 6.27]',
      '```'
    ])
  })

  it('draws no chart without history (one point)', () => {
    expect(historyChart([point(1)], 'uncompressed', 'x', '#1')).toBe('')
  })

  it('keeps quotes out of labels, so the chart cannot be broken open', () => {
    expect(
      historyChart([point(1), point(2)], 'compressed', 'a "b" \\ c', '#1')
    ).toContain('  title "a b  c"')
  })
})
