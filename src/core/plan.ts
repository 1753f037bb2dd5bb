import {
  fromChain,
  withStageNames,
  type ParsedDockerfile,
  type Stage
} from './dockerfile.js'
import { UserError } from './errors.js'

export interface StageSelection {
  /** The product stage; the last stage when absent. */
  target?: string
  /** The other stages to measure. */
  stages: 'all' | string[]
  /** What the user calls these options, for error messages (default: the action's inputs). */
  names?: { target: string; stages: string; file: string }
}

export interface PlannedStage {
  stage: Stage
  isTarget: boolean
  /** What to pass to `--target`, or null for the final stage, built without one. */
  buildTarget: string | null
}

export interface BuildPlan {
  /** The stages to build and measure, in Dockerfile order; at most one is the target. */
  stages: PlannedStage[]
  /**
   * The Dockerfile text to build from instead of the user's file (which is never
   * modified), when an unnamed intermediate stage must be targeted; else null.
   */
  namedCopy: string | null
}

/** Decides which stages to build, and how each can be targeted. */
export function planBuild(
  dockerfile: ParsedDockerfile,
  selection: StageSelection,
  path: string
): BuildPlan {
  const { stages } = dockerfile
  const target = selection.target
    ? findStage(stages, selection.target, selection.names?.target ?? 'target', path)
    : stages[stages.length - 1]
  const chosen =
    selection.stages === 'all'
      ? new Set(stages)
      : new Set(
          selection.stages.map(name =>
            findStage(stages, name, selection.names?.stages ?? 'stages', path)
          )
        )
  chosen.add(target)
  return planOf(dockerfile, chosen, target, path, selection.names?.file)
}

/**
 * The base's plan: the stages the head measures, as far as the base has them
 * (with `all`, every base stage). It never refuses a name: a stage only one
 * side has is reported as new or removed.
 */
export function planBase(
  dockerfile: ParsedDockerfile,
  head: BuildPlan,
  stages: 'all' | string[],
  path: string,
  input?: string
): BuildPlan {
  const headNames = new Set(head.stages.map(planned => planned.stage.name))
  const chosen = new Set(
    dockerfile.stages.filter(stage => stages === 'all' || headNames.has(stage.name))
  )
  const target = dockerfile.stages.find(stage => stage.name === targetName(head)) ?? null
  return planOf(dockerfile, chosen, target, path, input)
}

function planOf(
  dockerfile: ParsedDockerfile,
  chosen: ReadonlySet<Stage>,
  target: Stage | null,
  path: string,
  input = 'file'
): BuildPlan {
  const { stages } = dockerfile
  const last = stages[stages.length - 1]
  const selected = stages.filter(stage => chosen.has(stage))
  const needsNames = selected.some(stage => !stage.named && stage !== last)
  if (needsNames) assertNoNameClash(stages, path, input)
  return {
    stages: selected.map(stage => ({
      stage,
      isTarget: stage === target,
      buildTarget: stage.named || needsNames ? stage.name : null
    })),
    namedCopy: needsNames ? withStageNames(dockerfile) : null
  }
}

/** The name of the plan's target stage. */
export function targetName(plan: BuildPlan): string {
  const target = plan.stages.find(planned => planned.isTarget)
  if (!target) throw new Error('the plan has no target stage')
  return target.stage.name
}

/** A stage by name, case-insensitively as BuildKit matches them; `stage-<index>` names an unnamed stage. */
export function findStage(
  stages: readonly Stage[],
  name: string,
  input: string,
  path: string
): Stage {
  const wanted = name.trim().toLowerCase()
  const stage = stages.find(candidate => candidate.name === wanted)
  if (!stage) {
    throw new UserError(
      `${input}: "${name}" is not a stage of ${path}; its stages are: ${stages.map(s => s.name).join(', ')}`
    )
  }
  return stage
}

function assertNoNameClash(stages: readonly Stage[], path: string, input: string): void {
  for (const stage of stages) {
    const clash = stages.find(
      other => other.named && !stage.named && other.name === stage.name
    )
    if (clash) {
      throw new UserError(
        `${input}: stage ${clash.index} of ${path} is named "${clash.name}", the name stage-size gives unnamed stage ${stage.index}; rename it or name stage ${stage.index}`
      )
    }
  }
}

/** Stages in an order where each comes after the stages it depends on (for one-at-a-time builds). */
export function buildOrder(plan: BuildPlan, all: readonly Stage[]): PlannedStage[] {
  const order: PlannedStage[] = []
  const visited = new Set<number>()
  const byIndex = new Map(plan.stages.map(planned => [planned.stage.index, planned]))
  const visit = (index: number): void => {
    if (visited.has(index)) return
    visited.add(index)
    all[index].dependsOn.forEach(visit)
    const planned = byIndex.get(index)
    if (planned) order.push(planned)
  }
  plan.stages.forEach(planned => visit(planned.stage.index))
  return order
}

/** Whether a stage's compressed size is measured: the target's always, the others' as the `compressed` option says. */
export function measuresCompressed(
  stage: PlannedStage,
  compressedStages: 'all' | readonly string[]
): boolean {
  return (
    stage.isTarget ||
    compressedStages === 'all' ||
    compressedStages.includes(stage.stage.name)
  )
}

/**
 * Whether a stage's layers are exported gzip: where its compressed size is
 * measured, and where a stage measured compressed is built on it (FROM), as
 * every layer of it is that stage's too and is gzipped for it anyway: one blob
 * then serves both, not a second, uncompressed one to write, send and read.
 */
export function exportsGzip(
  stage: PlannedStage,
  plan: BuildPlan,
  all: readonly Stage[],
  compressedStages: 'all' | readonly string[]
): boolean {
  // The chain's first entry is the image at its root, never a stage: left out.
  return plan.stages.some(
    other =>
      measuresCompressed(other, compressedStages) &&
      fromChain(other.stage, all).slice(1).includes(stage.stage.name)
  )
}
