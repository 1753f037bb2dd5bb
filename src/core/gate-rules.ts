import { formatExactBytes, formatPercentChange } from './bytes.js'
import type { GateSettings, Limit, MeasuredStage, Metric } from './limits.js'
import { allowedGrowth, type Growth } from './threshold.js'

/** A stage's sizes in the gated metric, against its base. */
export interface StageSizes {
  headBytes: number
  baseBytes: number | null
  deltaBytes: number | null
  deltaPercent: number | null
}

/** What a rule says of a stage: it fails or warns, and why, in one sentence. */
export interface Judgement {
  effect: 'fail' | 'warn'
  finding: string
}

/**
 * One limit a stage can be held to (dive's `ci` rules are the model): whether
 * it holds this stage, its part of the stage's Limit (as the report and the
 * comment show it), and what the stage's sizes say against it.
 */
export interface GateRule {
  key: 'threshold' | 'stage-threshold' | 'warn-threshold' | 'max-size' | 'max-waste'
  applies(stage: MeasuredStage, settings: GateSettings): boolean
  limit(
    stage: MeasuredStage,
    baseBytes: number | null,
    settings: GateSettings
  ): Partial<Limit>
  evaluate(
    stage: MeasuredStage,
    sizes: StageSizes,
    limit: Limit,
    metric: Metric
  ): Judgement | null
}

/** The growth a limit allows from this base; null when unlimited, or when there is no base. */
const allowed = (growth: Growth | null | undefined, baseBytes: number | null) =>
  !growth || baseBytes === null ? null : allowedGrowth(growth, baseBytes)

const written = (growth: Growth | null | undefined) =>
  growth && growth.kind !== 'off' ? growth.text : null

function growthText(sizes: StageSizes, metric: Metric): string {
  const { deltaBytes, deltaPercent, baseBytes, headBytes } = sizes
  return `${formatExactBytes(deltaBytes ?? 0)}${formatPercentChange(deltaPercent)}: ${formatExactBytes(baseBytes ?? 0)} → ${formatExactBytes(headBytes)} ${metric}`
}

/** Growth past the allowed bytes fails: the target's threshold, or another stage's own limit. */
function overGrowth(
  stage: MeasuredStage,
  sizes: StageSizes,
  limit: Limit,
  metric: Metric
) {
  const room = limit.allowedGrowthBytes
  if (room === null || sizes.deltaBytes === null || sizes.deltaBytes <= room) return null
  return {
    effect: 'fail' as const,
    finding: `${stage.name} grew by ${growthText(sizes, metric)}, over the ${limit.threshold} threshold (at most +${formatExactBytes(room)})`
  }
}

const growth: GateRule = {
  key: 'threshold',
  applies: stage => stage.isTarget,
  limit: (_, baseBytes, settings) => ({
    threshold: written(settings.threshold),
    allowedGrowthBytes: allowed(settings.threshold, baseBytes)
  }),
  evaluate: overGrowth
}

const stageLimit: GateRule = {
  key: 'stage-threshold',
  applies: (stage, settings) =>
    !stage.isTarget && settings.stageThresholds.has(stage.name),
  limit: (stage, baseBytes, settings) => {
    const limit = settings.stageThresholds.get(stage.name)
    return { threshold: written(limit), allowedGrowthBytes: allowed(limit, baseBytes) }
  },
  evaluate: overGrowth
}

/** Growth past the warn threshold but within the threshold warns. */
const warn: GateRule = {
  key: 'warn-threshold',
  applies: stage => stage.isTarget,
  limit: (_, baseBytes, settings) => ({
    warnThreshold: written(settings.warnThreshold),
    allowedWarnGrowthBytes: allowed(settings.warnThreshold, baseBytes)
  }),
  evaluate: (stage, sizes, limit, metric) => {
    const { deltaBytes } = sizes
    const room = limit.allowedWarnGrowthBytes
    if (room === null || deltaBytes === null || sizes.baseBytes === null) return null
    const overThreshold =
      limit.allowedGrowthBytes !== null && deltaBytes > limit.allowedGrowthBytes
    if (overThreshold || deltaBytes <= room) return null
    return {
      effect: 'warn',
      finding: `${stage.name} grew by ${growthText(sizes, metric)}, over the ${limit.warnThreshold} warn threshold (within the ${limit.threshold ?? 'off'} threshold)`
    }
  }
}

const maxSize: GateRule = {
  key: 'max-size',
  applies: stage => stage.isTarget,
  limit: (_, __, settings) => ({ maxSizeBytes: settings.maxSize }),
  evaluate: (stage, { headBytes }, limit, metric) =>
    limit.maxSizeBytes !== null && headBytes > limit.maxSizeBytes
      ? {
          effect: 'fail',
          finding: `${stage.name} is ${formatExactBytes(headBytes)} ${metric}, over the max-size of ${formatExactBytes(limit.maxSizeBytes)}`
        }
      : null
}

/** A target that wastes more than max-waste allows (of its uncompressed size) fails. */
const maxWaste: GateRule = {
  key: 'max-waste',
  applies: (stage, settings) => stage.isTarget && Boolean(settings.maxWaste),
  limit: ({ size }, _, settings) => ({
    maxWasteBytes: allowedGrowth(settings.maxWaste as Growth, size.uncompressedBytes)
  }),
  evaluate: (stage, _, limit) => {
    const room = limit.maxWasteBytes
    const wasted = stage.size.wastedBytes
    if (room == null || wasted === undefined || wasted <= room) return null
    return {
      effect: 'fail',
      finding: `${stage.name} wastes ${formatExactBytes(wasted)} (bytes its layers store but its filesystem does not show), over the max-waste of ${formatExactBytes(room)}`
    }
  }
}

/** Every limit, in the order their findings are told. The next limit is one rule here. */
export const GATE_RULES: readonly GateRule[] = [
  growth,
  stageLimit,
  warn,
  maxSize,
  maxWaste
]

/** The stage's limit: each rule that holds it adds its part; null for a stage no rule holds. */
export function limitFor(
  stage: MeasuredStage,
  baseBytes: number | null,
  settings: GateSettings
): { limit: Limit; rules: GateRule[] } | null {
  const rules = GATE_RULES.filter(rule => rule.applies(stage, settings))
  if (rules.length === 0) return null
  const limit: Limit = {
    threshold: null,
    allowedGrowthBytes: null,
    warnThreshold: null,
    allowedWarnGrowthBytes: null,
    maxSizeBytes: null
  }
  for (const rule of rules) Object.assign(limit, rule.limit(stage, baseBytes, settings))
  return { limit, rules }
}
