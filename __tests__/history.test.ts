import { describe, expect, it } from '@jest/globals'
import {
  HISTORY_LENGTH,
  extendHistory,
  historyChart,
  validHistory,
  type HistoryPoint
} from '../src/core/history.js'
import { mismatch, type ExpectedBaseline } from '../src/core/stored-baseline.js'
import { comparedReport, image, layer, sideStage } from './helpers/reports.js'

const point = (n: number, bytes = 1_000_000 + n): HistoryPoint => ({
  sha: `${n}`.padStart(40, 'a'),
  date: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T00:00:00.000Z`,
  uncompressedBytes: bytes,
  compressedBytes: Math.round(bytes / 2)
})

describe('the size history', () => {
  it('appends this commit to the base branch history, keeping the last 30', () => {
    const previous = Array.from({ length: 30 }, (_, n) => point(n))
    const history = extendHistory(previous, point(30))
    expect(history).toHaveLength(HISTORY_LENGTH)
    expect(history[0]).toEqual(point(1))
    expect(history.at(-1)).toEqual(point(30))
  })

  it('replaces an earlier point of the same commit (a re-run)', () => {
    expect(extendHistory([point(1), point(2)], point(2, 5))).toEqual([
      point(1),
      point(2, 5)
    ])
  })

  it('keeps only well-formed points from a stored report', () => {
    expect(validHistory([point(1), { sha: 'x' }, null, 'nope'])).toEqual([point(1)])
    expect(validHistory(undefined)).toEqual([])
  })

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

describe('a stored report as the baseline', () => {
  const report = {
    ...comparedReport(
      [sideStage('app', 0, image(layer('RUN build', 10)), true)],
      null,
      {},
      {
        B: '2',
        A: '1'
      }
    ),
    head: { ref: 'main', sha: 'b'.repeat(40) }
  }
  const expected: ExpectedBaseline = {
    sha: 'b'.repeat(40),
    dockerfile: 'app/Dockerfile',
    target: 'app',
    platforms: [],
    buildArgs: { A: '1', B: '2' },
    stageSelection: 'all'
  }

  it('fits when it measured the base commit the same way', () => {
    expect(mismatch(report, expected)).toBeNull()
  })

  it.each([
    [{ sha: 'c'.repeat(40) }, /^it is of commit b{12}, not the base c{12}$/],
    [
      { dockerfile: 'other/Dockerfile' },
      /the Dockerfile "app\/Dockerfile", not "other\/Dockerfile"/
    ],
    [{ target: 'web' }, /the target "app", not "web"/],
    [{ platforms: ['linux/arm64'] }, /the platforms \[\], not \["linux\/arm64"\]/],
    [{ buildArgs: { A: '1' } }, /^it was built with the build args A, B, not A$/],
    [
      { buildArgs: { A: '1', B: '3' } },
      /^it was built with other values of the build args A, B$/
    ],
    [{ stageSelection: ['app'] }, /the stages "all", not \["app"\]/]
  ])('does not fit when %j differs', (change, why) => {
    expect(mismatch(report, { ...expected, ...change })).toMatch(why)
  })
})
