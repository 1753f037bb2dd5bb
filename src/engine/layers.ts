import type { Readable } from 'node:stream'
import tar from 'tar-stream'
import type { FileSize, LayerContent } from '../core/blobs.js'

const LARGEST_FILES_KEPT = 5

/** Reads an uncompressed layer tar to its end and sums its files. */
export async function measureLayerTar(tarStream: Readable): Promise<LayerContent> {
  const content: LayerContent = { fileBytes: 0, files: 0, largestFiles: [] }
  const extract = tar.extract()
  const done = (async () => {
    for await (const entry of extract) {
      const { type, size, name } = entry.header
      if ((type === 'file' || type === 'contiguous-file') && size !== undefined) {
        content.fileBytes += size
        content.files++
        keepLargest(content.largestFiles, {
          path: '/' + name.replace(/^\.?\//, ''),
          bytes: size
        })
      }
      entry.resume()
    }
  })()
  tarStream.on('error', error => extract.destroy(error))
  tarStream.pipe(extract)
  await done
  return content
}

function keepLargest(largest: FileSize[], file: FileSize): void {
  if (
    largest.length === LARGEST_FILES_KEPT &&
    file.bytes <= largest[largest.length - 1].bytes
  ) {
    return
  }
  const at = largest.findIndex(other => other.bytes < file.bytes)
  largest.splice(at === -1 ? largest.length : at, 0, file)
  largest.length = Math.min(largest.length, LARGEST_FILES_KEPT)
}
