import path from 'node:path'
import type { WorkflowEvent } from './baseline.js'
import { UserError } from './errors.js'
import type { GateSettings, Metric } from './gate.js'
import type { PullRequestRef } from './report.js'
import type { BaselineSource, BaselineStore } from './stored-baseline.js'
import { Redactor } from './redact.js'
import {
  assertUniqueIds,
  parseDockerSecrets,
  parseSecretEnvs,
  parseSecretFiles,
  parseSecretValues,
  type BuildSecret
} from './secrets.js'
import {
  parseGrowth,
  parseMaxSize,
  parseMaxWaste,
  parseStageThresholds
} from './threshold.js'

/** What to build and measure: the same for the action and the CLI. */
export interface MeasureOptions {
  /** The build context directory. */
  context: string
  /** The Dockerfile's path. */
  file: string
  /** The product stage; the last stage when absent. */
  target?: string
  stages: 'all' | string[]
  buildArgs: Record<string, string>
  /** The first of `platforms`: the platform whose sizes a stage's own numbers are. */
  platform?: string
  /** The platforms to build for, in the order given; empty for the engine's own. */
  platforms: string[]
  /** A buildx builder name; the current builder when absent. */
  builder?: string
  /** Build caches to read (`type=local,src=…`, `type=gha`, `type=registry,ref=…`), as buildx takes them. */
  cacheFrom: string[]
  /** Where to write the build cache of the head's target. */
  cacheTo: string[]
  /** Keep the stage images (tagged stage-size/<stage>:head) instead of removing them. */
  keepImages: boolean
  /** BuildKit secrets every stage's build gets. */
  secrets: BuildSecret[]
}

/** Where the baseline comes from. */
export type BaselineOption =
  /** Build the base commit, chosen from the event or by a ref the user names. */
  | { kind: 'git'; event: WorkflowEvent | null; baseRef?: { ref: string; input: string } }
  /** Read the base's sizes from a report of an earlier run. */
  | { kind: 'report'; path: string; input: string }
  /** Measure only. */
  | { kind: 'none'; reason: string }

/** Everything a run needs: what to measure, what to compare with, how to gate. */
export interface Options extends MeasureOptions {
  baseline: BaselineOption
  /** The pull request being measured (from the workflow event), or null. */
  pullRequest: PullRequestRef | null
  gate: GateSettings
  /** False turns a failing gate into a warning. */
  failOnRegression: boolean
  /** True fails the run when there is no baseline. */
  failOnMissingBaseline: boolean
  /** What the user calls each option (action inputs, or CLI flags), for later error messages. */
  names: OptionNames
  /** Where a base commit's sizes come from (the CLI always builds). */
  baselineSource: BaselineSource
  /** Stored reports of earlier runs (the action's workflow artifacts), or null. */
  store: BaselineStore | null
}

/** Every option as the user wrote it (an action input, or a CLI flag), before validation. */
export interface RawOptions {
  context: string
  file: string
  target: string
  stages: string
  buildArgs: string[]
  platform: string
  builder: string
  cacheFrom: string[]
  cacheTo: string[]
  /** The action's `secrets` (id=value), `secret-envs` (id=ENV) and `secret-files` (id=path). */
  secrets: string[]
  secretEnvs: string[]
  secretFiles: string[]
  /** The CLI's `--secret`, in docker's form (id=…,src=… or id=…,env=…). */
  dockerSecrets: string[]
  keepImages: string
  threshold: string
  warnThreshold: string
  maxSize: string
  maxWaste: string
  stageThresholds: string[]
  metric: string
  failOnRegression: string
  failOnMissingBaseline: string
}

/** What each option is called where the user writes it, for error messages. */
export type OptionNames = Record<keyof RawOptions, string>

/** Validates every option; the first bad one throws a UserError that names it. */
export function parseOptions(
  raw: RawOptions,
  names: OptionNames,
  baseline: BaselineOption,
  pullRequest: PullRequestRef | null = null,
  /** The environment `secret-envs` and `--secret env=` read. */
  env: Readonly<Record<string, string | undefined>> = {}
): Options {
  const context = raw.context.trim() || '.'
  const platforms = parsePlatforms(raw.platform, names.platform)
  return {
    context,
    file: dockerfilePath(context, raw.file),
    target: raw.target.trim() || undefined,
    stages: parseStageList(raw.stages, names.stages),
    buildArgs: parseBuildArgs(raw.buildArgs, names.buildArgs),
    platform: platforms[0],
    platforms,
    builder: raw.builder.trim() || undefined,
    cacheFrom: parseCaches(raw.cacheFrom, names.cacheFrom),
    cacheTo: parseCaches(raw.cacheTo, names.cacheTo),
    keepImages: parseBoolean(raw.keepImages, names.keepImages, false),
    secrets: parseSecrets(raw, names, env),
    baseline,
    pullRequest,
    gate: parseGate(raw, names),
    failOnRegression: parseBoolean(raw.failOnRegression, names.failOnRegression, true),
    failOnMissingBaseline: parseBoolean(
      raw.failOnMissingBaseline,
      names.failOnMissingBaseline,
      false
    ),
    names,
    baselineSource: 'build',
    store: null
  }
}

