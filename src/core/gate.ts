import { formatExactBytes, formatPercentChange } from './bytes.js'
import type { ImageSize } from './image.js'
import { allowedGrowth, type Growth } from './threshold.js'

export type Metric = 'uncompressed' | 'compressed'
export type StageStatus = 'pass' | 'fail' | 'new' | 'removed' | 'unchanged'
export type Verdict = 'pass' | 'warn' | 'fail' | 'no-baseline'

export interface GateSettings {
  /** The size the gate compares. */
  metric: Metric
  /** The target's largest allowed growth. */
  threshold: Growth
  /** Growth past this (but within `threshold`) warns. */
  warnThreshold: Growth | null
  /** The target's absolute budget in bytes. */
  maxSize: number | null
  /** How many bytes the target's layers may waste: a size, or a share of its uncompressed size. */
  maxWaste?: Growth | null
  /** Limits for other stages, by lower-case name; stages without one are not gated. */
  stageThresholds: ReadonlyMap<string, Growth>
}

export interface MeasuredStage {
  name: string
  isTarget: boolean
  size: ImageSize
}

/** A gated stage's limits, as the report and the comment show them. */
export interface Limit {
  /** The threshold as written, or null when off. */
  threshold: string | null
  /** The growth the threshold allows from this base, in bytes; null when unlimited or new. */
  allowedGrowthBytes: number | null
  warnThreshold: string | null
  allowedWarnGrowthBytes: number | null
  maxSizeBytes: number | null
  /** The wasted bytes max-waste allows this image (absent without max-waste). */
  maxWasteBytes?: number | null
}

export interface StageComparison {
  name: string
  isTarget: boolean
  head: ImageSize | null
  base: ImageSize | null
  /** Head minus base in the gated metric; null unless both exist. */
  deltaBytes: number | null
  /** The delta as a percentage of the base, two decimals; null unless both exist and the base is not empty. */
  deltaPercent: number | null
  limit: Limit | null
  status: StageStatus
  /** Grew past the warn threshold but within the threshold. */
  warned: boolean
  /** One sentence for each limit the stage broke or warned about. */
  findings: string[]
  /** With several platforms: each one's status, `warn` for a warned one. */
  platformStatus?: Record<string, StageStatus | 'warn'>
}

export interface Comparison {
  stages: StageComparison[]
  verdict: Verdict
}

/** An image's or a layer's size in the metric. */
export function bytesOf(
  size: Pick<ImageSize, 'uncompressedBytes' | 'compressedBytes'>,
  metric: Metric
): number {
  return metric === 'compressed' ? size.compressedBytes : size.uncompressedBytes
}

/**
 * Compares the head's stages with the base's (null when there is no baseline)
 * and decides each stage's status and the verdict. Shrinking never fails;
 * exactly at a limit passes, one byte over fails.
 */
export function compareStages(
  head: readonly MeasuredStage[],
  base: readonly MeasuredStage[] | null,
  settings: GateSettings
): Comparison {
  const baseByName = new Map((base ?? []).map(stage => [stage.name, stage.size]))
  const headNames = new Set(head.map(stage => stage.name))
  const stages = [
    ...head.map(stage =>
      comparePlatforms(stage, baseByName.get(stage.name) ?? null, base !== null, settings)
    ),
    ...(base ?? [])
      .filter(stage => !headNames.has(stage.name))
      .map(stage => removedStage(stage))
  ]
  return { stages, verdict: verdictOf(stages, base !== null) }
}

/**
 * A stage built for several platforms is held to its limits on each: its
 * numbers are the first platform's, its status the worst platform's, and its
 * findings name the platform.
 */
