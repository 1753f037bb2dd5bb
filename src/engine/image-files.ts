import { compareFilesystems, type FileChanges } from '../core/file-changes.js'
import { MergedFilesystem } from '../core/final-filesystem.js'
import type { LayerEntry } from '../core/layer-entries.js'
import type { ImageSize, PlatformSize } from '../core/image.js'

/** A layer's file list by the layer's digest, or null when none is kept. */
type FileListSource = (digest: string) => Promise<AsyncIterable<LayerEntry> | null>

/**
 * Images' final filesystems, merged from their layers' file lists (written
 * when each layer was read, the one read that measures it): what each image
 * wastes, and which files changed between two images.
 */
export class ImageFilesystems {
  /** Each image's waste, by its layers: stages and sides often share an image. */
  private readonly wastes = new Map<string, Promise<Partial<PlatformSize>>>()

  constructor(private readonly lists: FileListSource) {}

  /** The image with its wasted bytes (each platform's too), when every layer has a file list. */
  async withWaste(image: ImageSize): Promise<ImageSize> {
    const own = await this.waste(image)
    if (!image.platforms) return { ...image, ...own }
    const platforms: Record<string, PlatformSize> = {}
    for (const [platform, size] of Object.entries(image.platforms)) {
      platforms[platform] =
        size === image ? { ...size, ...own } : { ...size, ...(await this.waste(size)) }
    }
    return { ...image, ...own, platforms }
  }

  /** Which files changed from `base` to `head`; null when a layer has no file list here. */
  async changes(base: PlatformSize, head: PlatformSize): Promise<FileChanges | null> {
    // The same layers hold the same files: nothing to read.
    if (layersOf(base) === layersOf(head)) return compareFilesystems(nothing(), nothing())
    const [before, after] = [await this.merge(base), await this.merge(head)]
    if (!before || !after) return null
    return compareFilesystems(before.files(), after.files())
  }

  private waste(image: PlatformSize): Promise<Partial<PlatformSize>> {
    const key = layersOf(image)
    let waste = this.wastes.get(key)
    if (!waste) this.wastes.set(key, (waste = this.readWaste(image)))
    return waste
  }

  private async readWaste(image: PlatformSize): Promise<Partial<PlatformSize>> {
    const merged = await this.merge(image)
    if (!merged) return {}
    // Only the waste is wanted: walking the files finds it.
    const files = merged.files()
    while (!(await files.next()).done);
    return merged.waste()
  }

  private async merge(image: PlatformSize): Promise<MergedFilesystem | null> {
    const lists = await Promise.all(image.layers.map(layer => this.lists(layer.digest)))
    if (lists.some(list => list === null)) return null
    return new MergedFilesystem(lists as AsyncIterable<LayerEntry>[])
  }
}

function layersOf(image: PlatformSize): string {
  return image.layers.map(layer => layer.digest).join(' ')
}

async function* nothing(): AsyncGenerator<never> {}
