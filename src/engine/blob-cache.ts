import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import type { LayerContent, StoredBlob } from '../core/blobs.js'

/** The entry format; entries of any other are measured again and replaced. */
const FORMAT = 2

interface CachedBlob {
  format: typeof FORMAT
  digest: string
  size: number
  layer?: LayerContent
  /** base64 of a kept blob (an image config). */
  content?: string
  /** sha256 of the entry's other fields, so a damaged entry is never believed. */
  checksum: string
}

const DIGEST = /^sha256:[a-f0-9]{64}$/

/**
 * What earlier runs measured, by blob digest. A digest names its bytes, so an
 * entry is true on every engine: a layer measured once is not read again, and
 * the engine, asked whether the registry has it, sends nothing. One small file
 * per blob, written whole, so concurrent runs cannot corrupt it. An entry is
 * believed only when it is of this format and its checksum matches (a kept
 * blob's content must also match its digest); any other is treated as absent,
 * so the blob is measured again and the entry replaced.
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
      const entry = JSON.parse(await readFile(this.file(digest), 'utf8')) as CachedBlob
      return trustworthy(entry, digest) ? blobOf(entry) : undefined
    } catch {
      return undefined
    }
  }

  /** Keeps a measured blob; a blob that was neither measured nor kept is not worth keeping. */
  async put(blob: StoredBlob): Promise<void> {
    if (!DIGEST.test(blob.digest) || (!blob.layer && !blob.content)) return
    const fields: Omit<CachedBlob, 'checksum'> = {
      format: FORMAT,
      digest: blob.digest,
      size: blob.size,
      ...(blob.layer ? { layer: blob.layer } : {}),
      ...(blob.content ? { content: blob.content.toString('base64') } : {})
    }
    const entry: CachedBlob = { ...fields, checksum: checksumOf(fields) }
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

function trustworthy(entry: CachedBlob, digest: string): boolean {
  if (entry?.format !== FORMAT || entry.digest !== digest) return false
  const { checksum, ...fields } = entry
  if (checksum !== checksumOf(fields) || typeof entry.size !== 'number') return false
  return (
    entry.content === undefined || sha256(Buffer.from(entry.content, 'base64')) === digest
  )
}

function blobOf(entry: CachedBlob): StoredBlob {
  return {
    digest: entry.digest,
    size: entry.size,
    ...(entry.layer ? { layer: entry.layer } : {}),
    ...(entry.content !== undefined
      ? { content: Buffer.from(entry.content, 'base64') }
      : {})
  }
}

function checksumOf(fields: Omit<CachedBlob, 'checksum'>): string {
  return sha256(Buffer.from(JSON.stringify(fields)))
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
