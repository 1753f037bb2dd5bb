import { keepLargest } from './largest.js'
import { SLASH, comparePaths, type EntryKind, type LayerEntry } from './layer-entries.js'

/** A regular file of an image's final filesystem. */
export interface FinalFile {
  path: string
  /** 0 for a hard link whose bytes an earlier path of the same file already counts. */
  bytes: number
  /** The position, from 0, of the layer whose copy the filesystem shows. */
  layer: number
  /**
   * The lowest layer that stored these same bytes (same size and mtime) when a
   * later one stored them again unchanged: the `COPY` that brought a file, not
   * the `chmod -R` after it. Absent when it is `layer`.
   */
  storedIn?: number
}

export interface WastedFile {
  path: string
  bytes: number
  /** `overwritten`: a later layer replaced it (or changed its mode or owner); `deleted`: no layer shows it. */
  reason: 'overwritten' | 'deleted'
  /** The position, from 0, of the layer that stores the copy nobody sees. */
  layer: number
  /** The layer that stored the same bytes again over it (only mode, owner or times changed). */
  storedAgainBy?: number
}

export interface Waste {
  /** Bytes stored in the layers that the final filesystem does not show. */
  wastedBytes: number
  /** The largest wasted copies, largest first. */
  wasted: WastedFile[]
}

const WASTED_LISTED = 20

/** One layer's entry, with the layer's position. */
interface Placed {
  layer: number
  entry: LayerEntry
}

/** A file with hard links: its bytes are stored once, so shown or wasted once. */
interface Inode {
  bytes: number
  shown: boolean
  hidden?: WastedFile
}

/**
 * An image's final filesystem, from its layers' sorted entry lists, bottom
 * layer first: `files()` yields its regular files in path order, reading each
 * list once and holding only the current path's entries, the open deleted
 * directories and the hard-linked files; `waste()` then tells what the layers
 * store that the final filesystem does not show.
 */
export class MergedFilesystem {
  private readonly waste_: Waste = { wastedBytes: 0, wasted: [] }
  /** Open directories that hide lower layers' contents below a level: whiteouts, opaque markers, replacements. */
  private readonly hiding: { path: string; level: number }[] = []
  private readonly inodes = new Map<string, Inode>()
  private done = false

  constructor(private readonly layers: AsyncIterable<LayerEntry>[]) {}

  async *files(): AsyncGenerator<FinalFile> {
    for await (const group of groupByPath(this.layers)) {
      const file = this.resolve(group)
      if (file) yield file
    }
    for (const inode of this.inodes.values()) {
      if (!inode.shown && inode.hidden) this.addWaste(inode.hidden)
    }
    this.done = true
  }

  /** What the layers store that the final filesystem does not show; after `files()` ends. */
  waste(): Waste {
    if (!this.done) throw new Error('the merge has not finished')
    return this.waste_
  }

  /** One path: the copy it shows (if any), and the copies it wastes. */
  private resolve(group: Placed[]): FinalFile | null {
    const path = group[0].entry[0]
    const hidden = this.levelAt(path)
    const own = Math.max(
      hidden,
      highestLayer(group, kind => kind === 'w')
    )
    const contents = group.filter(({ entry }) => isContent(entry[1]))
    const kept = [...contents].reverse().find(placed => placed.layer >= own)
    const below = Math.max(
      own,
      highestLayer(group, kind => kind === 'q' || (isContent(kind) && kind !== 'd'))
    )
    if (below > hidden) this.hiding.push({ path, level: below })
    const reason = kept ? 'overwritten' : 'deleted'
    contents.forEach((placed, at) => {
      if (placed === kept) return
      const over = contents[at + 1]
      const again = placed.layer >= own && over && sameBytes(placed, over)
      this.hide(placed, reason, again ? over.layer : undefined)
    })
    return kept ? this.show(kept, firstStored(contents, kept, own)) : null
  }

