import type { Readable } from 'node:stream'
import tar from 'tar-stream'

export interface FileSize {
  path: string
  bytes: number
}

/** What one layer holds, read from its tar. */
export interface LayerContent {
  /**
   * The bytes of the regular files in the layer: the sum of their sizes. Tar
   * headers, padding, directories, links and whiteouts add nothing, and a hard
   * link adds nothing beyond its first copy, so the figure depends on the
   * files alone, not on the image store or the tar writer that produced them.
   */
  fileBytes: number
  files: number
  /** The largest regular files, largest first. */
  largestFiles: FileSize[]
}

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
