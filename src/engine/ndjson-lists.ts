import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import type { LayerEntry } from '../core/layer-entries.js'

/**
 * A layer's entry list on disk: one JSON array per line, in path order, so a
 * merge reads it as a stream. Written whole under a temporary name, so a
 * reader never sees half of one; its sha256 goes into the cache entry.
 */
export async function writeFileList(
  file: string,
  entries: Iterable<LayerEntry> | AsyncIterable<LayerEntry>
): Promise<{ sha256: string; entries: number }> {
  const partial = `${file}.${process.pid}.${Date.now()}.partial`
  const hash = createHash('sha256')
  const out = createWriteStream(partial)
  let count = 0
  try {
    for await (const entry of entries) {
      count++
      const line = JSON.stringify(entry) + '\n'
      hash.update(line)
      if (!out.write(line)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'finish')
    await rename(partial, file)
  } catch (error) {
    out.destroy()
    await rm(partial, { force: true })
    throw error
  }
  return { sha256: hash.digest('hex'), entries: count }
}

/** The sha256 of a file list, or null when it cannot be read. */
export async function hashFileList(file: string): Promise<string | null> {
  try {
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
    return hash.digest('hex')
  } catch {
    return null
  }
}

/** A file list's entries, read line by line. */
export async function* readFileList(file: string): AsyncGenerator<LayerEntry> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line) yield JSON.parse(line) as LayerEntry
  }
}
