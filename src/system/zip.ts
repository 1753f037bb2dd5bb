import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

/**
 * Extracts the entries of a zip that `destination` names a file for (others
 * are skipped: nothing in a zip chooses where it is written). A damaged or
 * truncated zip fails at once, naming what is wrong: it cannot get better by
 * reading it again. Returns the files written.
 */
export async function extractZip(
  file: string,
  destination: (name: string) => string | null
): Promise<string[]> {
  // Closed here, not by yauzl: its autoClose closes the zip once the last entry is
  // listed, and that entry's content could then never be read.
  const zip = await yauzl.openPromise(file, {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: true
  })
  const written: string[] = []
  try {
    for await (const entry of entries(zip)) {
      const target = destination(entry.fileName)
      if (!target) continue
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target))
      written.push(target)
    }
  } finally {
    zip.close()
  }
  return written
}

/** A zip's entries, one at a time (yauzl reads the next only when asked). */
async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  while (true) {
    const next = await new Promise<Entry | null>((resolve, reject) => {
      const cleanup = () => {
        zip.off('entry', onEntry)
        zip.off('end', onEnd)
        zip.off('error', onError)
      }
      const onEntry = (entry: Entry) => (cleanup(), resolve(entry))
      const onEnd = () => (cleanup(), resolve(null))
      const onError = (error: Error) => (cleanup(), reject(error))
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError)
      zip.readEntry()
    })
    if (!next) return
    yield next
  }
}
