import path from 'node:path'
import { UserError } from './errors.js'

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
  platform?: string
  /** A buildx builder name; the current builder when absent. */
  builder?: string
  /** Keep the stage images (tagged stage-size/<stage>:head) instead of removing them. */
  keepImages: boolean
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

/** One platform such as linux/amd64: sizes are measured for one platform at a time. */
export function parsePlatform(value: string, input: string): string | undefined {
  const platform = value.trim()
  if (platform === '') return undefined
  if (!PLATFORM.test(platform)) {
    throw new UserError(
      `${input}: "${platform}" is not one platform; give one os/arch[/variant], e.g. linux/amd64`
    )
  }
  return platform
}

/** The Dockerfile path: as given, else `Dockerfile` in the context, like `docker build`. */
export function dockerfilePath(context: string, file: string): string {
  return file.trim() || path.join(context, 'Dockerfile')
}
