import { UserError } from '../core/errors.js'
import type { BuildSettings } from '../core/options/options.js'
import type { Delivery } from './build.js'
import { Docker, builderInfo, type BuilderInfo, type Engine } from './docker.js'
import type { MeasuringRegistry } from './registry.js'

/** How a run's images reached the measurer, as the report says it. */
export type DeliveryName = 'registry-push' | 'registry-load' | 'oci' | null

/**
 * How images reach the measurer, decided from what the engine and builder
 * say. An engine on this machine's network, with the docker driver: on the
 * containerd store BuildKit pushes them itself as it exports them (no
 * unpacking, nothing to remove); on the classic store, or with images to
 * keep, they are loaded and the engine pushes them. An engine elsewhere, or
 * a builder of another driver: BuildKit sends them through the build session
 * as OCI archives.
 */
export class Deliveries {
  private builder: BuilderInfo | undefined
  private reaches: Promise<boolean> | undefined
  private chosen: Delivery | undefined

  constructor(
    private readonly engine: Engine,
    private readonly registry: MeasuringRegistry,
    private readonly keepImages: boolean
  ) {}

  async choose(settings: BuildSettings): Promise<Delivery> {
    this.chosen = await this.chooseFor(settings)
    return this.chosen
  }

  /** How this run's images reached the measurer, for the report. */
  get name(): DeliveryName {
    if (!this.chosen) return null
    return this.chosen === 'oci' ? 'oci' : `registry-${this.chosen}`
  }

  private async chooseFor(settings: BuildSettings): Promise<Delivery> {
    if (!(await this.engineReachesRegistry())) return this.remoteDelivery()
    if (!this.engine.buildx) return 'load'
    this.builder ??= await builderInfo(settings.builder)
    const { driver, nodes } = this.builder
    // A builder of another driver (docker-container, remote, kubernetes, cloud)
    // sits on its own network: its images come through the session.
    if (driver && driver !== 'docker')
      return this.sessionDelivery(nodes, settings.builder)
    return this.keepImages || this.engine.imageStore !== 'containerd' ? 'load' : 'push'
  }

  /**
   * Whether the engine shares this machine's network, asked of the engine
   * itself: it is told to pull from the measuring registry, which notes any
   * contact. A remote engine (Docker Desktop's VM, ssh://, tcp://, another
   * network namespace) never arrives.
   */
  private async engineReachesRegistry(): Promise<boolean> {
    this.reaches ??= Docker.run([
      'pull',
      '--quiet',
      `${this.registry.host}/stage-size-probe:reach`
    ]).then(() => this.registry.contacted)
    return this.reaches
  }

  /** Images through the session: buildx refuses OCI archives from a builder of several nodes. */
  private sessionDelivery(nodes: number, builder: string | undefined): Delivery {
    if (nodes <= 1) return 'oci'
    throw new UserError(
      `the buildx builder ${builder ?? '(the current one)'} has ${nodes} nodes, and buildx exports nothing stage-size can read from a multi-node builder (OCI archives need one node); give stage-size a single-node builder (builder input), or the default docker builder`
    )
  }

  /** An engine elsewhere sends images through the client session, which needs the containerd store. */
  private remoteDelivery(): Delivery {
    if (this.engine.imageStore === 'containerd' && this.engine.buildx) return 'oci'
    throw new UserError(
      `the Docker engine (${Docker.where}) runs elsewhere and cannot reach stage-size's measuring registry on this machine, and its classic image store cannot send images through the build session: turn on that engine's containerd image store ("features": {"containerd-snapshotter": true}), or run stage-size on the engine's machine`
    )
  }
}
