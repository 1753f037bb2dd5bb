import type { Readable } from 'node:stream'
import { UserError, messageOf } from '../core/errors.js'
import type { ImageStore } from '../core/report.js'
import {
  lastLines,
  runCommand,
  streamCommand,
  type RunOptions,
  type RunResult
} from '../system/process.js'

export interface Engine {
  version: string
  /** `containerd` when the engine keeps images in containerd (Docker 29's default). */
  imageStore: ImageStore
  /** The buildx plugin's version, or null when the client has none. */
  buildx: string | null
}

interface DockerInfo {
  ServerVersion?: string
  DriverStatus?: [string, string][] | null
  ClientInfo?: { Plugins?: { Name: string; Version?: string }[] }
}

const NO_ENGINE_HINT =
  'start Docker or point DOCKER_HOST at an engine (GitHub-hosted Linux runners have one; elsewhere see https://docs.docker.com/engine/install/)'

/** The docker CLI, always called with an argument array (never a shell string). */
export class Docker {
  static async run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    return runCommand('docker', args, {
      ...options,
      env: { ...dockerEnv(), ...options.env }
    })
  }

  /** Runs a command whose output `consume` reads as a stream; it must succeed. */
  static async stream(
    args: string[],
    consume: (stdout: Readable) => Promise<void>
  ): Promise<void> {
    const result = await streamCommand('docker', args, consume, { env: dockerEnv() })
    if (result.exitCode !== 0) {
      throw new Error(`docker ${args[0]} failed: ${lastLines(result.stderr, 5)}`)
    }
  }

  /** Runs a command that must succeed; its error output becomes the error. */
  static async check(args: string[], what: string): Promise<string> {
    const result = await Docker.run(args)
    if (result.exitCode !== 0) {
      throw new Error(
        `${what} failed (docker ${args[0]}): ${lastLines(result.stderr, 5)}`
      )
    }
    return result.stdout
  }

  /** Whether the engine still answers (after a failure: did it go away?). */
  static async answers(): Promise<boolean> {
    const result = await Docker.run(['version', '--format', '{{.Server.Version}}'], {
      always: true
    }).catch(() => null)
    return result?.exitCode === 0
  }

  /**
   * A build or push that failed because the engine went away (stopped,
   * crashed, its machine gone) says so, rather than "build failed in stage x".
   */
  static async whenGone(error: unknown, during: string): Promise<unknown> {
    if (await Docker.answers()) return error
    return new UserError(
      `the Docker engine (${Docker.where}) stopped answering ${during} (${messageOf(error)})`,
      error instanceof UserError ? error.details : undefined
    )
  }

  /** Where the engine is, as the user would recognise it. */
  static get where(): string {
    return process.env.DOCKER_HOST || 'the default socket'
  }

  /** The engine that answers, or a UserError that says how to get one. */
  static async engine(): Promise<Engine> {
    let result: RunResult
    try {
      result = await Docker.run(['info', '--format', '{{json .}}'])
    } catch (error) {
      throw new UserError(
        `no docker command was found (${String(error)}); ${NO_ENGINE_HINT}`
      )
    }
    const info = parseInfo(result.stdout)
    if (result.exitCode !== 0 || !info.ServerVersion) {
      const reason = lastLines(result.stderr, 1) || 'docker info failed'
      throw new UserError(`no Docker engine answered: ${reason}; ${NO_ENGINE_HINT}`)
    }
    const containerd = (info.DriverStatus ?? []).some(([, value]) =>
      value.startsWith('io.containerd.snapshotter')
    )
    const buildx = info.ClientInfo?.Plugins?.find(plugin => plugin.Name === 'buildx')
    return {
      version: info.ServerVersion,
      imageStore: containerd ? 'containerd' : 'classic',
      buildx: buildx ? (buildx.Version ?? 'unknown') : null
    }
  }
}

/**
 * Refuses a builder name buildx does not know, before anything is built: the
 * build's own error ("no builder found") would read as a failed stage.
 */
export async function assertBuilderExists(builder: string, input: string): Promise<void> {
  const result = await inspectBuilder(builder)
  if (result.exitCode !== 0) {
    throw new UserError(
      `${input}: there is no buildx builder named "${builder}" (docker buildx ls lists them); give an existing builder's name, or none for the current builder`
    )
  }
}

/** One node of a buildx builder: the BuildKit that builds there. */
export interface BuilderNode {
  name: string
  /** BuildKit's version, as the node reports it (the docker driver's reads v0.0.0+unknown). */
  buildkit: string | null
  platforms: string[]
}

export interface BuilderInfo {
  /** The builder's name (`default` for the engine's own). */
  name: string | null
  /** `docker`, `docker-container`, `kubernetes`, `remote`, `cloud`, or null if unknown. */
  driver: string | null
  /** The nodes that build for it (buildx cannot export OCI archives from several). */
  nodes: BuilderNode[]
}

/** The buildx builder's name, driver and nodes, as `docker buildx inspect` lists them. */
export async function builderInfo(builder: string | undefined): Promise<BuilderInfo> {
  return parseBuilderInspect((await inspectBuilder(builder)).stdout)
}

/**
 * `docker buildx inspect`, asked once (0.15 s each) per builder as the
 * environment names it: the engine and the config that hold the builders.
 */
const inspected = new Map<string, Promise<RunResult>>()

function inspectBuilder(builder: string | undefined): Promise<RunResult> {
  const { DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, BUILDX_BUILDER } = process.env
  const key = JSON.stringify([
    DOCKER_HOST,
    DOCKER_CONTEXT,
    DOCKER_CONFIG,
    BUILDX_BUILDER,
    builder
  ])
  let result = inspected.get(key)
  if (!result) {
    result = Docker.run(['buildx', 'inspect', ...(builder ? ['--builder', builder] : [])])
    inspected.set(key, result)
  }
  return result
}

/** Reads `docker buildx inspect`: the builder's lines, then a block per node after `Nodes:`. */
export function parseBuilderInspect(text: string): BuilderInfo {
  const [builder, nodes = ''] = text.split(/^Nodes:$/m)
  const field = (block: string, name: string) =>
    block.match(new RegExp(`^${name}:[ \\t]+(.+)$`, 'm'))?.[1].trim() ?? null
  return {
    name: field(builder, 'Name'),
    driver: field(builder, 'Driver'),
    nodes: nodes
      .split(/^(?=Name:)/m)
      .filter(block => block.startsWith('Name:'))
      .map(block => ({
        name: field(block, 'Name') ?? '',
        buildkit: field(block, 'BuildKit version'),
        platforms: (field(block, 'Platforms') ?? '').split(/,\s*/).filter(Boolean)
      }))
  }
}

/**
 * The environment for docker commands: the caller's, without content trust
 * (it would try to sign pushes to the measuring registry) and without default
 * provenance attestations (they add manifests that measure nothing).
 */
function dockerEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'DOCKER_CONTENT_TRUST') env[key] = value
  }
  env.BUILDX_NO_DEFAULT_ATTESTATIONS = '1'
  // buildx runs git seven times per target to note the commit in provenance,
  // which the stage images do not keep: 0.3 s of a seven-stage bake.
  env.BUILDX_GIT_INFO = 'false'
  return env
}

function parseInfo(stdout: string): DockerInfo {
  try {
    return JSON.parse(stdout) as DockerInfo
  } catch {
    return {}
  }
}
