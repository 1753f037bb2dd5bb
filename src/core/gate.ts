import { UserError } from './errors.js'
import { limitFor } from './gate-rules.js'
import type { ImageSize } from './image.js'
import { bytesOf, type GateSettings, type Limit, type MeasuredStage } from './limits.js'
import { allowedGrowth } from './threshold.js'

export type StageStatus = 'pass' | 'fail' | 'new' | 'removed' | 'unchanged'
export type Verdict = 'pass' | 'warn' | 'fail' | 'no-baseline'

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
  const headBytes = bytesOf(stage.size, settings.metric)
  if (headBytes === null) return unmeasuredIn(stage, base, hasBaseline, settings)
  const baseBytes = base ? bytesOf(base, settings.metric) : null
  const deltaBytes = baseBytes === null ? null : headBytes - baseBytes
  const deltaPercent =
    deltaBytes === null || !baseBytes ? null : round2((deltaBytes / baseBytes) * 100)
  const held = limitFor(stage, baseBytes, settings)
  const sizes = { headBytes, baseBytes, deltaBytes, deltaPercent }
  const judgements = (held?.rules ?? []).flatMap(rule => {
    const judgement = held && rule.evaluate(stage, sizes, held.limit, settings.metric)
    return judgement ? [judgement] : []
  })
  const failed = judgements.some(judgement => judgement.effect === 'fail')
  return {
    name: stage.name,
    isTarget: stage.isTarget,
    head: stage.size,
    base,
    deltaBytes,
    deltaPercent,
    limit: held?.limit ?? null,
    status: failed
      ? 'fail'
      : hasBaseline && base === null
        ? 'new'
        : belowNoise(deltaBytes, baseBytes, settings)
          ? 'unchanged'
          : 'pass',
    warned: judgements.some(judgement => judgement.effect === 'warn'),
    findings: judgements.map(judgement => judgement.finding)
  }
}

/** Whether a change is none, or smaller than the minimum change that counts. */
function belowNoise(
  deltaBytes: number | null,
  baseBytes: number | null,
  { minimumChange }: GateSettings
): boolean {
  if (deltaBytes === 0) return true
  if (deltaBytes === null || baseBytes === null || !minimumChange) return false
  const floor = allowedGrowth(minimumChange, baseBytes)
  return floor !== null && Math.abs(deltaBytes) < floor
}

/**
 * A stage without the gated metric's figure (its compressed size was not asked
 * for, as no limit holds it): no change in that metric, its status read from
 * its files' bytes. A stage a limit holds always has the figure.
 */
function unmeasuredIn(
  stage: MeasuredStage,
  base: ImageSize | null,
  hasBaseline: boolean,
  settings: GateSettings
): StageComparison {
  if (limitFor(stage, null, settings)) {
    throw new UserError(
      `metric: stage ${stage.name} has a limit on ${settings.metric} bytes, but was measured without a compressed size (compressed: target measures only the target's and those of stages a limit on compressed bytes holds); measure it with compressed: all, or set metric: uncompressed`
    )
  }
  const same = base !== null && base.uncompressedBytes === stage.size.uncompressedBytes
  return {
    name: stage.name,
    isTarget: stage.isTarget,
    head: stage.size,
    base,
    deltaBytes: null,
    deltaPercent: null,
    limit: null,
    status: hasBaseline && base === null ? 'new' : same ? 'unchanged' : 'pass',
    warned: false,
    findings: []
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
