import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Docker, type Engine } from './docker.js'
import { UserError } from '../core/errors.js'
import type { Log } from '../core/log.js'
import { withTempDir } from '../system/files.js'
import { outputOf, type Delivery, type StageImage } from './stage-images.js'
import type { BuildSettings } from '../core/options/options.js'
import type { BuildSecret } from '../core/secrets.js'

/** One checkout's build: the settings every stage gets (a cache-to only on the head's target). */
export interface BuildJob extends BuildSettings {
  contextDir: string
  dockerfilePath: string
  /** The named build contexts, local folders resolved to this checkout's copy. */
  buildContexts: Readonly<Record<string, string>>
  /** In an order where every stage comes after the stages it depends on. */
  images: StageImage[]
  /**
   * `load`: into the engine's image store, calling onImageReady with each tag
   * as soon as it is there, while others still build. `push`: BuildKit pushes
   * each image to its tag's registry itself and stores nothing. `oci`: BuildKit
   * sends each image through the client session into its OCI layout folder
   * (for engines and builders that cannot reach this machine).
   */
  delivery: Delivery
  onImageReady(tag: string): void
}

/** How many lines of a failed build's log the error shows. */
const FAILURE_LOG_LINES = 40

/**
 * Builds every stage image. With buildx, one `bake` builds all of them in a
 * single BuildKit session, so shared stages are solved once and in parallel;
 * without it, the classic builder builds them one by one in dependency order,
 * each reusing the cache of the ones before.
 */
export async function buildImages(
  job: BuildJob,
  engine: Engine,
  log: Log
): Promise<void> {
  if (engine.buildx) return bake(job, log)
  log.notice(
    'The docker client has no buildx plugin, so stages are built with the classic builder (slower, and it builds every earlier stage); install docker-buildx to build with BuildKit.'
  )
  for (const image of job.images) await classicBuild(job, image, log)
}

async function bake(job: BuildJob, log: Log): Promise<void> {
  await withTempDir('stage-size-bake-', async dir => {
    const file = path.join(dir, 'bake.json')
    const metadataFile = path.join(dir, 'metadata.json')
    const targets = bakeTargets(job)
    await writeFile(file, JSON.stringify(bakeDefinition(job, targets), null, 2))
    const args = [
      'buildx',
      ...(job.builder ? ['--builder', job.builder] : []),
      'bake',
      '--file',
      file,
      '--progress=plain',
      '--metadata-file',
      metadataFile,
      // Bake grants a target's entitlements only when its command line allows them too.
      ...job.controls.allow.flatMap(entitlement => ['--allow', entitlement])
    ]
    const lines: string[] = []
    const watchExports = exportWatcher(job.onImageReady)
    const result = await Docker.run(args, {
      env: {
        // The definition is ours, so the filesystem entitlement prompt has nothing to protect.
        BUILDX_BAKE_ENTITLEMENTS_FS: '0',
        ...secretValues(job.secrets)
      },
      onLine: line => {
        lines.push(line)
        log.detail(line)
        watchExports(line)
      }
    })
    if (result.exitCode !== 0) {
      const failedTarget = lines
        .map(line => line.match(/^ERROR: target ([\w-]+):/)?.[1])
        .find(Boolean)
      const fallback = [...targets].find(([, key]) => key === failedTarget)?.[0]
      throw buildFailure(lines, fallback?.stage.stage.name)
    }
    await readMetadata(metadataFile, targets)
  })
}

/** Hands each image its target's metadata; none when buildx wrote none (an older buildx). */
async function readMetadata(
  file: string,
  targets: Map<StageImage, string>
): Promise<void> {
  let metadata: Record<string, unknown>
  try {
    metadata = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  } catch {
    return
  }
  for (const [image, key] of targets) image.metadata = metadata?.[key]
}

/**
 * Follows BuildKit's plain progress to tell when each image is in the engine:
 * the step that says "naming to <tag>" is DONE.
 */
