import { describe, expect, it } from '@jest/globals'
import { compareStages, gateMessage } from '../../src/core/gate.js'
import { type GateSettings, type MeasuredStage } from '../../src/core/limits.js'
import type { ImageSize } from '../../src/core/image.js'
import {
  parseGrowth,
  parseMaxWaste,
  parseMinimumChange
} from '../../src/core/threshold.js'

const size = (
  uncompressedBytes: number,
  compressedBytes = Math.round(uncompressedBytes / 2)
): ImageSize => ({
  uncompressedBytes,
  compressedBytes,
  layers: []
})
const stage = (
  name: string,
  bytes: number,
  isTarget = false,
  compressed?: number
): MeasuredStage => ({
  name,
  isTarget,
  size: size(bytes, compressed)
})

const settings = (overrides: Partial<GateSettings> = {}): GateSettings => ({
  metric: 'uncompressed',
  threshold: parseGrowth('5%', 'threshold'),
  warnThreshold: null,
  maxSize: null,
  stageThresholds: new Map(),
  ...overrides
})

/** The target's status and the verdict, for a base and a head size of the target. */
function gate(
  baseBytes: number,
  headBytes: number,
  overrides: Partial<GateSettings> = {}
) {
  const result = compareStages(
    [stage('app', headBytes, true)],
    [stage('app', baseBytes, true)],
    settings(overrides)
  )
  return [result.stages[0].status, result.verdict]
}

describe('the gate on the target', () => {
  it.each([
    ['growth under the threshold passes', 1000, 1049, {}, ['pass', 'pass']],
    ['exactly at the threshold passes', 1000, 1050, {}, ['pass', 'pass']],
    ['one byte over fails', 1000, 1051, {}, ['fail', 'fail']],
    ['shrinking passes', 1000, 10, {}, ['pass', 'pass']],
    ['no change is unchanged', 1000, 1000, {}, ['unchanged', 'pass']],
    [
      'a byte threshold: at it passes',
      1000,
      1500,
      { threshold: parseGrowth('500B', 't') },
      ['pass', 'pass']
    ],
    [
      'a byte threshold: one over fails',
      1000,
      1501,
      { threshold: parseGrowth('500B', 't') },
      ['fail', 'fail']
    ],
    [
      'threshold off never fails on growth',
      1000,
      1_000_000,
      { threshold: parseGrowth('off', 't') },
      ['pass', 'pass']
    ],
    ['at max-size passes', 1000, 1040, { maxSize: 1040 }, ['pass', 'pass']],
    ['one byte over max-size fails', 1000, 1041, { maxSize: 1040 }, ['fail', 'fail']],
    [
      'max-size fails even when shrinking',
      2000,
      1500,
      { maxSize: 1000 },
      ['fail', 'fail']
    ],
    [
      'past the warn threshold but within the threshold warns',
      1000,
      1030,
      { warnThreshold: parseGrowth('2%', 'w') },
      ['pass', 'warn']
    ],
    [
      'at the warn threshold passes',
      1000,
      1020,
      { warnThreshold: parseGrowth('2%', 'w') },
      ['pass', 'pass']
    ],
    [
      'past both fails',
      1000,
      1051,
      { warnThreshold: parseGrowth('2%', 'w') },
      ['fail', 'fail']
    ]
  ])('%s', (_name, base, head, overrides, expected) => {
    expect(gate(base, head, overrides)).toEqual(expected)
  })

  it('compares the compressed size when metric is compressed', () => {
    const compare = (metric: GateSettings['metric']) =>
      compareStages(
        [stage('app', 2000, true, 500)],
        [stage('app', 1000, true, 500)],
        settings({ metric })
      ).stages[0]
    expect(compare('uncompressed')).toMatchObject({
      status: 'fail',
      deltaBytes: 1000,
      deltaPercent: 100
    })
    expect(compare('compressed')).toMatchObject({
      status: 'unchanged',
      deltaBytes: 0,
      deltaPercent: 0
    })
  })
})

