import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { EntryList } from '../core/blobs.js'
import { groupByPath } from '../core/final-filesystem.js'
import { HardLinks, sortEntries, type LayerEntry } from '../core/layer-entries.js'
import { leftovers } from '../system/leftovers.js'
import { readFileList, writeFileList } from './ndjson-lists.js'

/**
 * Entries held in memory before a sorted run of them goes to disk: a layer of
 * any size is listed in about this many entries' memory (about 10 MB).
 */
const RUN_ENTRIES = 50_000

/**
 * A layer's entries as its tar is read: kept in memory up to RUN_ENTRIES, then
 * sorted and written out in runs to a temporary folder. `finish` gives the
 * list, written as one file in path order by merging the runs as they stream.
 */
export class EntryCollector {
  private chunk: LayerEntry[] = []
  private readonly runs: string[] = []
  /** The paths hard links point to: few, so kept. */
  private readonly targets = new Set<string>()
  private dir: Promise<string> | undefined

  constructor(private readonly runEntries = RUN_ENTRIES) {}

  async add(entry: LayerEntry): Promise<void> {
    this.chunk.push(entry)
    if (entry[1] === 'l' && typeof entry[3] === 'string') this.targets.add(entry[3])
    if (this.chunk.length >= this.runEntries) await this.spill()
  }

  finish(): EntryList {
    const chunk = sortEntries(this.chunk)
    this.chunk = []
    return new CollectedEntries(chunk, [...this.runs], this.targets, () =>
      this.removeRuns()
    )
  }

  /** Removes the runs of a list that will not be kept (a refused upload). */
  private async removeRuns(): Promise<void> {
    if (!this.dir) return
    const dir = await this.dir
    await rm(dir, { recursive: true, force: true })
    leftovers.remove({ kind: 'path', path: dir })
  }

  private async spill(): Promise<void> {
    const chunk = sortEntries(this.chunk)
    this.chunk = []
    this.dir ??= mkdtemp(path.join(tmpdir(), 'stage-size-entries-')).then(dir => {
      leftovers.add({ kind: 'path', path: dir })
      return dir
    })
    const file = path.join(await this.dir, `run-${this.runs.length}.ndjson`)
    await writeFileList(file, chunk)
    this.runs.push(file)
  }
}

class CollectedEntries implements EntryList {
  constructor(
    private readonly chunk: LayerEntry[],
    private readonly runs: string[],
    private readonly targets: ReadonlySet<string>,
    readonly discard: () => Promise<void>
  ) {}

  /** Writes the layer's list in path order: the runs and the last chunk merged, hard links resolved. */
  async write(file: string): Promise<{ sha256: string; entries: number }> {
    try {
      const links = new HardLinks(this.targets)
      if (this.targets.size > 0) {
        for await (const entry of this.merged()) links.observe(entry)
      }
      return await writeFileList(file, this.resolved(links))
    } finally {
      await this.discard()
    }
  }

  private async *resolved(links: HardLinks): AsyncGenerator<LayerEntry> {
    for await (const entry of this.merged()) yield links.resolve(entry)
  }

  /** Every entry in path order; entries of one path in the tar's order (runs are in tar order). */
  private async *merged(): AsyncGenerator<LayerEntry> {
    const lists = [...this.runs.map(run => readFileList(run)), fromArray(this.chunk)]
    for await (const group of groupByPath(lists)) {
      for (const { entry } of group) yield entry
    }
  }
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}