export function exportWatcher(
  onImageReady: (tag: string) => void
): (line: string) => void {
  const naming = new Map<string, string>()
  return line => {
    const named = line.match(/^#(\d+) naming to (\S+)/)
    if (named) {
      naming.set(named[1], named[2])
      return
    }
    const done = line.match(/^#(\d+) DONE\b/)
    const tag = done && naming.get(done[1])
    if (tag) {
      naming.delete(done[1])
      onImageReady(tag)
    }
  }
}

/** A bake target name for each image: stage names may hold dots, bake names may not. */
function bakeTargets(job: BuildJob): Map<StageImage, string> {
  const used = new Set<string>()
  return new Map(
    job.images.map(image => {
      let key = image.stage.stage.name.replace(/[^\w-]/g, '_')
      if (used.has(key)) key = `${key}-${image.stage.stage.index}`
      used.add(key)
      return [image, key]
    })
  )
}

function bakeDefinition(job: BuildJob, targets: Map<StageImage, string>) {
  const target: Record<string, object> = {}
  for (const [image, key] of targets) {
    target[key] = {
      context: job.contextDir,
      dockerfile: job.dockerfilePath,
      ...(image.stage.buildTarget ? { target: image.stage.buildTarget } : {}),
      tags: [image.tag],
      args: job.buildArgs,
      ...(job.platforms.length > 0 ? { platforms: job.platforms } : {}),
      ...(job.cacheFrom.length > 0 ? { 'cache-from': job.cacheFrom } : {}),
      ...(image.stage.isTarget && job.cacheTo.length > 0
        ? { 'cache-to': job.cacheTo }
        : {}),
      ...(job.secrets.length > 0 ? { secret: job.secrets.map(secretSource) } : {}),
      ...bakeControls(job),
      output: [outputOf(job.delivery, image)]
    }
  }
  return { group: { default: { targets: [...targets.values()] } }, target }
}

/** build-push-action's controls as bake's target attributes take them (only those set). */
function bakeControls({ controls, buildContexts }: BuildJob): Record<string, unknown> {
  const attributes: [string, unknown][] = [
    ['ssh', controls.ssh.length > 0 && controls.ssh],
    ['contexts', Object.keys(buildContexts).length > 0 && buildContexts],
    ['network', controls.network],
    [
      'extra-hosts',
      controls.addHosts.length > 0 && Object.fromEntries(controls.addHosts)
    ],
    ['no-cache', controls.noCache],
    ['no-cache-filter', controls.noCacheFilters.length > 0 && controls.noCacheFilters],
    ['pull', controls.pull],
    ['shm-size', controls.shmSize],
    ['ulimits', controls.ulimits.length > 0 && controls.ulimits],
    ['entitlements', controls.allow.length > 0 && controls.allow]
  ]
  return Object.fromEntries(attributes.filter(([, value]) => value))
}

/** Where each secret held as a value is handed to buildx: its environment, never a file. */
const SECRET_VARIABLE = 'STAGE_SIZE_SECRET_'

function secretValues(secrets: readonly BuildSecret[]): Record<string, string> {
  return Object.fromEntries(
    secrets.flatMap((secret, index) =>
      'value' in secret ? [[`${SECRET_VARIABLE}${index}`, secret.value]] : []
    )
  )
}

/** A secret as bake's `secret` attribute takes it (the bake file holds no value). */
function secretSource(secret: BuildSecret, index: number): string {
  if ('value' in secret) return `id=${secret.id},env=${SECRET_VARIABLE}${index}`
  if ('env' in secret) return `id=${secret.id},env=${secret.env}`
  return `id=${secret.id},src=${path.resolve(secret.file)}`
}

async function classicBuild(job: BuildJob, image: StageImage, log: Log): Promise<void> {
  // --force-rm: a failed step's container would otherwise keep the images it used.
  const args = ['build', '--force-rm', '--file', job.dockerfilePath, '--tag', image.tag]
  if (image.stage.buildTarget) args.push('--target', image.stage.buildTarget)
  for (const [key, value] of Object.entries(job.buildArgs))
    args.push('--build-arg', `${key}=${value}`)
  // The classic builder builds one platform (the pipeline refuses more).
  if (job.platforms[0]) args.push('--platform', job.platforms[0])
  args.push(...classicControls(job), job.contextDir)
  const lines: string[] = []
  const result = await Docker.run(args, {
    env: { DOCKER_BUILDKIT: '0' },
    onLine: line => {
      lines.push(line)
      log.detail(line)
    }
  })
  if (result.exitCode !== 0) throw buildFailure(lines, image.stage.stage.name)
  job.onImageReady(image.tag)
}

/** The controls the classic builder has, as `docker build` flags. */
function classicControls({ controls }: BuildJob): string[] {
  return [
    ...(controls.network ? ['--network', controls.network] : []),
    ...controls.addHosts.flatMap(([host, ip]) => ['--add-host', `${host}:${ip}`]),
    ...(controls.noCache ? ['--no-cache'] : []),
    ...(controls.pull ? ['--pull'] : []),
    ...(controls.shmSize ? ['--shm-size', controls.shmSize] : []),
    ...controls.ulimits.flatMap(ulimit => ['--ulimit', ulimit])
  ]
}

/**
 * The error for a failed build: the stage whose instruction failed (BuildKit
 * names it in "> [<target> <stage> n/m] …"), the builder's error line, and the
 * end of the log as details.
 */
export function buildFailure(lines: string[], fallbackStage?: string): UserError {
  const failedStep = lines
    .map(line => line.match(/^\s*> \[(.+?) \d+\/\d+\] (.*):$/))
    .find(match => match !== null)
  const stage = failedStep ? failedStep[1].split(' ').pop() : fallbackStage
  const errorLine =
    [...lines]
      .reverse()
      .find(line => /^ERROR:|returned a non-zero code|^error:/i.test(line)) ?? ''
  const reason = errorLine
    .replace(/^ERROR: (target [\w-]+: )?/, '')
    .replace(/^failed to solve: /, '')
    .trim()
  const where = stage ? `stage "${stage}"` : 'a stage'
  const step = failedStep ? ` at ${failedStep[2].trim()}` : ''
  return new UserError(
    `build failed in ${where}${step}: ${reason || 'see the build log'}`,
    lines.slice(-FAILURE_LOG_LINES).join('\n')
  )
}
