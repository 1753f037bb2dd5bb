import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../core/errors.js'
import type { Log } from '../core/log.js'
import type { BuildSettings } from '../core/options/options.js'
import type { Delivery } from './stage-images.js'
import { Docker, builderInfo, type BuilderInfo, type Engine } from './docker.js'
import type { MeasuringRegistry } from './registry.js'
import { withTempDir } from '../system/files.js'

/** The repositories the engine and the builder are told to reach, to tell whether they can. */
const ENGINE_PROBE = 'stage-size-probe'
const BUILDER_PROBE = 'stage-size-probe-builder'
const BRIDGE_PROBE = 'stage-size-probe-bridge'

/**
 * How long a builder's probe push may take: a refused connection fails at once,
 * but a gateway a firewall drops (ufw's default on a self-hosted runner) would
 * hold the push for minutes; past this, the builder takes the session path.
 */
const PROBE_TIMEOUT_MS = 20_000

/** How a run's images reached the measurer, as the report says it. */
export type DeliveryName = 'registry-push' | 'registry-load' | 'oci' | null

/**
 * How images reach the measurer, decided from what the engine and builder
 * say. An engine on this machine's network, with the docker driver: on the
 * containerd store BuildKit pushes them itself as it exports them (no
 * unpacking, nothing to remove); on the classic store, or with images to
 * keep, they are loaded and the engine pushes them. A builder of another
 * driver pushes them itself when it reaches this machine's network (or, a
 * docker-container builder on a Docker bridge, the bridge's gateway). An engine
 * elsewhere, or a builder that cannot push here: BuildKit sends them through
 * the build session into OCI layout folders.
 */
export class Deliveries {
  private builder: BuilderInfo | undefined
  private reaches: Promise<boolean> | undefined
  private builderReaches: Promise<boolean> | undefined
  private bridged: Promise<string | null> | undefined
  private chosen: Delivery | undefined

  constructor(
    private readonly engine: Engine,
    private readonly registry: MeasuringRegistry,
    private readonly keepImages: boolean,
    private readonly log: Log
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

  /**
   * Where a builder that pushes sends its images: the measuring registry on
   * 127.0.0.1, or, for a docker-container builder on a Docker bridge, the
   * registry's listener on that bridge's gateway.
   */
  async pushHost(): Promise<string> {
    if (await this.builderReaches) return this.registry.host
    return (await this.bridged) ?? this.registry.host
  }

  /** The buildx builder the stages build on, as buildx describes it; null without buildx. */
  async builderOf(settings: Pick<BuildSettings, 'builder'>): Promise<BuilderInfo | null> {
    if (!this.engine.buildx) return null
    this.builder ??= await builderInfo(settings.builder)
    return this.builder
  }

  private async chooseFor(settings: BuildSettings): Promise<Delivery> {
    if (!(await this.engineReachesRegistry())) return this.remoteDelivery()
    if (!this.engine.buildx) return 'load'
    const { driver, nodes } = (await this.builderOf(settings)) as BuilderInfo
    // A builder of another driver (docker-container, remote, kubernetes, cloud)
    // pushes itself when it shares this machine's network; else its images
    // come through the session.
    if (driver && driver !== 'docker') {
      this.builderReaches ??= this.probePush(
        settings.builder,
        this.registry.host,
        BUILDER_PROBE
      )
      // Both probes at once: a builder on a bridge fails the first and takes the second.
      if (driver === 'docker-container' && nodes.length === 1)
        this.bridged ??= this.bridgeHost(nodes[0].name, settings.builder)
      const [direct, bridged] = await Promise.all([this.builderReaches, this.bridged])
      if (direct || bridged) return 'push'
      return this.sessionDelivery(nodes.length, settings.builder)
    }
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
      `${this.registry.host}/${ENGINE_PROBE}:reach`
    ]).then(() => this.registry.reachedFor(ENGINE_PROBE))
    return this.reaches
  }

  /**
   * Whether the builder can push to the measuring registry at `host`, asked
   * of the builder itself: it builds an image of no layers and pushes it as
   * `probe`. At 127.0.0.1, a `remote` buildkitd on this machine, or a
   * docker-container builder made with network=host, arrives; one on Docker's
   * default bridge finds its own 127.0.0.1 (connection refused) and does not.
   */
  private async probePush(
    builder: string | undefined,
    host: string,
    probe: string
  ): Promise<boolean> {
    await withTempDir('stage-size-probe-', async dir => {
      await writeFile(
        path.join(dir, 'Dockerfile'),
        'FROM scratch\nLABEL stage-size=probe\n'
      )
      const result = await Docker.run(
        [
          'buildx',
          ...(builder ? ['--builder', builder] : []),
          'build',
          '--progress=quiet',
          '--output',
          `type=image,name=${host}/${probe}:reach,push=true,registry.insecure=true`,
          dir
        ],
        { timeoutMs: PROBE_TIMEOUT_MS }
      )
      // Said, as the slower session path follows: a firewall may be the cause.
      if (result.timedOut)
        this.log.info(
          `The builder's push to ${host} did not finish in ${PROBE_TIMEOUT_MS / 1000} s (a firewall dropping it?); it was stopped.`
        )
    })
    return this.registry.reachedFor(probe)
  }

  /**
   * A docker-container builder on a Docker bridge (docker/setup-buildx-action's
   * default) finds its own 127.0.0.1, but reaches this machine at the bridge's
   * gateway: the registry listens there too, for that container only, and the
   * builder is asked to push to it. Null when it cannot (no bridge, an engine
   * elsewhere, a firewall).
   */
  private async bridgeHost(
    node: string,
    builder: string | undefined
  ): Promise<string | null> {
    // buildx names a docker-container node's container buildx_buildkit_<node>.
    const inspected = await Docker.run([
      'container',
      'inspect',
      '--format',
      '{{range .NetworkSettings.Networks}}{{.Gateway}} {{.IPAddress}}{{println}}{{end}}',
      `buildx_buildkit_${node}`
    ])
    const [gateway, address] =
      inspected.stdout
        .split('\n')
        .map(line => line.trim().split(' '))
        .find(([gw, ip]) => gw && ip) ?? []
    if (inspected.exitCode !== 0 || !gateway || !address) return null
    const host = await this.registry.listenOn(gateway, address).catch(() => null)
    if (!host) return null
    return (await this.probePush(builder, host, BRIDGE_PROBE)) ? host : null
  }

  /** Images through the session: buildx refuses OCI archives from a builder of several nodes. */
  private sessionDelivery(nodes: number, builder: string | undefined): Delivery {
    const name = builder ?? '(the current one)'
    if (nodes <= 1) {
      this.log.info(
        `The buildx builder ${name} cannot push to stage-size's measuring registry; its images come through the build session, which takes longer.`
      )
      return 'oci'
    }
    throw new UserError(
      `the buildx builder ${name} has ${nodes} nodes, and buildx exports nothing stage-size can read from a multi-node builder (OCI archives need one node); give stage-size a single-node builder (builder input), or the default docker builder`
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
