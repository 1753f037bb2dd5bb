import { buildArgsDigest } from './build-args.js'
import type { BuildOptionsReport, Report } from './report.js'

/** The run that measured a commit and stored its report. */
export interface StoringRun {
  id: number
  url: string
}

/** What the base's report must have measured to stand in for building the base. */
export interface ExpectedBaseline {
  sha: string
  dockerfile: string
  target: string
  platforms: readonly string[]
  buildArgs: Readonly<Record<string, string>>
  stageSelection: 'all' | string[]
  buildOptions: BuildOptionsReport
}

export type StoreAnswer =
  | { found: { report: Report; run: StoringRun } }
  /** Why there is none: nothing stored, not readable, expired, another measurement. */
  | { missing: string }

/** Reports earlier runs stored (workflow artifacts), asked before a base is built. */
export interface BaselineStore {
  find(expected: ExpectedBaseline): Promise<StoreAnswer>
}

/** How the base is measured: its stored report, else a build (`auto`); only the report; only a build. */
export type BaselineSource = 'auto' | 'artifact' | 'build'

export const BASELINE_SOURCES: BaselineSource[] = ['auto', 'artifact', 'build']

/**
 * Why a stored report cannot be the baseline, or null when it can: it must be
 * of the base commit and have measured the same image the same way.
 */
export function mismatch(report: Report, expected: ExpectedBaseline): string | null {
  const differs = (what: string, theirs: unknown, ours: unknown) =>
    JSON.stringify(theirs) === JSON.stringify(ours)
      ? null
      : `it measured ${what} ${JSON.stringify(theirs ?? null)}, not ${JSON.stringify(ours)}`
  if (report.head?.sha !== expected.sha) {
    return `it is of commit ${report.head?.sha?.slice(0, 12) ?? 'unknown'}, not the base ${expected.sha.slice(0, 12)}`
  }
  return (
    differs('the Dockerfile', report.dockerfile, expected.dockerfile) ??
    differs('the target', report.target, expected.target) ??
    differs('the platforms', report.platforms ?? [], [...expected.platforms]) ??
    otherBuildArgs(report, expected.buildArgs) ??
    differs('the stages', report.stageSelection, expected.stageSelection) ??
    otherBuildOptions(report.buildOptions, expected.buildOptions, differs)
  )
}

/**
 * The controls that change what is built must match (a report from before
 * they existed used none); no-cache, no-cache filters and pull only change
 * how fresh the build is, so they do not.
 */
function otherBuildOptions(
  theirs: BuildOptionsReport | undefined,
  ours: BuildOptionsReport,
  differs: (what: string, theirs: unknown, ours: unknown) => string | null
): string | null {
  const used = theirs ?? {
    ...ours,
    ssh: [],
    buildContexts: {},
    network: null,
    addHosts: [],
    shmSize: null,
    ulimits: [],
    allow: []
  }
  const keys = [
    'buildContexts',
    'network',
    'addHosts',
    'shmSize',
    'ulimits',
    'allow',
    'ssh'
  ] as const
  const names: Record<(typeof keys)[number], string> = {
    buildContexts: 'the build contexts',
    network: 'the network',
    addHosts: 'the extra hosts',
    shmSize: 'the shm size',
    ulimits: 'the ulimits',
    allow: 'the entitlements',
    ssh: 'the ssh sources'
  }
  for (const key of keys) {
    const reason = differs(names[key], used[key], ours[key])
    if (reason) return reason
  }
  return null
}

/** Reports hold no build-arg values: equal digests are equal build args. */
function otherBuildArgs(
  report: Report,
  ours: Readonly<Record<string, string>>
): string | null {
  if (report.buildArgsDigest === buildArgsDigest(ours)) return null
  const names = (list: readonly string[]) => list.join(', ') || 'none'
  const theirs = names(report.buildArgNames)
  const wanted = names(Object.keys(ours).sort())
  return theirs === wanted
    ? `it was built with other values of the build args ${theirs}`
    : `it was built with the build args ${theirs}, not ${wanted}`
}
