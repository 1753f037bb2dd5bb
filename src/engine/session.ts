import { randomBytes } from 'node:crypto'
import { count } from '../core/render/words.js'
import { buildImages, type BuildJob, type Delivery, type StageImage } from './build.js'
import { readOciArchive } from './oci-archive.js'
import path from 'node:path'
import { withTempDir } from '../system/files.js'
import { fromChain, type ParsedDockerfile } from '../core/dockerfile.js'
import { Docker, type Engine } from './docker.js'
import { Deliveries, type DeliveryName } from './delivery.js'
import { lastLines } from '../system/process.js'
import { UserError } from '../core/errors.js'
import { describePlatforms, type ImageSize } from '../core/image.js'
import type { Log } from '../core/log.js'
import { buildOrder, type BuildPlan } from '../core/plan.js'
import { PushQueue } from './push-queue.js'
import { MeasuringRegistry } from './registry.js'
import { BlobCache } from './blob-cache.js'
import { withBuildDockerfile } from './build-dockerfile.js'
import { StageTags } from './stage-tags.js'
import { ImageFilesystems } from './image-files.js'
import type { FileChanges } from '../core/file-changes.js'
import type { BuildSettings } from '../core/options/options.js'

/** One checkout of the project to build: the head, or the base it is compared with. */
export interface Checkout {
  side: 'head' | 'base'
  contextDir: string
  dockerfilePath: string
  dockerfile: ParsedDockerfile
  plan: BuildPlan
}

/**
 * One run's measuring: the measuring registry the engine pushes to, and every
 * image tag the run creates, so that `close` leaves the engine as it was.
 * Checkouts measured in one session share the registry, so a layer they have
 * in common is read once.
 */
export class MeasuringSession {
  private readonly runId = randomBytes(4).toString('hex')
  private readonly deliveries: Deliveries
  /** One queue for every checkout, so that a layer they share is sent once. */
  private readonly pushes = new PushQueue(tag => this.push(tag))
  /** Where each tag's push reports, by tag. */
  private readonly pushLogs = new Map<string, Log>()
  private logs: Promise<void> = Promise.resolve()
  private readonly tags: StageTags
  private readonly filesystems: ImageFilesystems

  private constructor(
    readonly engine: Engine,
    private readonly registry: MeasuringRegistry,
    private readonly cache: BlobCache,
    private readonly log: Log,
    /** Keep the stage images, tagged stage-size/<stage>:<side>, instead of removing them. */
    keepImages: boolean
  ) {
    this.tags = new StageTags(keepImages)
    this.deliveries = new Deliveries(engine, registry, keepImages)
    this.filesystems = new ImageFilesystems(digest => registry.fileList(digest))
  }

  static async open(
    engine: Engine,
    log: Log,
    keepImages: boolean
  ): Promise<MeasuringSession> {
    const cache = BlobCache.inDefaultPlace()
    const registry = await MeasuringRegistry.start(cache)
    return new MeasuringSession(engine, registry, cache, log, keepImages)
  }

  /**
   * Builds the checkout's planned stages and measures each image; sizes by
   * stage name. Each image is measured as soon as the build has it, while
   * later stages still build. Checkouts may be measured at the same time: each
   * keeps its build log and shows it, collapsed, when it is done.
   */
  async measure(
    checkout: Checkout,
    settings: BuildSettings
  ): Promise<Map<string, ImageSize>> {
    const repository = this.repository(checkout.side)
    const stages = checkout.dockerfile.stages
    const images: StageImage[] = buildOrder(checkout.plan, stages).map(stage => ({
      stage,
      tag: `${this.registry.host}/${repository}:${stage.stage.name}`
    }))
    const delivery = await this.deliveries.choose(settings)
    const started = Date.now()
    const lines: string[] = []
    const built = count(images.length, 'stage')
    this.log.info(`Building and measuring ${built} (${checkout.side})...`)
    try {
      await this.buildAndPush(checkout, settings, images, delivery, this.quiet(lines))
    } catch (error) {
      throw await Docker.whenGone(
        error,
        `while the ${checkout.side}'s stages were built and measured`
      )
    } finally {
      await this.pushes.settled()
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      await this.showLog(
        `${checkout.side}: ${built} built and measured in ${seconds} s`,
        lines
      )
    }
    const sizes = new Map<string, ImageSize>()
    for (const image of images) {
      const name = image.stage.stage.name
      const size = describePlatforms(this.registry, repository, name, settings.platforms)
      sizes.set(name, await this.filesystems.withWaste(size))
    }
    return sizes
  }

  /** Which files changed between two images' first platforms; null when a layer's file list is not here. */
  fileChanges(base: ImageSize, head: ImageSize): Promise<FileChanges | null> {
    return this.filesystems.changes(base, head)
  }

