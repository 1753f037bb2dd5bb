import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { PassThrough, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import tar from 'tar-stream'
import type { StoredBlob } from '../core/blobs.js'
import { measureBlob, withDiffId } from './blob-measurer.js'

/** Where a layout's blobs and manifests go: the measuring registry's store. */
export interface LayoutSink {
  known(digest: string): Promise<StoredBlob | undefined>
  /** A layer the engine did not send, as it was said to be known. */
  skipped(digest: string): Promise<StoredBlob | undefined>
  addBlob(blob: StoredBlob): Promise<void>
  addManifest(
    repository: string,
    reference: string,
    mediaType: string,
    body: Buffer
  ): void
}

const BLOB_PATH = /^blobs\/sha256\/([a-f0-9]{64})$/
const INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json'

/**
 * Reads an OCI image layout folder, as BuildKit's OCI exporter writes one
 * (`tar=false`), into the sink: each blob BuildKit sent is measured by the
 * same measurer a push feeds (its digest checked); an empty file is a blob
 * stage-size already knows, which BuildKit therefore did not send. The
 * layout's index.json is stored as `repository:tag`, every manifest by its
 * digest, so the image is described as a pushed one is. Returns the layers
 * measured here (each also by its diff ID).
 */
export async function readOciFolder(
  dir: string,
  sink: LayoutSink,
  repository: string,
  tag: string
): Promise<string[]> {
  const kept: StoredBlob[] = []
  const measured: string[] = []
  const blobs = path.join(dir, 'blobs', 'sha256')
  for (const name of await readdir(blobs).catch(() => [] as string[])) {
    const file = path.join(blobs, name)
    if (!/^[a-f0-9]{64}$/.test(name) || (await stat(file)).size === 0) continue
    const blob = await measuredOnce(`sha256:${name}`, createReadStream(file), sink)
    const layer = blob.stored.layer
    if (blob.fresh && layer) measured.push(blob.stored.digest, layer.diffId)
    if (blob.stored.content) kept.push(blob.stored)
  }
  const index = await readFile(path.join(dir, 'index.json'))
  sink.addManifest(repository, tag, INDEX_MEDIA_TYPE, index)
  for (const blob of kept) registerManifest(blob, sink, repository)
  // The layers BuildKit did not send (known) are looked up, so the image can be described.
  for (const digest of kept.flatMap(layersOf)) await sink.skipped(digest)
  return measured
}

/** The layer digests a manifest lists (none for a config or an index). */
function layersOf(blob: StoredBlob): string[] {
  try {
    const document = JSON.parse((blob.content as Buffer).toString('utf8')) as {
      layers?: { digest?: string }[]
    }
    return (document.layers ?? []).flatMap(layer => (layer.digest ? [layer.digest] : []))
  } catch {
    return []
  }
}

/**
 * Reads a `docker save` stream of several images (an OCI layout tar: layers
 * uncompressed, named by their diff IDs) into the sink; `tagOf` names each of
 * the index's images by the stage it is. Known blobs stream past unread.
 */
export async function readSavedImages(
  stream: Readable,
  sink: LayoutSink,
  repository: string,
  tagOf: (imageName: string) => string | null
): Promise<void> {
  const extract = tar.extract()
  const kept: StoredBlob[] = []
  let index: Buffer | undefined
  const reading = (async () => {
    for await (const entry of extract) {
      const name = entry.header.name.replace(/^\.\//, '')
      const blob = name.match(BLOB_PATH)
      if (name === 'index.json') index = await readAll(entry)
      else if (blob) {
        const { stored } = await measuredOnce(`sha256:${blob[1]}`, entry, sink)
        if (stored.content) kept.push(stored)
      } else entry.resume()
    }
  })()
  await Promise.all([pipeline(stream, extract), reading])
  if (!index) throw new Error('the saved images hold no index.json')
  for (const blob of kept) registerManifest(blob, sink, repository)
  for (const image of savedImages(index)) {
    const tag = tagOf(image.name)
    const manifest = tag && kept.find(blob => blob.digest === image.digest)
    if (manifest)
      sink.addManifest(repository, tag, image.mediaType, manifest.content as Buffer)
  }
}

/** The images a saved layout's index.json names, by the name each was saved as. */
function savedImages(
  index: Buffer
): { name: string; digest: string; mediaType: string }[] {
  const document = JSON.parse(index.toString('utf8')) as {
    manifests?: {
      digest: string
      mediaType: string
      annotations?: Record<string, string>
    }[]
  }
  return (document.manifests ?? []).flatMap(entry => {
    const name = entry.annotations?.['io.containerd.image.name']
    return name ? [{ name, digest: entry.digest, mediaType: entry.mediaType }] : []
  })
}

/** A blob measured before (this run or an earlier one) is not read again. */
async function measuredOnce(
  digest: string,
  content: AsyncIterable<unknown> & { resume(): unknown },
  sink: LayoutSink
): Promise<{ stored: StoredBlob; fresh: boolean }> {
  const known = await sink.known(digest)
  if (known) {
    content.resume()
    return { stored: known, fresh: false }
  }
  const stored = await measureEntry(content, digest)
  await sink.addBlob(stored)
  return { stored, fresh: true }
}

/** Measures one blob as it streams, checking it is what its name says. */
async function measureEntry(
  entry: AsyncIterable<unknown>,
  digest: string
): Promise<StoredBlob> {
  const hash = createHash('sha256')
  const input = new PassThrough({ highWaterMark: 1 << 20 })
  let size = 0
  const measured = measureBlob(input)
  for await (const chunk of entry) {
    const buffer = chunk as Buffer
    size += buffer.length
    hash.update(buffer)
    if (!input.write(buffer)) await new Promise(resolve => input.once('drain', resolve))
  }
  input.end()
  const result = await measured
  const actual = `sha256:${hash.digest('hex')}`
  if (actual !== digest) {
    await result.entries?.discard()
    throw new Error(`the layout's blob ${digest} holds ${actual}`)
  }
  return { digest, size, ...withDiffId(result, digest) }
}

/** A kept blob that is an image manifest or index is stored as a manifest too. */
function registerManifest(blob: StoredBlob, sink: LayoutSink, repository: string): void {
  try {
    const document = JSON.parse((blob.content as Buffer).toString('utf8')) as {
      mediaType?: string
      layers?: unknown
      manifests?: unknown
    }
    if (!document.layers && !document.manifests) return
    sink.addManifest(
      repository,
      blob.digest,
      document.mediaType ?? '',
      blob.content as Buffer
    )
  } catch {
    // A config or another blob that is not JSON: not a manifest.
  }
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
