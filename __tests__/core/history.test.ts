import { describe, expect, it } from '@jest/globals'
import {
  HISTORY_LENGTH,
  extendHistory,
  validHistory,
  type HistoryPoint
} from '../../src/core/history.js'

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
})
