import { describe, expect, it } from '@jest/globals'
import { parseByteSize } from '../../src/core/bytes.js'
import {
  allowedGrowth,
  parseGrowth,
  parseMaxSize,
  parseMaxWaste,
  parseStageThresholds
} from '../../src/core/threshold.js'

describe('parseByteSize', () => {
  it.each([
    ['1024B', 1024],
    ['500kB', 500_000],
    ['500 kB', 500_000],
    ['20MB', 20_000_000],
    ['1.5GB', 1_500_000_000],
    ['1TB', 1e12],
    ['1KiB', 1024],
    ['512MiB', 512 * 2 ** 20],
    ['1.5GiB', 1.5 * 2 ** 30],
    ['2TiB', 2 * 2 ** 40],
    ['.5kB', 500]
  ])('%p is %d bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes)
  })

  it.each(['', 'MB', '-5MB', '5 megabytes', '5mb', '5KB', '5Mb', '1,000', '5%', '1024'])(
    '%p is not a size',
    text => {
      expect(parseByteSize(text)).toBeNull()
    }
  )
})

describe('parseGrowth', () => {
  it.each([
    ['5%', { kind: 'percent', percent: '5', text: '5%' }],
    ['2.5%', { kind: 'percent', percent: '2.5', text: '2.5%' }],
    [' 10 % ', { kind: 'percent', percent: '10', text: '10 %' }],
    ['500kB', { kind: 'bytes', bytes: 500_000, text: '500kB' }],
    ['1.5GiB', { kind: 'bytes', bytes: 1.5 * 2 ** 30, text: '1.5GiB' }],
    ['1B', { kind: 'bytes', bytes: 1, text: '1B' }],
    ['off', { kind: 'off', text: 'off' }],
    ['OFF', { kind: 'off', text: 'off' }]
  ])('%p reads as %p', (value, growth) => {
    expect(parseGrowth(value, 'threshold')).toEqual(growth)
  })

  it.each(['5 percent', '-5%', '0%', '0B', '5mb', 'five', '', '%'])(
    '%p is refused with the accepted forms',
    value => {
      expect(() => parseGrowth(value, 'threshold')).toThrow(
        `threshold: "${value}" is not a growth limit; use a percentage (5%, 2.5%), a size (500kB, 20MB, 1.5GiB; units B, kB, MB, GB, TB, KiB, MiB, GiB, TiB) or off, above zero (to fail on any growth use 1B)`
      )
    }
  )
})

describe('allowedGrowth', () => {
  it.each([
    ['5%', 1000, 50],
    ['5%', 1019, 50],
    ['5%', 1020, 51],
    ['0.1%', 1_234_567, 1234],
    ['7%', 100, 7],
    ['0.07%', 10_000, 7],
    ['33.3%', 3, 0],
    ['5%', 9_007_199_254_740, 450_359_962_737],
    ['500kB', 1, 500_000],
    ['off', 1000, null]
  ])('%s of %d bytes allows %p bytes of growth', (text, base, allowed) => {
    expect(allowedGrowth(parseGrowth(text as string, 't'), base as number)).toBe(allowed)
  })
})

describe('parseMaxSize', () => {
  it('reads a budget or none', () => {
    expect(parseMaxSize('20MB', 'max-size')).toBe(20_000_000)
    expect(parseMaxSize('', 'max-size')).toBeNull()
  })

  it.each(['0MB', '-1MB', '10%', 'big'])('refuses %p, naming the input', value => {
    expect(() => parseMaxSize(value, 'max-size')).toThrow(
      new RegExp(
        `^max-size: "${value}" is not a size; use a size with its unit \\(e\\.g\\. 20MB`
      )
    )
  })
})

describe('a bare number is neither a size nor a limit', () => {
  it.each([
    [parseGrowth, 'threshold', '5'],
    [parseGrowth, 'warn-threshold', ' 2.5 '],
    [parseMaxWaste, 'max-waste', '10']
  ])('%p refuses %s: %p, suggesting N%% or NB', (parse, input, value) => {
    const number = value.trim()
    expect(() => parse(value, input)).toThrow(
      `${input}: "${number}" has no unit; write ${number}% for a share of the base size, or a size with its unit: ${number}B, ${number}kB, ${number}MB`
    )
  })

  it('max-size: "200" suggests 200MB', () => {
    expect(() => parseMaxSize('200', 'max-size')).toThrow(
      'max-size: "200" has no unit; a size needs one: 200MB, 200MiB, 200kB (or 200B for bytes)'
    )
  })

  it('a stage threshold too, naming the stage', () => {
    expect(() => parseStageThresholds(['builder=5'], 'stage-thresholds')).toThrow(
      'stage-thresholds (builder): "5" has no unit; write 5% for a share'
    )
  })
})

describe('parseStageThresholds', () => {
  it('reads stage=limit lines with stage names in lower case', () => {
    const thresholds = parseStageThresholds(
      ['Builder=10%', '', 'test = 1MB', 'lint=off'],
      'stage-thresholds'
    )
    expect([...thresholds.entries()]).toEqual([
      ['builder', { kind: 'percent', percent: '10', text: '10%' }],
      ['test', { kind: 'bytes', bytes: 1_000_000, text: '1MB' }],
      ['lint', { kind: 'off', text: 'off' }]
    ])
  })

  it('refuses a line without = and a bad limit, naming the stage', () => {
    expect(() => parseStageThresholds(['builder 10%'], 'stage-thresholds')).toThrow(
      /^stage-thresholds: "builder 10%" is not stage=limit; give one per line, e.g. "builder=10%"/
    )
    expect(() => parseStageThresholds(['builder=ten'], 'stage-thresholds')).toThrow(
      /^stage-thresholds \(builder\): "ten" is not a growth limit/
    )
  })
})

describe('parseMaxWaste', () => {
  it('reads a size, a share of the image, or none', () => {
    expect(parseMaxWaste('50MB', 'max-waste')).toEqual({
      kind: 'bytes',
      bytes: 50_000_000,
      text: '50MB'
    })
    expect(parseMaxWaste('10%', 'max-waste')).toEqual({
      kind: 'percent',
      percent: '10',
      text: '10%'
    })
    expect(parseMaxWaste('', 'max-waste')).toBeNull()
    expect(parseMaxWaste('off', 'max-waste')).toBeNull()
  })

  it.each(['0B', '-1MB', '0%', 'lots'])(
    'refuses %p in one line naming the input and the forms',
    value => {
      expect(() => parseMaxWaste(value, 'max-waste')).toThrow(
        new RegExp(
          `^max-waste: "${value}" is not a waste limit; use a size \\(500kB.*a percentage of the image \\(10%\\) or off`
        )
      )
    }
  )
})
