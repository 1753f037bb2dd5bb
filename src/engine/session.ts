import { randomBytes } from 'node:crypto'
import { count } from '../core/render/words.js'
import { formatBytes } from '../core/bytes.js'
import { buildImages, type BuildJob } from './build.js'
import { exportLayouts } from './oci-exports.js'
import { fromChain, type ParsedDockerfile } from '../core/dockerfile.js'
import { Docker, type Engine } from './docker.js'
import { Deliveries } from './delivery.js'
import { describePlatforms, reportedBlobs, type ImageSize } from '../core/image.js'
import type { Log } from '../core/log.js'
import type { BuildPlan } from '../core/plan.js'
import { stageImages, type Delivery, type StageImage } from './stage-images.js'
import { LoadedImages } from './loaded-images.js'
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
  /** The named build contexts, local folders resolved to this checkout's copy of them. */
  buildContexts: Readonly<Record<string, string>>
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
  /** How images reach the measurer, and the builder they are built on (for the report). */
  readonly deliveries: Deliveries
  /** The images the engine holds, for every checkout, so that a layer they share is sent once. */
  private readonly loaded: LoadedImages
  private logs: Promise<void> = Promise.resolve()
  private readonly metadata = new Map<Checkout['side'], ReadonlyMap<string, unknown>>()
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
    this.deliveries = new Deliveries(engine, registry, keepImages, log)
    this.filesystems = new ImageFilesystems(digest => registry.fileList(digest))
    this.loaded = new LoadedImages(registry)
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
    const delivery = await this.deliveries.choose(settings)
    const host = await this.deliveries.pushHost()
    const images = stageImages(
      checkout.plan,
      checkout.dockerfile,
      settings,
      `${host}/${repository}`
    )
    const started = Date.now()
    const lines: string[] = []
    const built = count(images.length, 'stage')
    this.log.info(`Building and measuring ${built} (${checkout.side})...`)
    try {
      await this.deliver(checkout, settings, images, delivery, this.quiet(lines))
    } catch (error) {
      throw await Docker.whenGone(
        error,
        `while the ${checkout.side}'s stages were built and measured`
      )
    } finally {
      await this.loaded.settled()
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      await this.showLog(
        `${checkout.side}: ${built} built and measured in ${seconds} s`,
        lines
      )
    }
    this.metadata.set(
      checkout.side,
      new Map(images.map(image => [image.stage.stage.name, image.metadata]))
    )
    return this.describe(images, repository, settings)
  }

  /** Each stage's build metadata from a side's last build (by stage name): what its FROM images resolved to. */
  buildMetadata(side: Checkout['side']): ReadonlyMap<string, unknown> {
    return this.metadata.get(side) ?? new Map()
  }

  /** Each image's sizes, layers and waste, from what reached the registry. */
  private async describe(
    images: readonly StageImage[],
    repository: string,
    settings: BuildSettings
  ): Promise<Map<string, ImageSize>> {
    const sizes = new Map<string, ImageSize>()
    for (const { stage, compressed } of images) {
      const name = stage.stage.name
      const size = describePlatforms(
        this.registry,
        repository,
        name,
        settings.platforms,
        compressed
      )
      sizes.set(name, await this.filesystems.withWaste(size))
    }
    return sizes
  }

  /**
   * Layers a stored report measured (the base's, on another runner): the
   * engine is not asked to send them and they are not read again, so a pull
   * request's run reads only the layers it changed.
   */
  know(images: readonly ImageSize[]): void {
    this.registry.seed(reportedBlobs(images))
  }

  /** Which files changed between two images' first platforms; null when a layer's file list is not here. */
  fileChanges(base: ImageSize, head: ImageSize): Promise<FileChanges | null> {
    return this.filesystems.changes(base, head)
  }

  /**
   * Builds the images and has each reach the measurer as `delivery` says:
   * pushed by BuildKit as it exports them, loaded then pushed by the engine
   * (or, uncompressed, saved), or exported into OCI layout folders.
   */
  private async deliver(
    checkout: Checkout,
    settings: BuildSettings,
    images: StageImage[],
    delivery: Delivery,
    log: Log
  ): Promise<void> {
    if (delivery === 'oci') {
      // Through the client session, for an engine or builder that cannot reach this machine.
      return exportLayouts(
        images,
        this.registry,
        this.repository(checkout.side),
        placed => this.build(checkout, settings, placed, log, { delivery })
      )
    }
    if (delivery === 'push')
      return this.build(checkout, settings, images, log, { delivery })
    return this.loadAndSend(checkout, settings, images, log)
  }

  /** Builds the images into the engine's store, and has the engine send each to the measurer. */
  private async loadAndSend(
    checkout: Checkout,
    settings: BuildSettings,
    images: StageImage[],
    log: Log
  ): Promise<void> {
    // Tracked before the build: a cancelled build may have loaded some of them.
    images.forEach(image =>
      this.tags.add(image.tag, checkout.side, image.stage.stage.name)
    )
    const chains = new Map(
      images.map(image => [
        image.tag,
        fromChain(image.stage.stage, checkout.dockerfile.stages)
      ])
    )
    // The engine's push compresses: only images whose compressed size is wanted are pushed
    // (on the containerd store, the others were stored uncompressed and push as they are).
    const pushed = images.filter(
      image => image.compressed || this.engine.imageStore === 'containerd'
    )
    const pushing = new Set(pushed.map(image => image.tag))
    await this.build(checkout, settings, images, log, {
      delivery: 'load',
      onImageReady: tag => pushing.has(tag) && this.loaded.push(tag, chains.get(tag), log)
    })
    pushed.forEach(image => this.loaded.push(image.tag, chains.get(image.tag), log))
    const saved = images.filter(image => !pushing.has(image.tag)).map(image => image.tag)
    await Promise.all([
      this.loaded.pushed(),
      this.loaded.save(saved, this.repository(checkout.side), log)
    ])
  }

  /** Builds a checkout's images from the Dockerfile to build from, delivered as `how` says. */
  private build(
    checkout: Checkout,
    settings: BuildSettings,
    images: StageImage[],
    log: Log,
    how: Pick<BuildJob, 'delivery'> & Partial<Pick<BuildJob, 'onImageReady'>>
  ): Promise<void> {
    return withBuildDockerfile(checkout.dockerfilePath, checkout.plan, dockerfilePath =>
      buildImages(
        {
          ...settings,
          // One side writes the cache: the head's, what the user's own build would write.
          cacheTo: checkout.side === 'head' ? settings.cacheTo : [],
          contextDir: checkout.contextDir,
          buildContexts: checkout.buildContexts,
          dockerfilePath,
          images,
          onImageReady: () => {},
          ...how
        },
        this.engine,
        log
      )
    )
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

  /**
   * Removes the images the run tagged (or renames them when asked to keep
   * them) and stops the registry; says what it could not remove, and what
   * the cache could not keep.
   */
  async close(): Promise<void> {
    const read = this.registry.layersRead
    this.log.info(
      `Read ${count(read, 'new layer')} (${formatBytes(this.registry.layerBytesRead)}); no layer measured before (on this machine or in a stored report) was sent or read again.`
    )
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
}
