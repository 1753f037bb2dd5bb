import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { PassThrough } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import tar from 'tar-stream'
import type { StoredBlob } from '../core/blobs.js'
import { measureBlob } from './blob-measurer.js'

/** Where an archive's blobs and manifests go: the measuring registry's store. */
export interface ArchiveSink {
  known(digest: string): Promise<StoredBlob | undefined>
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
 * Reads an OCI image layout tar, as BuildKit's OCI exporter writes it, into
 * the sink: every blob measured by the same layer measurer a registry push
 * feeds (compressed: the blob's bytes as BuildKit compressed them; uncompressed:
 * the regular-file bytes of its tar), its digest checked; blobs already known
 * are skipped. The layout's index.json is stored as `repository:tag`, and every
 * manifest by its digest, so the image is described as a pushed one is.
 */
export async function readOciArchive(
  file: string,
  sink: ArchiveSink,
  repository: string,
  tag: string
): Promise<void> {
  const extract = tar.extract()
  const kept: StoredBlob[] = []
  const reading = (async () => {
    for await (const entry of extract) {
      const name = entry.header.name.replace(/^\.\//, '')
      const blob = name.match(BLOB_PATH)
      if (name === 'index.json') {
        sink.addManifest(repository, tag, INDEX_MEDIA_TYPE, await readAll(entry))
      } else if (blob) {
        const digest = `sha256:${blob[1]}`
        // A blob measured before (this run, or an earlier one) is not read again.
        let measured = await sink.known(digest)
        if (measured) entry.resume()
        else {
          measured = await measureEntry(entry, digest)
          await sink.addBlob(measured)
        }
        if (measured.content) kept.push(measured)
      } else entry.resume()
    }
  })()
  await Promise.all([pipeline(createReadStream(file), extract), reading])
  for (const blob of kept) registerManifest(blob, sink, repository)
}

/** Measures one blob of the archive as it streams, checking it is what its name says. */
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
    throw new Error(`the archive's blob ${digest} holds ${actual}`)
  }
  return { digest, size, ...result }
}

/** A kept blob that is an image manifest or index is stored as a manifest too. */
function registerManifest(blob: StoredBlob, sink: ArchiveSink, repository: string): void {
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
