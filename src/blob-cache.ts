import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import type { LayerContent } from './layers.js'
import type { StoredBlob } from './registry.js'

interface CachedBlob {
  digest: string
  size: number
  layer?: LayerContent
  /** base64 of a kept blob (an image config). */
  content?: string
}

const DIGEST = /^sha256:[a-f0-9]{64}$/

/**
 * What earlier runs measured, by blob digest. A digest names its bytes, so an
 * entry is true for ever and on every engine: a layer measured once is never
 * read again, and the engine, asked whether the registry has it, sends nothing.
 * One small file per blob, written whole, so concurrent runs cannot corrupt it;
 * an unreadable entry is measured again.
 */
export class BlobCache {
  constructor(private readonly dir: string) {}

  /** In STAGE_SIZE_CACHE_DIR, else $XDG_CACHE_HOME/stage-size, else ~/.cache/stage-size. */
  static inDefaultPlace(): BlobCache {
    const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache')
    const root = process.env.STAGE_SIZE_CACHE_DIR || path.join(base, 'stage-size')
    return new BlobCache(path.join(root, 'blobs'))
  }

  async get(digest: string): Promise<StoredBlob | undefined> {
    if (!DIGEST.test(digest)) return undefined
    try {
      const cached = JSON.parse(await readFile(this.file(digest), 'utf8')) as CachedBlob
      if (cached.digest !== digest || typeof cached.size !== 'number') return undefined
      return {
        digest,
        size: cached.size,
        ...(cached.layer ? { layer: cached.layer } : {}),
        ...(cached.content !== undefined
          ? { content: Buffer.from(cached.content, 'base64') }
          : {})
      }
    } catch {
      return undefined
    }
  }

  /** Keeps a measured blob; a blob that was neither measured nor kept is not worth keeping. */
  async put(blob: StoredBlob): Promise<void> {
    if (!DIGEST.test(blob.digest) || (!blob.layer && !blob.content)) return
    const entry: CachedBlob = {
      digest: blob.digest,
      size: blob.size,
      ...(blob.layer ? { layer: blob.layer } : {}),
      ...(blob.content ? { content: blob.content.toString('base64') } : {})
    }
    try {
      await mkdir(this.dir, { recursive: true })
      const file = this.file(blob.digest)
      const partial = `${file}.${process.pid}.${Date.now()}.partial`
      await writeFile(partial, JSON.stringify(entry))
      await rename(partial, file)
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  private file(digest: string): string {
    return path.join(this.dir, `${digest.replace(':', '-')}.json`)
  }
}
