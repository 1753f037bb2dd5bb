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
  it('charts the trend as a Mermaid xychart line from zero, each commit labelled, the last as the change', () => {
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
      '    height: 260',
      '  themeVariables:',
      '    xyChart:',
      '      plotColorPalette: "#0969da, #cf222e"',
      '---',
      'xychart-beta',
      '  title "runtime on main"',
      `  x-axis ["${point(1).sha.slice(0, 7)}", "${point(2).sha.slice(0, 7)}", "#12"]`,
      '  y-axis "uncompressed (MB)" 0 --> 10',
      '  line [3.98, 3.99, 6.27]',
      '```',
      '',
      '<sub>Blue: the size at each of the last 2 measured commits, then \\#\u200b12.</sub>'
    ])
  })

  it('at 30 points numbers the commits instead of crowding their SHAs, and draws the limit in red', () => {
    const history = Array.from({ length: 30 }, (_, n) =>
      point(n, 40_000_000 + n * 100_000)
    )
    const chart = historyChart(
      history,
      'uncompressed',
      'runtime on main',
      '#12',
      45_000_000
    )
    expect(chart).toContain('  x-axis "commits, oldest first" 1 --> 30\n')
    expect(chart).toContain('  y-axis "uncompressed (MB)" 0 --> 50\n')
    expect(chart).toContain(`  line [${Array(30).fill(45).join(', ')}]\n`)
    expect(chart).toContain(
      '; red: the limit \\#\u200b12 is held to, 45.0\u00a0MB.</sub>'
    )
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
