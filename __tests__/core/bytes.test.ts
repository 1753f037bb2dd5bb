import { describe, expect, it } from '@jest/globals'
import {
  formatBytes,
  formatExactBytes,
  formatPercentChange,
  formatSignedBytes
} from '../../src/core/bytes.js'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.00 kB'],
    [1234, '1.23 kB'],
    [12_345, '12.3 kB'],
    [123_456, '123 kB'],
    [999_499, '999 kB'],
    [999_999, '1.00 MB'],
    [7_230_000, '7.23 MB'],
    [1_073_741_824, '1.07 GB'],
    [-2_500_000, '-2.50 MB'],
    [-12, '-12 B']
  ])('%d bytes read "%s"', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it('writes exact counts with separators', () => {
    expect(formatExactBytes(1_048_576)).toBe('1,048,576 B')
  })
})

describe('changes', () => {
  it('sign growth and leave shrinking to the minus', () => {
    expect(formatSignedBytes(1_020_000)).toBe('+1.02 MB')
    expect(formatSignedBytes(-10)).toBe('-10 B')
    expect(formatSignedBytes(0)).toBe('0 B')
    expect(formatPercentChange(25.6)).toBe(' (+25.60%)')
    expect(formatPercentChange(-1)).toBe(' (-1.00%)')
    expect(formatPercentChange(null)).toBe('')
  })
})
