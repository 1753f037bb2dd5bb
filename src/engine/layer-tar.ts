import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import tar from 'tar-stream'
import type { FileSize, LayerContent } from '../core/blobs.js'
import type { EntryList } from '../core/blobs.js'
import { entryOf } from '../core/layer-entries.js'
import { EntryCollector } from './entry-collector.js'
import { keepLargest } from '../core/largest.js'

const LARGEST_FILES_KEPT = 5

/** A layer as read: its sums, and what each entry does, for its file list. */
interface ReadLayer {
  content: LayerContent
  entries: EntryList
}

/**
 * Reads an uncompressed layer tar to its end: sums its files, lists its
 * entries, and (unless `hashed` is false: the blob is this tar, and the caller
 * hashes the blob already) hashes it for its diff ID.
 */
export async function measureLayerTar(
  tarStream: Readable,
  hashed = true
): Promise<ReadLayer> {
  const content: LayerContent = {
    fileBytes: 0,
    files: 0,
    largestFiles: [],
    diffId: '',
    tarBytes: 0
  }
  const hash = hashed ? createHash('sha256') : null
  tarStream.on('data', (chunk: Buffer) => {
    hash?.update(chunk)
    content.tarBytes += chunk.length
  })
  const entries = new EntryCollector()
  const extract = tar.extract()
  const done = (async () => {
    for await (const entry of extract) {
      const listed = entryOf(entry.header)
      if (listed) await entries.add(listed)
      if (listed?.[1] === 'f') count(content, { path: listed[0], bytes: listed[2] })
      entry.resume()
    }
  })()
  tarStream.on('error', error => extract.destroy(error))
  tarStream.pipe(extract)
  await done
  if (hash) content.diffId = `sha256:${hash.digest('hex')}`
  return { content, entries: entries.finish() }
}

function count(content: LayerContent, file: FileSize): void {
  content.fileBytes += file.bytes
  content.files++
  keepLargest(content.largestFiles, file, LARGEST_FILES_KEPT, listed => listed.bytes)
}