describe('a stage measured without its compressed size', () => {
  const uncompressedOnly = (name: string, bytes: number): MeasuredStage => ({
    name,
    isTarget: false,
    size: { uncompressedBytes: bytes, compressedBytes: null, layers: [] }
  })

  it('has no compressed change; its status comes from its files', () => {
    const result = compareStages(
      [
        uncompressedOnly('tools', 900),
        uncompressedOnly('lint', 10),
        stage('app', 1000, true)
      ],
      [
        uncompressedOnly('tools', 800),
        uncompressedOnly('lint', 10),
        stage('app', 1000, true)
      ],
      settings({ metric: 'compressed' })
    )
    expect(result.stages.map(s => [s.name, s.status, s.deltaBytes])).toEqual([
      ['tools', 'pass', null],
      ['lint', 'unchanged', null],
      ['app', 'unchanged', 0]
    ])
    expect(result.verdict).toBe('pass')
  })

  it('held by a limit on compressed bytes, is refused in one line naming the way out', () => {
    expect(() =>
      compareStages(
        [uncompressedOnly('tools', 900), stage('app', 1000, true)],
        [uncompressedOnly('tools', 800), stage('app', 1000, true)],
        settings({
          metric: 'compressed',
          stageThresholds: new Map([['tools', parseGrowth('5%', 'stage-threshold')]])
        })
      )
    ).toThrow(
      /^metric: stage tools has a limit on compressed bytes, but was measured without a compressed size .*; measure it with compressed: all, or set metric: uncompressed$/
    )
  })
})

describe('compareStages', () => {
  it('gates other stages only through stage-thresholds, and reports new and removed stages', () => {
    const result = compareStages(
      [
        stage('builder', 5000),
        stage('test', 9000),
        stage('lint', 10),
        stage('app', 1000, true)
      ],
      [
        stage('builder', 1000),
        stage('test', 1000),
        stage('docs', 50),
        stage('app', 1000, true)
      ],
      settings({ stageThresholds: new Map([['builder', parseGrowth('10%', 's')]]) })
    )
    expect(
      result.stages.map(s => [s.name, s.status, s.deltaBytes, s.limit?.threshold ?? null])
    ).toEqual([
      ['builder', 'fail', 4000, '10%'],
      ['test', 'pass', 8000, null],
      ['lint', 'new', null, null],
      ['app', 'unchanged', 0, '5%'],
      ['docs', 'removed', null, null]
    ])
    expect(result.verdict).toBe('fail')
    expect(result.stages[4]).toMatchObject({ head: null, base: size(50) })
  })

  it('states the limit of a gated stage in bytes for its base', () => {
    const result = compareStages(
      [stage('app', 1100, true)],
      [stage('app', 1000, true)],
      settings({
        warnThreshold: parseGrowth('1%', 'w'),
        maxSize: 2_000_000
      })
    )
    expect(result.stages[0].limit).toEqual({
      threshold: '5%',
      allowedGrowthBytes: 50,
      warnThreshold: '1%',
      allowedWarnGrowthBytes: 10,
      maxSizeBytes: 2_000_000
    })
    expect(result.stages[0].deltaPercent).toBe(10)
  })

  it('without a baseline: no-baseline, unless max-size fails', () => {
    const alone = compareStages([stage('app', 1000, true)], null, settings())
    expect(alone.verdict).toBe('no-baseline')
    expect(alone.stages[0]).toMatchObject({
      status: 'pass',
      base: null,
      deltaBytes: null,
      deltaPercent: null
    })
    expect(
      compareStages([stage('app', 1000, true)], null, settings({ maxSize: 999 })).verdict
    ).toBe('fail')
  })

  it('a new target is not gated on growth, only on max-size', () => {
    const base = [stage('old', 10)]
    expect(
      compareStages([stage('app', 1_000_000, true)], base, settings()).stages[0].status
    ).toBe('new')
    expect(
      compareStages([stage('app', 1_000_000, true)], base, settings({ maxSize: 10 }))
        .stages[0].status
    ).toBe('fail')
  })

  it('growth from an empty base has no percentage and fails a percentage threshold', () => {
    const result = compareStages(
      [stage('app', 1, true)],
      [stage('app', 0, true)],
      settings()
    )
    expect(result.stages[0]).toMatchObject({
      status: 'fail',
      deltaBytes: 1,
      deltaPercent: null
    })
  })
})