function comparePlatforms(
  stage: MeasuredStage,
  base: ImageSize | null,
  hasBaseline: boolean,
  settings: GateSettings
): StageComparison {
  const first = compareStage(stage, base, hasBaseline, settings)
  const platforms = stage.size.platforms
  if (!platforms) return first
  const each = Object.entries(platforms).map(([platform, size]) =>
    compareStage(
      { ...stage, name: `${stage.name} (${platform})`, size },
      base?.platforms?.[platform] ?? null,
      hasBaseline,
      settings
    )
  )
  const statuses = each.map(comparison => comparison.status)
  const status = statuses.includes('fail')
    ? 'fail'
    : statuses.every(one => one === 'unchanged')
      ? 'unchanged'
      : first.status === 'new'
        ? 'new'
        : 'pass'
  return {
    ...first,
    status,
    warned: status !== 'fail' && each.some(comparison => comparison.warned),
    findings: each.flatMap(comparison => comparison.findings),
    platformStatus: Object.fromEntries(
      Object.keys(platforms).map((platform, at) => [
        platform,
        each[at].warned ? 'warn' : each[at].status
      ])
    )
  }
}

function compareStage(
  stage: MeasuredStage,
  base: ImageSize | null,
  hasBaseline: boolean,
  settings: GateSettings
): StageComparison {
  const growth = stage.isTarget
    ? settings.threshold
    : settings.stageThresholds.get(stage.name)
  const gated = stage.isTarget || growth !== undefined
  const headBytes = bytesOf(stage.size, settings.metric)
  const baseBytes = base ? bytesOf(base, settings.metric) : null
  const deltaBytes = baseBytes === null ? null : headBytes - baseBytes
  const deltaPercent =
    deltaBytes === null || !baseBytes ? null : round2((deltaBytes / baseBytes) * 100)
  const limit = gated ? limitFor(stage, growth ?? null, baseBytes, settings) : null
  const sizes = { headBytes, baseBytes, deltaBytes, deltaPercent }
  const { failed, warned, findings } = judge(stage.name, sizes, limit, settings.metric)
  const waste = judgeWaste(stage, limit)
  if (waste) findings.push(waste)
  return {
    name: stage.name,
    isTarget: stage.isTarget,
    head: stage.size,
    base,
    deltaBytes,
    deltaPercent,
    limit,
    status:
      failed || waste
        ? 'fail'
        : hasBaseline && base === null
          ? 'new'
          : deltaBytes === 0
            ? 'unchanged'
            : 'pass',
    warned,
    findings
  }
}

interface StageSizes {
  headBytes: number
  baseBytes: number | null
  deltaBytes: number | null
  deltaPercent: number | null
}

/** Holds a stage's sizes against its limit: whether it fails or warns, and why, in words. */
function judge(
  name: string,
  { headBytes, baseBytes, deltaBytes, deltaPercent }: StageSizes,
  limit: Limit | null,
  metric: Metric
): { failed: boolean; warned: boolean; findings: string[] } {
  const findings: string[] = []
  let failed = false
  let warned = false
  if (limit && deltaBytes !== null && baseBytes !== null) {
    const grew = () => growthText(deltaBytes, deltaPercent, baseBytes, headBytes, metric)
    if (limit.allowedGrowthBytes !== null && deltaBytes > limit.allowedGrowthBytes) {
      failed = true
      findings.push(
        `${name} grew by ${grew()}, over the ${limit.threshold} threshold (at most +${formatExactBytes(limit.allowedGrowthBytes)})`
      )
    } else if (
      limit.allowedWarnGrowthBytes !== null &&
      deltaBytes > limit.allowedWarnGrowthBytes
    ) {
      warned = true
      findings.push(
        `${name} grew by ${grew()}, over the ${limit.warnThreshold} warn threshold (within the ${limit.threshold ?? 'off'} threshold)`
      )
    }
  }
  if (limit?.maxSizeBytes != null && headBytes > limit.maxSizeBytes) {
    failed = true
    findings.push(
      `${name} is ${formatExactBytes(headBytes)} ${metric}, over the max-size of ${formatExactBytes(limit.maxSizeBytes)}`
    )
  }
  return { failed, warned, findings }
}