function parseSecrets(
  raw: RawOptions,
  names: OptionNames,
  env: Readonly<Record<string, string | undefined>>
): BuildSecret[] {
  const secrets = [
    ...parseSecretValues(raw.secrets, names.secrets),
    ...parseSecretEnvs(raw.secretEnvs, names.secretEnvs, env),
    ...parseSecretFiles(raw.secretFiles, names.secretFiles),
    ...parseDockerSecrets(raw.dockerSecrets, names.dockerSecrets, env)
  ]
  assertUniqueIds(secrets, names.secrets)
  return secrets
}

/**
 * What must never be written: every secret's value (a `secret-envs`
 * variable's too) and every build-arg value.
 */
export function redactorFor(
  options: Pick<MeasureOptions, 'secrets' | 'buildArgs'>,
  env: Readonly<Record<string, string | undefined>>
): Redactor {
  const values = options.secrets.flatMap(secret =>
    'value' in secret ? [secret.value] : 'env' in secret ? [env[secret.env] ?? ''] : []
  )
  return new Redactor(values, options.buildArgs)
}

/** The gate's limits and metric. */
function parseGate(raw: RawOptions, names: OptionNames): GateSettings {
  return {
    metric: parseMetric(raw.metric, names.metric),
    threshold: parseGrowth(raw.threshold.trim() || '5%', names.threshold),
    warnThreshold: raw.warnThreshold.trim()
      ? parseGrowth(raw.warnThreshold, names.warnThreshold)
      : null,
    maxSize: parseMaxSize(raw.maxSize, names.maxSize),
    maxWaste: parseMaxWaste(raw.maxWaste, names.maxWaste),
    stageThresholds: parseStageThresholds(raw.stageThresholds, names.stageThresholds)
  }
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** A boolean as @actions/core reads one (YAML 1.2 core schema); empty for the default. */
function parseBoolean(value: string, input: string, fallback: boolean): boolean {
  const text = value.trim()
  if (text === '') return fallback
  if (TRUE.includes(text)) return true
  if (FALSE.includes(text)) return false
  throw new UserError(`${input}: "${value}" is not a boolean; use true or false`)
}

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** `KEY=VALUE` entries (one per line in the action, one per flag in the CLI). */
export function parseBuildArgs(entries: string[], input: string): Record<string, string> {
  const args: Record<string, string> = {}
  for (const entry of entries) {
    if (entry.trim() === '') continue
    const equals = entry.indexOf('=')
    const key = equals === -1 ? '' : entry.slice(0, equals).trim()
    if (!ARG_NAME.test(key)) {
      throw new UserError(
        `${input}: "${entry}" is not KEY=VALUE; give one build argument per line, e.g. NODE_VERSION=20`
      )
    }
    args[key] = entry.slice(equals + 1)
  }
  return args
}

const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/

/** `all`, or stage names separated by commas or newlines. */
export function parseStageList(value: string, input: string): 'all' | string[] {
  const names = value
    .split(/[,\n]/)
    .map(name => name.trim())
    .filter(Boolean)
  if (names.length === 0 || (names.length === 1 && names[0].toLowerCase() === 'all')) {
    return 'all'
  }
  for (const name of names) {
    if (!STAGE_NAME.test(name)) {
      throw new UserError(
        `${input}: "${name}" is not a stage name; give "all" or stage names separated by commas or newlines, e.g. "build, test"`
      )
    }
  }
  return names
}

const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/

/** Platforms such as linux/amd64, separated by commas (as `docker buildx build --platform` takes them) or newlines. */
export function parsePlatforms(value: string, input: string): string[] {
  const platforms = value
    .split(/[,\n]/)
    .map(platform => platform.trim())
    .filter(Boolean)
  for (const platform of platforms) {
    if (!PLATFORM.test(platform)) {
      throw new UserError(
        `${input}: "${platform}" is not a platform; give os/arch[/variant] platforms separated by commas, e.g. linux/amd64,linux/arm64`
      )
    }
  }
  return [...new Set(platforms)]
}

const CACHE_TYPE = /^type=[a-z0-9-]+(,[A-Za-z0-9_-]+=[^,]*)*$/

/**
 * Cache entries as docker/build-push-action takes them: `type=…,key=value,…`
 * (a bare reference means `type=registry,ref=<reference>`), one per line.
 */
function parseCaches(entries: string[], input: string): string[] {
  return entries
    .map(entry => entry.trim())
    .filter(Boolean)
    .map(entry => {
      const cache = entry.includes('=') ? entry : `type=registry,ref=${entry}`
      if (!CACHE_TYPE.test(cache)) {
        throw new UserError(
          `${input}: "${entry}" is not a build cache; give type=… with its options, e.g. type=local,src=/tmp/cache, type=gha or type=registry,ref=user/app:cache`
        )
      }
      return cache
    })
}

/** The Dockerfile path: as given, else `Dockerfile` in the context, like `docker build`. */
export function dockerfilePath(context: string, file: string): string {
  return file.trim() || path.join(context, 'Dockerfile')
}

const METRICS: Metric[] = ['uncompressed', 'compressed']

/** `uncompressed` (the default) or `compressed`. */
function parseMetric(value: string, input: string): Metric {
  const metric = value.trim().toLowerCase() || 'uncompressed'
  if (!(METRICS as string[]).includes(metric)) {
    throw new UserError(
      `${input}: "${value}" is not a metric; use uncompressed or compressed`
    )
  }
  return metric as Metric
}
