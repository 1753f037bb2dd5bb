import type { Stage } from './dockerfile.js'
import { compareStages, type StageComparison, type Verdict } from './gate.js'
import { type GateSettings, type MeasuredStage, type Metric } from './limits.js'
import type { ImageSize } from './image.js'
import type { BuildPlan } from './plan.js'
import { extendHistory, type HistoryPoint } from './history.js'
import { VERSION } from './version.js'
import { buildArgsDigest } from './build-args.js'
import type { BuildControls } from './options/build-controls.js'
import type { FileChanges } from './file-changes.js'

/** Where the engine keeps images: its own store, or containerd's (Docker 29's default). */
export type ImageStore = 'classic' | 'containerd'

/**
 * Bumped whenever a field changes meaning or goes away; new fields keep the
 * version. 2: `buildArgs` (the values) gave way to `buildArgNames` and
 * `buildArgsDigest`, so no build-arg value is ever written.
 */
export const SCHEMA_VERSION = 3
/** The versions read back: 2 is 3 with every compressed size present. */
export const READABLE_SCHEMA_VERSIONS: readonly unknown[] = [2, SCHEMA_VERSION]

/** A stage as one checkout's Dockerfile declares it. */
export interface StageInfo {
  name: string
  /** The stage's position in the Dockerfile, from 0. */
  index: number
  isTarget: boolean
  /** False for a stage without `AS name` (its name is then `stage-<index>`). */
  named: boolean
  baseImage: string
  /** Names of the stages this one is built on or copies from. */
  dependsOn: string[]
}

/** A stage of one checkout with its measured image. */
export interface SideStage extends StageInfo, MeasuredStage {}

/** A stage in the report: as declared, with both sides' images compared and gated. */
export interface StageReport
  extends StageInfo, Omit<StageComparison, 'name' | 'isTarget'> {
  /** Which files changed (the first platform's), when both sides' layers were read here. */
  fileChanges?: FileChanges
}

export interface CommitRef {
  ref: string | null
  sha: string | null
}

/** The pull request a run measured, for the comment (and for posting it later from the report). */
export interface PullRequestRef {
  number: number
  /** The PR head commit the run measured; a comment is only written while it is still the head. */
  headSha: string
}

export interface BaseRef extends CommitRef {
  /** Why this is the base. */
  reason: string
  /**
   * `build`: the base commit was built in this run; `report`: read from
   * baseline-report; `artifact`: the report the base commit's own run uploaded.
   */
  source: 'build' | 'report' | 'artifact'
  /** With `artifact`: the run that measured the base and uploaded its report. */
  run?: { id: number; url: string }
}

/** A buildx builder as `docker buildx inspect` describes it. */
export interface BuildxBuilder {
  name: string | null
  /** `docker`, `docker-container`, `remote`, `kubernetes`, `cloud`. */
  driver: string | null
  nodes: { name: string; buildkit: string | null; platforms: string[] }[]
}

/**
 * How the stages were built besides context, Dockerfile, args and caches
 * (build-push-action's controls), as the user wrote them; ssh sources by id
 * only (their paths are this machine's).
 */
export interface BuildOptionsReport {
  ssh: string[]
  buildContexts: Record<string, string>
  network: string | null
  addHosts: string[]
  noCache: boolean
  noCacheFilters: string[]
  pull: boolean
  shmSize: string | null
  ulimits: string[]
  allow: string[]
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  generator: { name: 'stage-size'; version: string }
  dockerfile: string
  context: string
  target: string
  platform: string | null
  /** Every platform built, the first being `platform`'s; empty for the engine's own. */
  platforms: string[]
  engine: {
    version: string
    imageStore: ImageStore
    builder: 'buildkit' | 'classic'
    /**
     * How the images reached the measurer: pushed by BuildKit or loaded then
     * pushed by the engine to the registry on this machine, or sent through
     * the build session as OCI archives (an engine elsewhere); null when
     * nothing was built.
     */
    delivery?: 'registry-push' | 'registry-load' | 'oci' | null
    /** The buildx builder that built the stages; null with the classic builder (absent before 0.1.0's builders). */
    buildxBuilder?: BuildxBuilder | null
  }
  head: CommitRef | null
  pullRequest: PullRequestRef | null
  base: BaseRef | null
  /** Why there is no baseline, when there is none. */
  noBaselineReason: string | null
  /** The size the gate compared. */
  metric: Metric
  verdict: Verdict
  /** The head's stages in Dockerfile order, then the stages only the base has. */
  stages: StageReport[]
  /** The names of the build arguments the stages were built with, sorted; never their values. */
  buildArgNames: string[]
  /** Equal for equal build arguments (see `buildArgsDigest`), so a stored baseline can be matched. */
  buildArgsDigest: string
  /** The stages asked for besides the target (the `stages` option). */
  stageSelection: 'all' | string[]
  /** Absent in reports written before these controls existed: none of them was used. */
  buildOptions?: BuildOptionsReport
  /** The target's sizes on its branch, oldest first, this commit last (at most 30). */
  history: HistoryPoint[]
}

