import type { Stage } from './dockerfile.js'
import type { ImageStore } from './docker.js'
import type { ImageSize } from './image.js'
import type { BuildPlan } from './plan.js'
import { VERSION } from './version.js'

/** Bumped whenever a field changes meaning or goes away; new fields keep the version. */
export const SCHEMA_VERSION = 1

export interface StageReport {
  name: string
  /** The stage's position in the Dockerfile, from 0. */
  index: number
  isTarget: boolean
  /** False for a stage without `AS name` (its name is then `stage-<index>`). */
  named: boolean
  baseImage: string
  /** Names of the stages this one is built on or copies from. */
  dependsOn: string[]
  head: ImageSize
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  generator: { name: 'stage-size'; version: string }
  dockerfile: string
  context: string
  target: string
  platform: string | null
  engine: { version: string; imageStore: ImageStore; builder: 'buildkit' | 'classic' }
  stages: StageReport[]
}

export interface ReportInput {
  dockerfile: string
  context: string
  platform?: string
  engine: Report['engine']
  plan: BuildPlan
  allStages: readonly Stage[]
  sizes: ReadonlyMap<string, ImageSize>
}

/** The report for one measured checkout; stages in Dockerfile order. */
export function buildReport(input: ReportInput): Report {
  const names = input.allStages.map(stage => stage.name)
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'stage-size', version: VERSION },
    dockerfile: input.dockerfile,
    context: input.context,
    target: input.plan.target.name,
    platform: input.platform ?? null,
    engine: input.engine,
    stages: input.plan.stages.map(({ stage, isTarget }) => ({
      name: stage.name,
      index: stage.index,
      isTarget,
      named: stage.named,
      baseImage: stage.baseImage,
      dependsOn: stage.dependsOn.map(index => names[index]),
      head: sizeOf(input.sizes, stage.name)
    }))
  }
}

function sizeOf(sizes: ReadonlyMap<string, ImageSize>, stage: string): ImageSize {
  const size = sizes.get(stage)
  if (!size) throw new Error(`stage ${stage} was built but not measured`)
  return size
}

export function targetStage(report: Report): StageReport {
  const target = report.stages.find(stage => stage.isTarget)
  if (!target) throw new Error('the report has no target stage')
  return target
}
