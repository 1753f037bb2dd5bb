import { access, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { StageImage } from './stage-images.js'
import { readOciFolder, type LayoutSink } from './oci-layout.js'
import type { MeasuringRegistry } from './registry.js'
import { withTempDir } from '../system/files.js'

/**
 * Has `build` export `images` into OCI layout folders, each read into the
 * registry as its export ends: BuildKit sends each image through the client
 * session, skipping every layer stage-size already knows.
 */
export async function exportLayouts(
  images: StageImage[],
  registry: MeasuringRegistry,
  repository: string,
  build: (placed: StageImage[]) => Promise<void>
): Promise<void> {
  await withTempDir('stage-size-oci-', async root => {
    const exports = new OciExports(root, registry, repository)
    const placed = await exports.prepare(images, await registry.knownLayers())
    exports.watch()
    try {
      await build(placed)
    } catch (error) {
      await exports.abandon()
      throw error
    }
    await exports.finish()
  })
}

/** How often the folders are looked at for an export that finished. */
const POLL_MS = 200

/**
 * The OCI delivery's folders, one per stage (concurrent exports into one
 * folder collide). Before the build, each holds an empty file for every layer
 * stage-size has measured: BuildKit sends no blob whose file exists, so a warm
 * run sends only what is new. A stage's folder is read as soon as its export
 * ends (its index.json appears), each new blob measured once, then it is
 * removed; what it brought becomes placeholders in the folders still waiting.
 */
class OciExports {
  private readonly waiting = new Map<StageImage, string>()
  private reading: Promise<void> = Promise.resolve()
  private timer: NodeJS.Timeout | undefined
  /** Layers each folder already holds a placeholder for. */
  private readonly placed = new Map<string, Set<string>>()

  constructor(
    private readonly root: string,
    private readonly sink: LayoutSink,
    private readonly repository: string
  ) {}

  /** Gives each image its folder, with a placeholder for each known layer. */
  async prepare(
    images: StageImage[],
    knownLayers: readonly string[]
  ): Promise<StageImage[]> {
    return Promise.all(
      images.map(async (image, index) => {
        const dir = path.join(this.root, `${index}-${image.stage.stage.name}`)
        await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true })
        this.placed.set(dir, new Set())
        await this.place(dir, knownLayers)
        this.waiting.set(image, dir)
        return { ...image, ociDir: dir }
      })
    )
  }

  /** Reads each folder whose export has ended, while the build goes on. */
  watch(): void {
    // A failed read is kept in `reading`, for `finish` to throw.
    this.timer = setInterval(() => void this.readFinished().catch(() => {}), POLL_MS)
  }

  /** After a failed build: stops watching, and lets a read under way end (the build's error is the one to tell). */
  async abandon(): Promise<void> {
    clearInterval(this.timer)
    await this.reading.catch(() => {})
  }

  /** After the build: stops watching and reads every folder not read yet. */
  async finish(): Promise<void> {
    clearInterval(this.timer)
    await this.readFinished()
    if (this.waiting.size > 0) {
      const names = [...this.waiting.keys()].map(image => image.stage.stage.name)
      throw new Error(`the OCI export wrote no index.json for ${names.join(', ')}`)
    }
  }

  private readFinished(): Promise<void> {
    this.reading = this.reading.then(async () => {
      for (const [image, dir] of [...this.waiting]) {
        if (!(await exists(path.join(dir, 'index.json')))) continue
        this.waiting.delete(image)
        const measured = await readOciFolder(
          dir,
          this.sink,
          this.repository,
          image.stage.stage.name
        )
        await rm(dir, { recursive: true, force: true })
        for (const other of this.waiting.values()) await this.place(other, measured)
      }
    })
    return this.reading
  }

  private async place(dir: string, digests: readonly string[]): Promise<void> {
    const placed = this.placed.get(dir) as Set<string>
    const blobs = path.join(dir, 'blobs', 'sha256')
    for (const digest of digests) {
      if (placed.has(digest) || !digest.startsWith('sha256:')) continue
      placed.add(digest)
      // `wx`: a blob BuildKit wrote meanwhile stays as it is.
      await writeFile(path.join(blobs, digest.slice(7)), '', { flag: 'wx' }).catch(
        () => {}
      )
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}