/** A target that wastes more than max-waste allows fails, in one sentence. */
function judgeWaste(stage: MeasuredStage, limit: Limit | null): string | null {
  const allowed = limit?.maxWasteBytes
  const wasted = stage.size.wastedBytes
  if (allowed == null || wasted === undefined || wasted <= allowed) return null
  return `${stage.name} wastes ${formatExactBytes(wasted)} (bytes its layers store but its filesystem does not show), over the max-waste of ${formatExactBytes(allowed)}`
}

function limitFor(
  { isTarget, size }: MeasuredStage,
  growth: Growth | null,
  baseBytes: number | null,
  settings: GateSettings
): Limit {
  const warn = isTarget ? settings.warnThreshold : null
  const allowed = (limit: Growth | null) =>
    limit === null || baseBytes === null ? null : allowedGrowth(limit, baseBytes)
  return {
    threshold: growth && growth.kind !== 'off' ? growth.text : null,
    allowedGrowthBytes: allowed(growth),
    warnThreshold: warn && warn.kind !== 'off' ? warn.text : null,
    allowedWarnGrowthBytes: allowed(warn),
    maxSizeBytes: isTarget ? settings.maxSize : null,
    ...(isTarget && settings.maxWaste
      ? { maxWasteBytes: allowedGrowth(settings.maxWaste, size.uncompressedBytes) }
      : {})
  }
}

function removedStage(stage: MeasuredStage): StageComparison {
  return {
    name: stage.name,
    isTarget: false,
    head: null,
    base: stage.size,
    deltaBytes: null,
    deltaPercent: null,
    limit: null,
    status: 'removed',
    warned: false,
    findings: []
  }
}

function verdictOf(stages: StageComparison[], hasBaseline: boolean): Verdict {
  if (stages.some(stage => stage.status === 'fail')) return 'fail'
  if (!hasBaseline) return 'no-baseline'
  return stages.some(stage => stage.warned) ? 'warn' : 'pass'
}

function growthText(
  delta: number,
  percent: number | null,
  base: number,
  head: number,
  metric: Metric
): string {
  return `${formatExactBytes(delta)}${formatPercentChange(percent)}: ${formatExactBytes(base)} → ${formatExactBytes(head)} ${metric}`
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

type Judged = Pick<StageComparison, 'status' | 'warned' | 'findings'>

/** The step's failure (or warning) message: every failing stage, with its numbers and limit. */
export function gateMessage(stages: readonly Judged[]): string {
  const findings = stages
    .filter(stage => stage.status === 'fail')
    .flatMap(stage => stage.findings)
  return `Image size check failed: ${findings.join('; ')}`
}

export interface Outcome {
  /** Why the run fails, or null when it passes. */
  failure: string | null
  warnings: string[]
}

/**
 * What the verdict means for the step: a failing gate fails it (or only warns
 * with fail-on-regression false); a warn verdict warns; no baseline fails only
 * with fail-on-missing-baseline.
 */
export function outcomeOf(
  result: {
    verdict: Verdict
    stages: readonly Judged[]
    noBaselineReason: string | null
  },
  policy: { failOnRegression: boolean; failOnMissingBaseline: boolean }
): Outcome {
  const warnings = result.stages
    .filter(stage => stage.warned)
    .flatMap(stage => stage.findings)
  if (result.verdict === 'fail') {
    const message = gateMessage(result.stages)
    return policy.failOnRegression
      ? { failure: message, warnings }
      : {
          failure: null,
          warnings: [...warnings, `${message} (fail-on-regression is false)`]
        }
  }
  if (result.verdict === 'no-baseline' && policy.failOnMissingBaseline) {
    return {
      failure: `No baseline to compare with (${result.noBaselineReason}), and fail-on-missing-baseline is true`,
      warnings
    }
  }
  return { failure: null, warnings }
}