  /** The level below which lower layers' entries at `path` are hidden by its ancestors. */
  private levelAt(path: string): number {
    while (this.hiding.length > 0) {
      const top = this.hiding[this.hiding.length - 1].path
      if (path.startsWith(top) && path.charCodeAt(top.length) === SLASH) break
      this.hiding.pop()
    }
    return this.hiding.reduce((level, dir) => Math.max(level, dir.level), 0)
  }

  private hide(
    { layer, entry }: Placed,
    reason: WastedFile['reason'],
    storedAgainBy?: number
  ): void {
    const [path, kind, bytes] = entry
    const wasted: WastedFile = { path, bytes, reason, layer }
    if (storedAgainBy !== undefined) wasted.storedAgainBy = storedAgainBy
    if (kind === 'f') this.addWaste(wasted)
    if (kind !== 'F' && kind !== 'l') return
    const inode = this.inode(layer, entry)
    if (!inode.hidden || kind === 'F') inode.hidden = wasted
  }

  private show({ layer, entry }: Placed, storedIn: number): FinalFile | null {
    const [path, kind, bytes] = entry
    const where = storedIn === layer ? { layer } : { layer, storedIn }
    if (kind === 'f') return { path, bytes, ...where }
    if (kind !== 'F' && kind !== 'l') return null
    const inode = this.inode(layer, entry)
    const first = !inode.shown
    inode.shown = true
    return { path, bytes: first ? bytes : 0, ...where }
  }

  private inode(layer: number, [path, kind, bytes, detail]: LayerEntry): Inode {
    const id = `${layer}:${kind === 'l' ? detail : path}`
    let inode = this.inodes.get(id)
    if (!inode) this.inodes.set(id, (inode = { bytes, shown: false }))
    return inode
  }

  private addWaste(file: WastedFile): void {
    if (file.bytes === 0) return
    this.waste_.wastedBytes += file.bytes
    keepLargest(this.waste_.wasted, file, WASTED_LISTED, wasted => wasted.bytes)
  }
}

/** Two copies of a regular file with the same size and mtime: the same bytes, stored twice. */
function sameBytes(a: Placed, b: Placed): boolean {
  const regular = (placed: Placed) => placed.entry[1] === 'f' || placed.entry[1] === 'F'
  const mtime = a.entry[3]
  return (
    regular(a) &&
    regular(b) &&
    typeof mtime === 'number' &&
    mtime === b.entry[3] &&
    a.entry[2] === b.entry[2]
  )
}

/** The lowest layer, down from the copy shown and above any deletion, whose copy has the same bytes. */
function firstStored(contents: Placed[], kept: Placed, own: number): number {
  let at = contents.indexOf(kept)
  while (
    at > 0 &&
    contents[at - 1].layer >= own &&
    sameBytes(contents[at - 1], contents[at])
  )
    at--
  return contents[at].layer
}

function isContent(kind: EntryKind): boolean {
  return kind !== 'w' && kind !== 'q'
}

/** The highest layer holding an entry of a kind (0 when none does). */
function highestLayer(group: Placed[], test: (kind: EntryKind) => boolean): number {
  return group.reduce(
    (level, { layer, entry }) => (test(entry[1]) ? Math.max(level, layer) : level),
    0
  )
}

/**
 * Merges sorted entry lists into groups of one path's entries, bottom layer
 * first; each list is read as the merge goes.
 */
export async function* groupByPath(
  layers: AsyncIterable<LayerEntry>[]
): AsyncGenerator<Placed[]> {
  const readers = layers.map(list => list[Symbol.asyncIterator]())
  const heads = await Promise.all(readers.map(reader => reader.next()))
  while (true) {
    let path: string | undefined
    for (const head of heads) {
      if (!head.done && (path === undefined || comparePaths(head.value[0], path) < 0))
        path = head.value[0]
    }
    if (path === undefined) return
    const group: Placed[] = []
    for (let layer = 0; layer < readers.length; layer++) {
      while (!heads[layer].done && heads[layer].value[0] === path) {
        group.push({ layer, entry: heads[layer].value as LayerEntry })
        heads[layer] = await readers[layer].next()
      }
    }
    yield group
  }
}
