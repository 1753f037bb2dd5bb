import { createHash } from 'node:crypto'
import {
  access,
  link,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  writeFile
} from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import type { EntryList, LayerContent, StoredBlob } from '../core/blobs.js'
import type { LayerEntry } from '../core/layer-entries.js'
import { messageOf } from '../core/errors.js'
import { hashFileList, readFileList } from './ndjson-lists.js'

/**
 * The entry format; entries of any other are measured again and replaced
 * (3: layers have file lists; 4: and their diff ID, under which they are kept too).
 */
const FORMAT = 5

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
  private readonly blobs: string
  private readonly lists: string
  /** Why the cache could not keep what was measured (a full disk, say), once, for the log. */
  problem: string | null = null

  /** Entries in `root`/blobs, layers' file lists in `root`/files. */
  constructor(private readonly root: string) {
    this.blobs = path.join(root, 'blobs')
    this.lists = path.join(root, 'files')
  }

  /** In STAGE_SIZE_CACHE_DIR, else $XDG_CACHE_HOME/stage-size, else ~/.cache/stage-size. */
  static inDefaultPlace(): BlobCache {
    const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache')
    return new BlobCache(
      process.env.STAGE_SIZE_CACHE_DIR || path.join(base, 'stage-size')
    )
  }

  /** A trusted entry: of this format, its checksum right, its file list (if any) intact. */
  async get(digest: string): Promise<StoredBlob | undefined> {
    const blob = await this.entry(digest)
    const list = blob?.layer?.fileList
    if (list && (await hashFileList(this.listFile(digest))) !== list.sha256)
      return undefined
    return blob
  }

  /**
   * A trusted entry's sizes, its file list dropped when that is damaged: for
   * a layer the engine did not send because the cache said it had it.
   */
  async sizes(digest: string): Promise<StoredBlob | undefined> {
    const blob = await this.get(digest)
    if (blob) return blob
    const entry = await this.entry(digest)
    if (!entry?.layer) return entry
    const layer = { ...entry.layer }
    delete layer.fileList
    return { ...entry, layer }
  }

  /** The entry of this format whose checksum is right, without looking at its file list. */
  private async entry(digest: string): Promise<StoredBlob | undefined> {
    if (!DIGEST.test(digest)) return undefined
    try {
      const entry = JSON.parse(
        await readFile(this.entryFile(digest), 'utf8')
      ) as CachedBlob
      return trustworthy(entry, digest) ? blobOf(entry) : undefined
    } catch {
      return undefined
    }
  }

  /**
   * Keeps a measured blob, a layer's entries as its file list; returns the
   * blob as kept (its entries replaced by the list). A blob that was neither
   * measured nor kept is not worth keeping.
   */
  async put({ entries, ...blob }: StoredBlob): Promise<StoredBlob> {
    if (!DIGEST.test(blob.digest) || (!blob.layer && !blob.content)) {
      await entries?.discard()
      return blob
    }
    try {
      await mkdir(this.blobs, { recursive: true })
      const kept = await this.withFileList(blob, entries)
      await writeWhole(this.entryFile(blob.digest), JSON.stringify(entryOf(kept)))
      await this.keepUncompressed(kept)
      return kept
    } catch (error) {
      // A cache that cannot be written only costs speed (and the file changes).
      this.problem ??= `the cache folder ${this.root} could not keep what this run measured (${messageOf(error)}); the next run measures those layers again (free space there, or point STAGE_SIZE_CACHE_DIR elsewhere)`
      await entries?.discard()
      return blob
    }
  }

  /**
   * A compressed layer is kept under its diff ID too: the same layer exported
   * uncompressed (a stage whose compressed size nobody pulls) is that blob.
   */
  private async keepUncompressed(blob: StoredBlob): Promise<void> {
    const alias = uncompressedTwin(blob)
    if (!alias) return
    if (blob.layer?.fileList) {
      await rm(this.listFile(alias.digest), { force: true })
      await link(this.listFile(blob.digest), this.listFile(alias.digest))
    }
    await writeWhole(this.entryFile(alias.digest), JSON.stringify(entryOf(alias)))
  }

  /** A layer's file list, when the cache keeps one (read it after `get` trusted the entry). */
  fileList(blob: StoredBlob): AsyncIterable<LayerEntry> | null {
    return blob.layer?.fileList ? readFileList(this.listFile(blob.digest)) : null
  }

  /**
   * The file list of a layer this machine never read, as a stored baseline's
   * artifact brought it (see `importList`); null when there is none.
   */
  async importedList(digest: string): Promise<AsyncIterable<LayerEntry> | null> {
    if (!DIGEST.test(digest)) return null
    const file = this.listFile(digest)
    return (await exists(file)) ? readFileList(file) : null
  }

  /** Every layer the cache has a trusted entry for (by either digest). */
  async layerDigests(): Promise<string[]> {
    const names = await readdir(this.blobs).catch(() => [] as string[])
    const digests = names.flatMap(name => {
      const hex = name.match(/^sha256-([a-f0-9]{64})\.json$/)?.[1]
      return hex ? [`sha256:${hex}`] : []
    })
    const entries = await Promise.all(digests.map(digest => this.entry(digest)))
    return digests.filter((_, at) => entries[at]?.layer)
  }

  /** The files of those layers' lists that the cache holds, to store with a report. */
  async storedLists(digests: readonly string[]): Promise<string[]> {
    const files = [...new Set(digests)]
      .filter(d => DIGEST.test(d))
      .map(d => this.listFile(d))
    const present = await Promise.all(files.map(exists))
    return files.filter((_, at) => present[at])
  }

  /** Keeps a layer's list that a stored report brought, unless the cache has one. */
  async importList(digest: string, file: string): Promise<void> {
    if (!DIGEST.test(digest) || (await exists(this.listFile(digest)))) return
    try {
      await mkdir(this.lists, { recursive: true })
      await writeWhole(this.listFile(digest), await readFile(file, 'utf8'))
    } catch (error) {
      // Without the list, that layer's files are only not compared.
      this.problem ??= `the cache folder ${this.root} could not keep a stored report's file lists (${messageOf(error)}); free space there, or point STAGE_SIZE_CACHE_DIR elsewhere`
    }
  }

  private async withFileList(
    blob: StoredBlob,
    entries: EntryList | undefined
  ): Promise<StoredBlob> {
    if (!blob.layer || !entries) return blob
    await mkdir(this.lists, { recursive: true })
    const fileList = await entries.write(this.listFile(blob.digest))
    return { ...blob, layer: { ...blob.layer, fileList } }
  }

  private entryFile(digest: string): string {
    return path.join(this.blobs, `${digest.replace(':', '-')}.json`)
  }

  private listFile(digest: string): string {
    return path.join(this.lists, `${digest.replace(':', '-')}.ndjson`)
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}

/** Written under a temporary name, then renamed: a full disk leaves no half entry behind. */
async function writeWhole(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.${Date.now()}.partial`
  try {
    await writeFile(partial, text)
    await rename(partial, file)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

function entryOf(blob: StoredBlob): CachedBlob {
  const fields: Omit<CachedBlob, 'checksum'> = {
    format: FORMAT,
    digest: blob.digest,
    size: blob.size,
    ...(blob.layer ? { layer: blob.layer } : {}),
    ...(blob.content ? { content: blob.content.toString('base64') } : {})
  }
  return { ...fields, checksum: checksumOf(fields) }
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

/** A compressed layer's uncompressed twin: the blob of its diff ID, the same content; null for an uncompressed one. */
export function uncompressedTwin(blob: StoredBlob): StoredBlob | null {
  const layer = blob.layer
  if (!layer || layer.diffId === blob.digest || !DIGEST.test(layer.diffId)) return null
  return { digest: layer.diffId, size: layer.tarBytes, layer }
}
