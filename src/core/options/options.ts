import type { WorkflowEvent } from '../baseline.js'
import type { BuildControls } from './build-controls.js'
import type { GateSettings } from '../limits.js'
import { Redactor } from '../redact.js'
import type { PullRequestRef } from '../report.js'
import { assertUniqueIds, type BuildSecret } from '../secrets.js'
import type { BaselineStore } from '../stored-baseline.js'
import type { OptionNames, ParsedOptions } from './table.js'

/** How every stage is built, on both sides: what the engine adapters take. */
export interface BuildSettings {
  buildArgs: Readonly<Record<string, string>>
  /** Empty for the engine's own platform; with several, each stage is sized per platform. */
  platforms: readonly string[]
  /** A buildx builder name; the current builder when absent. */
  builder?: string
  /** Build caches to read (`type=local,src=…`, `type=gha`, `type=registry,ref=…`), as buildx takes them. */
  cacheFrom: readonly string[]
  /** Where to write the build cache of the head's target. */
  cacheTo: readonly string[]
  secrets: readonly BuildSecret[]
  /**
   * The stages besides the target whose compressed size is measured (`all`,
   * or those a compressed limit holds); the others are exported uncompressed.
   */
  compressedStages: 'all' | readonly string[]
  /** ssh, named contexts, network, hosts, cache and pull controls, shm, ulimits, entitlements. */
  controls: BuildControls
}

/** Where the baseline comes from. */
export type BaselineOption =
  /** Build the base commit, chosen from the event or by a ref the user names. */
  | { kind: 'git'; event: WorkflowEvent | null; baseRef?: { ref: string; input: string } }
  /** Read the base's sizes from a report of an earlier run. */
  | { kind: 'report'; path: string; input: string }
  /** Measure only. */
  | { kind: 'none'; reason: string }

/** Everything a run needs: the options as read, and what follows from them and from the event. */
export interface Options extends ParsedOptions {
  /** What the user calls each option (action inputs, or CLI flags), for later error messages. */
  names: OptionNames
  /** Where the baseline comes from. */
  base: BaselineOption
  /** The pull request being measured (from the workflow event), or null. */
  pullRequest: PullRequestRef | null
  gate: GateSettings
  build: BuildSettings
  /** Stored reports of earlier runs (the action's workflow artifacts), or null. */
  store: BaselineStore | null
}

/** The run's options from the parsed ones, the event's pull request and the stored reports. */
export function runOptions(
  parsed: ParsedOptions,
  names: OptionNames,
  event: WorkflowEvent | null,
  pullRequest: PullRequestRef | null = null,
  store: BaselineStore | null = null
): Options {
  return {
    ...parsed,
    names,
    base: baseOf(parsed, names, event),
    pullRequest,
    gate: {
      metric: parsed.metric,
      threshold: parsed.threshold,
      warnThreshold: parsed.warnThreshold,
      maxSize: parsed.maxSize,
      maxWaste: parsed.maxWaste,
      minimumChange: parsed.minimumChange,
      stageThresholds: parsed.stageThresholds
    },
    build: buildOf(parsed, names),
    store
  }
}

function baseOf(
  parsed: ParsedOptions,
  names: OptionNames,
  event: WorkflowEvent | null
): BaselineOption {
  if (parsed.noBase) return { kind: 'none', reason: `${names.noBase} was given` }
  if (parsed.baselineReport) {
    return { kind: 'report', path: parsed.baselineReport, input: names.baselineReport }
  }
  const ref = parsed.baseRef
  return { kind: 'git', event, baseRef: ref ? { ref, input: names.baseRef } : undefined }
}

function buildOf(parsed: ParsedOptions, names: OptionNames): BuildSettings {
  const secrets = [
    ...parsed.secrets,
    ...parsed.secretEnvs,
    ...parsed.secretFiles,
    ...parsed.secret
  ]
  assertUniqueIds(secrets, names.secrets)
  return {
    buildArgs: parsed.buildArgs,
    platforms: parsed.platforms,
    builder: parsed.builder,
    cacheFrom: parsed.cacheFrom,
    cacheTo: parsed.cacheTo,
    secrets,
    controls: {
      ssh: parsed.ssh,
      buildContexts: parsed.buildContexts,
      network: parsed.network,
      addHosts: parsed.addHosts,
      noCache: parsed.noCache,
      noCacheFilters: parsed.noCacheFilters,
      pull: parsed.pull,
      shmSize: parsed.shmSize,
      ulimits: parsed.ulimit,
      allow: parsed.allow
    },
    compressedStages:
      parsed.compressed === 'all'
        ? 'all'
        : parsed.metric === 'compressed'
          ? [...parsed.stageThresholds.keys()]
          : []
  }
}

/**
 * What must never be written: every secret's value (a `secret-envs`
 * variable's too) and every build-arg value.
 */
export function redactorFor(
  build: Pick<BuildSettings, 'secrets' | 'buildArgs'>,
  env: Readonly<Record<string, string | undefined>>
): Redactor {
  const values = build.secrets.flatMap(secret =>
    'value' in secret ? [secret.value] : 'env' in secret ? [env[secret.env] ?? ''] : []
  )
  return new Redactor(values, build.buildArgs)
}