  /** Builds the images and has each pushed (so measured) as soon as the engine has it. */
  private async buildAndPush(
    checkout: Checkout,
    settings: BuildSettings,
    images: StageImage[],
    delivery: Delivery,
    log: Log
  ): Promise<void> {
    if (delivery === 'oci') return this.buildArchives(checkout, settings, images)
    // Tracked before the build: a cancelled build may have loaded some of them.
    if (delivery === 'load') {
      images.forEach(image =>
        this.tags.add(image.tag, checkout.side, image.stage.stage.name)
      )
    }
    const stages = checkout.dockerfile.stages
    const chains = new Map(
      images.map(image => [image.tag, fromChain(image.stage.stage, stages)])
    )
    await this.build(checkout, settings, images, log, {
      delivery,
      onImageReady: tag => this.queuePush(tag, chains, log)
    })
    if (delivery === 'load') {
      images.forEach(image => this.queuePush(image.tag, chains, log))
      await this.pushes.finished()
    }
  }

  /** Builds a checkout's images from the Dockerfile to build from, delivered as `how` says. */
  private build(
    checkout: Checkout,
    settings: BuildSettings,
    images: StageImage[],
    log: Log,
    how: Pick<BuildJob, 'delivery' | 'ociDir' | 'onImageReady'>
  ): Promise<void> {
    return withBuildDockerfile(checkout.dockerfilePath, checkout.plan, dockerfilePath =>
      buildImages(
        {
          ...settings,
          // One side writes the cache: the head's, what the user's own build would write.
          cacheTo: checkout.side === 'head' ? settings.cacheTo : [],
          contextDir: checkout.contextDir,
          dockerfilePath,
          images,
          ...how
        },
        this.engine,
        log
      )
    )
  }

  /**
   * The OCI path, for an engine that cannot reach this machine: BuildKit sends
   * each image through the client session as an OCI layout tar, and each is
   * measured by the same layer measurer a push feeds.
   */
  private async buildArchives(
    checkout: Checkout,
    settings: BuildSettings,
    images: StageImage[]
  ): Promise<void> {
    const repository = this.repository(checkout.side)
    await withTempDir('stage-size-oci-', async ociDir => {
      await this.build(checkout, settings, images, this.log, {
        delivery: 'oci',
        ociDir,
        onImageReady: () => {}
      })
      for (const image of images) {
        const name = image.stage.stage.name
        await readOciArchive(
          path.join(ociDir, `${name}.tar`),
          this.registry,
          repository,
          name
        )
      }
    })
  }

  /** The repository a side's images are named in, in the measuring registry. */
  private repository(side: Checkout['side']): string {
    return `stage-size-${this.runId}-${side}`
  }

  /** The session's log, but with build lines kept in `lines`, to be shown in one group later. */
  private quiet(lines: string[]): Log {
    return {
      info: message => this.log.info(message),
      notice: message => this.log.notice(message),
      warning: message => this.log.warning(message),
      detail: line => void lines.push(line),
      group: (_title, work) => work()
    }
  }

  private queuePush(tag: string, chains: ReadonlyMap<string, string[]>, log: Log): void {
    this.pushLogs.set(tag, log)
    this.pushes.add(tag, chains.get(tag) ?? [tag])
  }

  /** Has the engine push one image to the measuring registry, which measures as it receives. */
  private async push(tag: string): Promise<void> {
    const log = this.pushLogs.get(tag) ?? this.log
    log.detail(`measuring ${tag}`)
    const result = await Docker.run(['push', '--quiet', tag])
    if (result.exitCode !== 0) {
      throw new UserError(
        `measuring failed: the Docker engine could not push to stage-size's measuring endpoint at ${this.registry.host} (${lastLines(result.stderr, 1)})`,
        result.stderr
      )
    }
    log.detail(`measured ${tag}`)
  }

  /**
   * Removes the images the run tagged (or renames them when asked to keep
   * them) and stops the registry; says what it could not remove, and what
   * the cache could not keep.
   */
  async close(): Promise<void> {
    try {
      const left = await this.tags.removeAll()
      if (left.length > 0)
        this.log.warning(
          `${count(left.length, 'stage image')} could not be removed, as the Docker engine did not answer; the action's post step removes them once it does (elsewhere: docker image rm ${left.join(' ')})`
        )
    } finally {
      await this.registry.close()
    }
    if (this.cache.problem) this.log.warning(this.cache.problem)
  }

  /** Layers read in this session: each at most once, none that an earlier run measured. */
  get layersRead(): number {
    return this.registry.layersRead
  }

  /** Shows a build log in a collapsed group, one group at a time. */
  private showLog(title: string, lines: string[]): Promise<void> {
    this.logs = this.logs.then(() =>
      this.log.group(title, async () => lines.forEach(line => this.log.detail(line)))
    )
    return this.logs
  }

  /** How this session's images reached the measurer, for the report. */
  get deliveryName(): DeliveryName {
    return this.deliveries.name
  }
}
