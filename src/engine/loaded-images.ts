import type { Log } from '../core/log.js'
import { UserError } from '../core/errors.js'
import { lastLines } from '../system/process.js'
import { Docker } from './docker.js'
import { describeKnownImage, type StoredImage } from './known-images.js'
import { readSavedImages } from './oci-layout.js'
import { PushQueue, type Chain } from './push-queue.js'
import type { MeasuringRegistry } from './registry.js'

/**
 * Images the build loaded into the engine's store, sent to the measurer by
 * the engine: pushed when their compressed size is wanted (the engine
 * compresses as it pushes), else saved, which streams layers uncompressed.
 */
export class LoadedImages {
  /** One queue for every checkout, so that a layer they share is sent once. */
  private readonly pushes = new PushQueue(tag => this.pushNow(tag))
  /** Where each tag's push reports, by tag. */
  private readonly logs = new Map<string, Log>()

  constructor(private readonly registry: MeasuringRegistry) {}

  /** Pushes an image once it can go: `chain` is its FROM chain (see PushQueue). */
  push(tag: string, chain: Chain | undefined, log: Log): void {
    this.logs.set(tag, log)
    this.pushes.add(tag, chain ?? [tag])
  }

  /** Resolves when every push so far is done; rejects with the first failure. */
  pushed(): Promise<void> {
    return this.pushes.finished()
  }

  /** Resolves when no push runs, failed or not. */
  settled(): Promise<void> {
    return this.pushes.settled()
  }

  /**
   * Images whose compressed size nobody wants, read without a compression:
   * the engine's image export. An image whose config and layers were all
   * measured before is described from them instead, as the export streams
   * every layer, known or not.
   */
  async save(tags: string[], repository: string, log: Log): Promise<void> {
    const stageOf = new Map(tags.map(tag => [tag, tag.slice(tag.lastIndexOf(':') + 1)]))
    const unknown: string[] = []
    for (const [tag, image] of await storedImages(tags)) {
      const stage = stageOf.get(tag) as string
      if (image && (await describeKnownImage(this.registry, repository, stage, image)))
        log.detail(`${tag}: every layer measured before, not read again`)
      else unknown.push(tag)
    }
    if (unknown.length === 0) return
    await Docker.stream(['save', ...unknown], stream =>
      readSavedImages(
        stream,
        this.registry,
        repository,
        name => stageOf.get(name) ?? null
      )
    )
  }

  /** Has the engine push one image to the measuring registry, which measures as it receives. */
  private async pushNow(tag: string): Promise<void> {
    const log = this.logs.get(tag)
    log?.detail(`measuring ${tag}`)
    const result = await Docker.run(['push', '--quiet', tag])
    if (result.exitCode !== 0) {
      throw new UserError(
        `measuring failed: the Docker engine could not push to stage-size's measuring endpoint at ${this.registry.host} (${lastLines(result.stderr, 1)})`,
        result.stderr
      )
    }
    log?.detail(`measured ${tag}`)
  }
}

/** Each tag's config digest and diff IDs, in one `docker image inspect`; null for one it cannot read. */
async function storedImages(tags: string[]): Promise<Map<string, StoredImage | null>> {
  const images = new Map<string, StoredImage | null>(tags.map(tag => [tag, null]))
  if (tags.length === 0) return images
  const result = await Docker.run([
    'image',
    'inspect',
    '--format',
    '{{json .Id}} {{json .RootFS.Layers}}',
    ...tags
  ])
  // In the order asked; a failed inspect leaves every image to be read.
  const lines = result.exitCode === 0 ? result.stdout.trim().split('\n') : []
  lines.forEach((line, at) => {
    const [id, layers] = line.split(' ', 2).map(part => JSON.parse(part) as unknown)
    if (typeof id === 'string' && Array.isArray(layers))
      images.set(tags[at], { id, diffIds: layers as string[] })
  })
  return images
}