describe('gateMessage', () => {
  it('names each failing stage with its base and head sizes, the growth and the limit', () => {
    const result = compareStages(
      [stage('builder', 2_000_000), stage('app', 1_300_000, true)],
      [stage('builder', 1_000_000), stage('app', 1_000_000, true)],
      settings({
        stageThresholds: new Map([['builder', parseGrowth('50%', 's')]]),
        maxSize: 1_200_000
      })
    )
    expect(gateMessage(result.stages)).toBe(
      'Image size check failed: ' +
        'builder grew by 1,000,000 B (+100.00%): 1,000,000 B → 2,000,000 B uncompressed, over the 50% threshold (at most +500,000 B); ' +
        'app grew by 300,000 B (+30.00%): 1,000,000 B → 1,300,000 B uncompressed, over the 5% threshold (at most +50,000 B); ' +
        'app is 1,300,000 B uncompressed, over the max-size of 1,200,000 B'
    )
  })
})

describe('max-waste', () => {
  const wasting = (wastedBytes: number, isTarget = true): MeasuredStage => ({
    name: 'app',
    isTarget,
    size: { ...size(10_000), wastedBytes }
  })
  const judged = (stageNow: MeasuredStage, maxWaste: string) =>
    compareStages([stageNow], [stage('app', 10_000, stageNow.isTarget)], {
      ...settings(),
      maxWaste: parseMaxWaste(maxWaste, 'max-waste'),
      stageThresholds: new Map([['app', parseGrowth('5%', 's')]])
    }).stages[0]

  it('fails a target wasting one byte more than a size allows, with the numbers', () => {
    expect(judged(wasting(1000), '1000B').status).toBe('unchanged')
    const over = judged(wasting(1001), '1000B')
    expect(over.status).toBe('fail')
    expect(over.limit?.maxWasteBytes).toBe(1000)
    expect(over.findings).toEqual([
      'app wastes 1,001 B (bytes its layers store but its filesystem does not show), over the max-waste of 1,000 B'
    ])
  })

  it('reads a percentage as a share of the image, and leaves other stages alone', () => {
    expect(judged(wasting(1000), '10%').status).toBe('unchanged')
    expect(judged(wasting(1001), '10%').status).toBe('fail')
    expect(judged(wasting(9000, false), '10%').status).toBe('unchanged')
  })
})

describe('minimum-change, the noise floor', () => {
  const floor = (text: string) => ({
    minimumChange: parseMinimumChange(text, 'minimum-change')
  })

  it.each([
    [
      'a 500-byte change under a 1kB floor is unchanged',
      100_000,
      100_500,
      floor('1kB'),
      ['unchanged', 'pass']
    ],
    [
      'a 500-byte change over a 400B floor counts',
      100_000,
      100_500,
      floor('400B'),
      ['pass', 'pass']
    ],
    [
      'a 500-byte shrink under the floor is unchanged too',
      100_000,
      99_500,
      floor('1kB'),
      ['unchanged', 'pass']
    ],
    [
      'a share of the stage: 500 B of 100 kB is under 1%',
      100_000,
      100_500,
      floor('1%'),
      ['unchanged', 'pass']
    ],
    ['and over 0.1%', 100_000, 100_500, floor('0.1%'), ['pass', 'pass']],
    ['0, the default, counts every byte', 100_000, 100_001, floor('0'), ['pass', 'pass']]
  ])('%s', (_, base, head, overrides, expected) => {
    expect(gate(base, head, overrides)).toEqual(expected)
  })

  it('never hides a failure: a change over the threshold fails whatever the floor', () => {
    expect(
      gate(1000, 1100, { ...floor('1kB'), threshold: parseGrowth('5%', 't') })
    ).toEqual(['fail', 'fail'])
  })

  it('is refused in one line when it is no size or share', () => {
    expect(() => parseMinimumChange('500', 'minimum-change')).toThrow(
      /^minimum-change: "500" has no unit; write 500% .* 500B/
    )
    expect(() => parseMinimumChange('lots', 'minimum-change')).toThrow(
      /^minimum-change: "lots" is not a minimum change; use a size/
    )
  })
})