/** One checkout's stages with their sizes, in Dockerfile order. */
export function sideStages(
  plan: BuildPlan,
  allStages: readonly Stage[],
  sizes: ReadonlyMap<string, ImageSize>
): SideStage[] {
  return plan.stages.map(({ stage, isTarget }) => {
    const size = sizes.get(stage.name)
    if (!size) throw new Error(`stage ${stage.name} was built but not measured`)
    return {
      name: stage.name,
      index: stage.index,
      isTarget,
      named: stage.named,
      baseImage: stage.baseImage,
      dependsOn: stage.dependsOn.map(index => allStages[index].name),
      size
    }
  })
}

/** The stages a report measured at its head: how a baseline report is read back. */
export function reportedStages(report: Report): SideStage[] {
  return report.stages.flatMap(({ head, ...stage }) =>
    head ? [{ ...infoOf(stage), size: head }] : []
  )
}

export interface ReportInput {
  dockerfile: string
  buildArgs: Readonly<Record<string, string>>
  buildControls: BuildControls
  stageSelection: 'all' | string[]
  /** The branch's history up to the base (from the base's stored report), or none. */
  baseHistory: readonly HistoryPoint[]
  context: string
  platforms: readonly string[]
  engine: Report['engine']
  target: string
  head: CommitRef | null
  pullRequest: PullRequestRef | null
  headStages: SideStage[]
  /** The base's stages, or why there are none. */
  base: { ref: BaseRef; stages: SideStage[] } | { missing: string }
  gate: GateSettings
  /** Which files changed, by stage name, for the stages where it is known. */
  fileChanges?: ReadonlyMap<string, FileChanges>
  /** When the head was measured (ISO 8601), for its history point. */
  measuredAt: string
}

/** The report: both sides' sizes, compared and gated. */
export function buildReport(input: ReportInput): Report {
  const baseStages = 'stages' in input.base ? input.base.stages : null
  const comparison = compareStages(input.headStages, baseStages, input.gate)
  const info = new Map<string, StageInfo>(
    [...(baseStages ?? []), ...input.headStages].map(stage => [stage.name, infoOf(stage)])
  )
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'stage-size', version: VERSION },
    dockerfile: input.dockerfile,
    context: input.context,
    target: input.target,
    platform: input.platforms[0] ?? null,
    platforms: [...input.platforms],
    engine: input.engine,
    head: input.head,
    pullRequest: input.pullRequest,
    base: 'ref' in input.base ? input.base.ref : null,
    noBaselineReason: 'missing' in input.base ? input.base.missing : null,
    metric: input.gate.metric,
    verdict: comparison.verdict,
    stages: comparison.stages.map(({ name, isTarget, ...compared }) => {
      const files = input.fileChanges?.get(name)
      return {
        ...(info.get(name) as StageInfo),
        isTarget,
        ...compared,
        ...(files ? { fileChanges: files } : {})
      }
    }),
    buildArgNames: Object.keys(input.buildArgs).sort(),
    buildArgsDigest: buildArgsDigest(input.buildArgs),
    stageSelection: input.stageSelection,
    buildOptions: buildOptionsReport(input.buildControls),
    history: extendHistory(input.baseHistory, pointOf(input))
  }
}

/** The controls as a report holds them: ssh sources by id. */
export function buildOptionsReport(controls: BuildControls): BuildOptionsReport {
  return {
    ssh: controls.ssh.map(source => source.split('=')[0]),
    buildContexts: { ...controls.buildContexts },
    network: controls.network,
    addHosts: controls.addHosts.map(([host, ip]) => `${host}:${ip}`),
    noCache: controls.noCache,
    noCacheFilters: [...controls.noCacheFilters],
    pull: controls.pull,
    shmSize: controls.shmSize,
    ulimits: [...controls.ulimits],
    allow: [...controls.allow]
  }
}

/** This commit's point in the history: the target's head sizes. */
function pointOf(input: ReportInput): HistoryPoint | null {
  const target = input.headStages.find(stage => stage.isTarget)
  const sha = input.pullRequest?.headSha ?? input.head?.sha
  // The target's compressed size is always measured.
  const compressedBytes = target?.size.compressedBytes
  if (!target || !sha || compressedBytes == null) return null
  return {
    sha,
    date: input.measuredAt,
    uncompressedBytes: target.size.uncompressedBytes,
    compressedBytes
  }
}

function infoOf(stage: StageInfo): StageInfo {
  const { name, index, isTarget, named, baseImage, dependsOn } = stage
  return { name, index, isTarget, named, baseImage, dependsOn }
}

export function targetStage(report: Report): StageReport {
  const target = report.stages.find(stage => stage.isTarget)
  if (!target) throw new Error('the report has no target stage')
  return target
}
