import type { StoredBlob } from '../core/blobs.js'
import type { LayerEntry } from '../core/layer-entries.js'
import { uncompressedTwin, type BlobCache } from './blob-cache.js'

/** How long a question about a blob being sent waits for it. */
const ANNOUNCED_WAIT_MS = 120_000

/**
 * The blobs measured in this run or an earlier one (the cache), and those a
 * client is sending right now. Asked about a blob being sent, it waits for it,
 * so that two concurrent pushes of images sharing a layer (BuildKit pushes
 * its targets side by side) send it, and it is read, once.
 */
export class KnownBlobs {
  private readonly blobs = new Map<string, StoredBlob>()
  /** Blobs a client was told are missing, so is sending: other askers wait for them. */
  private readonly announced = new Map<
    string,
    { arrived: Promise<void>; arrive: () => void; timer: NodeJS.Timeout }
  >()
  /** Blobs received in full, and of them layers: each is read once per run. */
  private received = 0
  private layers = 0
  private layerBytes = 0
  /** A seeded twin's file list is the one the report brought under its compressed digest. */
  private readonly listedAs = new Map<string, string>()

  constructor(private readonly cache: BlobCache | null) {}

  /** A blob measured in this run only (what a push of this run delivered). */
  measured(digest: string): StoredBlob | undefined {
    return this.blobs.get(digest)
  }

  /** A blob measured in this run or an earlier one. */
  async known(digest: string): Promise<StoredBlob | undefined> {
    const measured = this.blobs.get(digest)
    if (measured || !this.cache) return measured
    const cached = await this.cache.get(digest)
    if (cached) this.blobs.set(digest, cached)
    return cached
  }

  /**
   * A layer the engine did not send because it was said to be known: as
   * `known`, but a cached one whose file list is damaged keeps its sizes.
   */
  async skipped(digest: string): Promise<StoredBlob | undefined> {
    const known = await this.known(digest)
    if (known || !this.cache) return known
    const sizes = await this.cache.sizes(digest)
    if (sizes) this.blobs.set(digest, sizes)
    return sizes
  }

  /**
   * Layers measured elsewhere (a stored report's), known for this run only:
   * neither sent nor read again, and never written to the cache, which keeps
   * only what this machine read.
   */
  seed(blobs: readonly StoredBlob[]): void {
    for (const blob of blobs) {
      if (this.blobs.has(blob.digest)) continue
      this.blobs.set(blob.digest, blob)
      const twin = uncompressedTwin(blob)
      if (twin && !this.blobs.has(twin.digest)) {
        this.blobs.set(twin.digest, twin)
        this.listedAs.set(twin.digest, blob.digest)
      }
    }
  }

  /**
   * A known blob; or, when another client was just told it is missing (and is
   * sending it), the same answer once that upload ends; or undefined, and the
   * asker is taken to be sending it from now on.
   */
  async knownOrAwaited(digest: string): Promise<StoredBlob | undefined> {
    const known = await this.known(digest)
    if (known) return known
    const sending = this.announced.get(digest)
    if (sending) {
      await sending.arrived
      return this.known(digest)
    }
    let arrive = () => {}
    const arrived = new Promise<void>(resolve => (arrive = resolve))
    // The client may send the blob under another digest, or not at all: do not wait for ever.
    const timer = setTimeout(() => this.settle(digest), ANNOUNCED_WAIT_MS).unref()
    this.announced.set(digest, { arrived, arrive, timer })
    return undefined
  }

  /** Keeps a blob received in full, in the cache (a layer's entries as its file list) and here. */
  async add({ entries, ...blob }: StoredBlob): Promise<void> {
    this.received++
    if (blob.layer) {
      this.layers++
      this.layerBytes += blob.size
    }
    if (!this.cache) await entries?.discard()
    const kept = this.cache ? await this.cache.put({ ...blob, entries }) : blob
    this.blobs.set(blob.digest, kept)
    const twin = uncompressedTwin(kept)
    if (twin) this.blobs.set(twin.digest, twin)
  }

  /** Every layer known: measured in this run, brought by a stored report, or in the cache. */
  async layerDigests(): Promise<string[]> {
    const here = [...this.blobs.values()]
      .filter(blob => blob.layer)
      .map(blob => blob.digest)
    return [...new Set([...here, ...((await this.cache?.layerDigests()) ?? [])])]
  }

  /** A known layer's file list, when the cache keeps one. */
  fileList(blob: StoredBlob): AsyncIterable<LayerEntry> | null {
    return this.cache?.fileList(blob) ?? null
  }

  /** The list of a layer measured elsewhere, brought by a stored report. */
  async importedList(digest: string): Promise<AsyncIterable<LayerEntry> | null> {
    return (await this.cache?.importedList(this.listedAs.get(digest) ?? digest)) ?? null
  }

  /** An upload of `digest` ended, kept or refused: whoever waits for it asks again. */
  settle(digest: string): void {
    const sending = this.announced.get(digest)
    if (!sending) return
    clearTimeout(sending.timer)
    this.announced.delete(digest)
    sending.arrive()
  }

  settleAll(): void {
    for (const digest of [...this.announced.keys()]) this.settle(digest)
  }

  get receivedCount(): number {
    return this.received
  }

  get layersRead(): number {
    return this.layers
  }

  /** The bytes of the layers read, as they arrived. */
  get layerBytesRead(): number {
    return this.layerBytes
  }
}
