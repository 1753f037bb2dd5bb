import { randomBytes } from 'node:crypto'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildImages, type StageImage } from './build.js'
import type { ParsedDockerfile } from './dockerfile.js'
import { Docker, lastLines, type Engine } from './docker.js'
import { UserError } from './errors.js'
import { describePushedImage, type ImageSize } from './image.js'
import type { Log } from './log.js'
import { buildOrder, type BuildPlan } from './plan.js'
import { MeasuringRegistry } from './registry.js'

/** One checkout of the project to build: the head, or the base it is compared with. */
export interface Checkout {
  side: 'head' | 'base'
  contextDir: string
  dockerfilePath: string
  dockerfile: ParsedDockerfile
  plan: BuildPlan
}

export interface BuildSettings {
  buildArgs: Readonly<Record<string, string>>
  platform?: string
  builder?: string
}

/**
 * One run's measuring: the measuring registry the engine pushes to, and every
 * image tag the run creates, so that `close` leaves the engine as it was.
 * Checkouts measured in one session share the registry, so a layer they have
 * in common is read once.
 */
export class MeasuringSession {
  private readonly createdTags: { tag: string; side: string; stage: string }[] = []
  private readonly runId = randomBytes(4).toString('hex')

  private constructor(
    readonly engine: Engine,
    private readonly registry: MeasuringRegistry,
    private readonly log: Log
  ) {}

  static async open(engine: Engine, log: Log): Promise<MeasuringSession> {
    return new MeasuringSession(engine, await MeasuringRegistry.start(), log)
  }

  /** Builds the checkout's planned stages and measures each image; sizes by stage name. */
  async measure(
    checkout: Checkout,
    settings: BuildSettings
  ): Promise<Map<string, ImageSize>> {
    const repository = `stage-size-${this.runId}-${checkout.side}`
    const images: StageImage[] = buildOrder(
      checkout.plan,
      checkout.dockerfile.stages
    ).map(stage => ({
      stage,
      tag: `${this.registry.host}/${repository}:${stage.stage.name}`
    }))
    const count = `${images.length} stage${images.length === 1 ? '' : 's'}`
    await this.log.group(`Building ${count} (${checkout.side})`, () =>
      this.withDockerfile(checkout, dockerfilePath =>
        buildImages(
          { ...settings, contextDir: checkout.contextDir, dockerfilePath, images },
          this.engine,
          this.log
        )
      ).finally(() => this.remember(images, checkout.side))
    )
    await this.log.group(`Measuring ${count} (${checkout.side})`, () =>
      this.push(`${this.registry.host}/${repository}`)
    )
    return new Map(
      images.map(image => [
        image.stage.stage.name,
        describePushedImage(
          this.registry,
          repository,
          image.stage.stage.name,
          settings.platform
        )
      ])
    )
  }

  /** Removes the images the run tagged (or renames them when asked to keep them) and stops the registry. */
  async close(keepImages: boolean): Promise<void> {
    try {
      if (keepImages) {
        for (const { tag, side, stage } of this.createdTags) {
          await Docker.run(['tag', tag, `stage-size/${stage}:${side}`])
        }
      }
      const tags = this.createdTags.map(created => created.tag)
      if (tags.length > 0) await Docker.run(['image', 'rm', ...tags])
    } finally {
      await this.registry.close()
    }
  }

  private remember(images: StageImage[], side: string): void {
    for (const image of images) {
      this.createdTags.push({ tag: image.tag, side, stage: image.stage.stage.name })
    }
  }

  /** Pushes every tag of the repository to the measuring registry, which measures as it receives. */
  private async push(repository: string): Promise<void> {
    const result = await Docker.run(['push', '--all-tags', '--quiet', repository], {
      onLine: line => this.log.detail(line)
    })
    if (result.exitCode !== 0) {
      throw new UserError(
        `measuring failed: the Docker engine could not push to stage-size's measuring endpoint at ${this.registry.host} (${lastLines(result.stderr, 1)}); the engine must run on this machine (a remote DOCKER_HOST cannot reach it)`,
        result.stderr
      )
    }
  }

  /**
   * Runs `build` with the Dockerfile to build from: the user's own, or a copy
   * that names unnamed stages (beside its .dockerignore), removed afterwards.
   */
  private async withDockerfile<T>(
    checkout: Checkout,
    build: (dockerfilePath: string) => Promise<T>
  ): Promise<T> {
    const text = checkout.plan.namedCopy
    if (text === null) return build(checkout.dockerfilePath)
    const dir = await mkdtemp(path.join(tmpdir(), 'stage-size-dockerfile-'))
    try {
      const name = path.basename(checkout.dockerfilePath)
      await writeFile(path.join(dir, name), text)
      const ignore = `${checkout.dockerfilePath}.dockerignore`
      await copyFile(ignore, path.join(dir, `${name}.dockerignore`)).catch(
        () => undefined
      )
      return await build(path.join(dir, name))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
}
