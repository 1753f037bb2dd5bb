import { UserError } from './errors.js'
import type { Options } from './options/options.js'
import type { ImageStore } from './report.js'

/** What the options need to know of the engine. */
export interface EngineTraits {
  imageStore: ImageStore
  /** The buildx plugin's version, or null when the client has none. */
  buildx: string | null
}

/** Refuses, before anything is built, what this engine cannot do as asked. */
export function assertEngineNeeds(options: Options, engine: EngineTraits): void {
  assertPlatformsFit(options, engine)
  assertCachesFit(options, engine)
  if (!engine.buildx) assertClassicBuilderCan(options)
}

/** What only BuildKit does: refused by name when the client has no buildx plugin. */
function assertClassicBuilderCan(options: Options): void {
  const { names, build } = options
  const needsBuildKit: [boolean, string, string][] = [
    [build.secrets.length > 0, names.secrets, 'build secrets'],
    [build.controls.ssh.length > 0, names.ssh, 'ssh mounts'],
    [
      Object.keys(build.controls.buildContexts).length > 0,
      names.buildContexts,
      'named build contexts'
    ],
    [build.controls.noCacheFilters.length > 0, names.noCacheFilters, 'no-cache filters'],
    [build.controls.allow.length > 0, names.allow, 'entitlements']
  ]
  const [, name, what] = needsBuildKit.find(([given]) => given) ?? []
  if (name) {
    throw new UserError(
      `${name}: ${what} need BuildKit; install the docker-buildx plugin`
    )
  }
}

/** Several platforms need an image store that holds them, and BuildKit to build them. */
function assertPlatformsFit(options: Options, engine: EngineTraits): void {
  if (options.platforms.length < 2) return
  const list = options.platforms.join(', ')
  if (engine.imageStore === 'classic') {
    throw new UserError(
      `${options.names.platforms}: the classic image store cannot hold a multi-platform image (${list}); turn on the containerd image store (Docker Engine 29's default; "features": {"containerd-snapshotter": true} in daemon.json), or give one platform`
    )
  }
  if (!engine.buildx) {
    throw new UserError(
      `${options.names.platforms}: building for several platforms (${list}) needs BuildKit; install the docker-buildx plugin, or give one platform`
    )
  }
}

/** Build caches need BuildKit, and writing one needs more than the classic store's docker driver. */
function assertCachesFit(options: Options, engine: EngineTraits): void {
  const given =
    options.cacheTo.length > 0
      ? options.names.cacheTo
      : options.cacheFrom.length > 0
        ? options.names.cacheFrom
        : null
  if (!given) return
  if (!engine.buildx) {
    throw new UserError(
      `${given}: build caches need BuildKit; install the docker-buildx plugin`
    )
  }
  if (options.cacheTo.length > 0 && engine.imageStore === 'classic') {
    throw new UserError(
      `${options.names.cacheTo}: the docker driver on the classic image store cannot write a build cache; turn on the containerd image store (Docker Engine 29's default), or leave cache-to out`
    )
  }
}
