import { keepLargest } from './largest.js'

/**
 * What one tar entry of a layer does to the filesystem, as the layer's file
 * list keeps it: [path, kind, bytes, hard link target].
 * Kinds: `f` a regular file; `F` a regular file that hard links in the same
 * layer point to; `l` a hard link (its bytes are its target's); `d` a
 * directory; `o` anything else that takes a path (a symlink, a device);
 * `w` a whiteout (the path is deleted); `q` an opaque directory (what lower
 * layers hold under it is hidden).
 */
type EntryKind = 'f' | 'F' | 'l' | 'd' | 'o' | 'w' | 'q'
export type LayerEntry = [path: string, kind: EntryKind, bytes: number, target?: string]

/** A regular file of an image's final filesystem. */
export interface FinalFile {
  path: string
  /** 0 for a hard link whose bytes an earlier path of the same file already counts. */
  bytes: number
  /** The position, from 0, of the layer whose copy the filesystem shows. */
  layer: number
}

export interface WastedFile {
  path: string
  bytes: number
  /** `overwritten`: a later layer replaced it (or changed its mode or owner); `deleted`: no layer shows it. */
  reason: 'overwritten' | 'deleted'
  /** The position, from 0, of the layer that stores the copy nobody sees. */
  layer: number
}

export interface Waste {
  /** Bytes stored in the layers that the final filesystem does not show. */
  wastedBytes: number
  /** The largest wasted copies, largest first. */
  wasted: WastedFile[]
}

const WASTED_LISTED = 20
const WHITEOUT = '.wh.'
const OPAQUE = '.wh..wh..opq'
const SLASH = 47

/** A tar header as a layer's tar holds it. */
interface TarHeader {
  name: string
  type?: string | null
  size?: number
  linkname?: string | null
}

/** What a tar entry does (null for the root directory itself). */
export function entryOf(header: TarHeader): LayerEntry | null {
  const path = absolute(header.name)
  if (path === '') return null
  const slash = path.lastIndexOf('/')
  const parent = path.slice(0, slash)
  const name = path.slice(slash + 1)
  if (name === OPAQUE) return parent === '' ? null : [parent, 'q', 0]
  if (name.startsWith(WHITEOUT))
    return [`${parent}/${name.slice(WHITEOUT.length)}`, 'w', 0]
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return [path, 'f', header.size ?? 0]
    case 'link':
      return [path, 'l', 0, absolute(header.linkname ?? '')]
    case 'directory':
      return [path, 'd', 0]
    default:
      return [path, 'o', 0]
  }
}

/** "./usr/bin/" → "/usr/bin"; the root is "". */
function absolute(name: string): string {
  const trimmed = name.replace(/^\.?\/+/, '').replace(/\/+$/, '')
  return trimmed === '.' || trimmed === '' ? '' : `/${trimmed}`
}

/**
 * Orders paths as a walk of the tree does: a directory comes right before
 * everything under it ("/a", "/a/b", "/a.txt"), so a merge sees a directory's
 * contents together, after the directory.
 */
export function comparePaths(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let at = 0; at < length; at++) {
    const x = a.charCodeAt(at)
    const y = b.charCodeAt(at)
    if (x === y) continue
    if (x === SLASH) return -1
    if (y === SLASH) return 1
    return x - y
  }
  return a.length - b.length
}

/** Sorts a layer's entries into path order; entries of one path keep the tar's order. */
export function sortEntries(entries: LayerEntry[]): LayerEntry[] {
  return entries.sort((a, b) => comparePaths(a[0], b[0]))
}

/**
 * Gives hard links their target's bytes and marks the targets, so a merge
 * needs no lookups. The list is walked twice, as it streams: `observe` every
 * entry first (to learn the targets' sizes: the last regular file at each
 * target path), then `resolve` each as it is written.
 */
export class HardLinks {
  private readonly sizes = new Map<string, number>()

  /** `targets`: the paths hard links of the layer point to. */
  constructor(private readonly targets: ReadonlySet<string>) {}

  observe([path, kind, bytes]: LayerEntry): void {
    if (kind === 'f' && this.targets.has(path)) this.sizes.set(path, bytes)
  }

  resolve(entry: LayerEntry): LayerEntry {
    const [path, kind, , target] = entry
    if (kind === 'f' && this.sizes.has(path)) return [path, 'F', entry[2]]
    if (kind === 'l' && target !== undefined && this.sizes.has(target))
      return [path, 'l', this.sizes.get(target) as number, target]
    return entry
  }
}

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
    for (const placed of contents) {
      if (placed !== kept) this.hide(placed, reason)
    }
    return kept ? this.show(kept) : null
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

  private hide({ layer, entry }: Placed, reason: WastedFile['reason']): void {
    const [path, kind, bytes] = entry
    const wasted = { path, bytes, reason, layer }
    if (kind === 'f') this.addWaste(wasted)
    if (kind !== 'F' && kind !== 'l') return
    const inode = this.inode(layer, entry)
    if (!inode.hidden || kind === 'F') inode.hidden = wasted
  }

  private show({ layer, entry }: Placed): FinalFile | null {
    const [path, kind, bytes] = entry
    if (kind === 'f') return { path, bytes, layer }
    if (kind !== 'F' && kind !== 'l') return null
    const inode = this.inode(layer, entry)
    const first = !inode.shown
    inode.shown = true
    return { path, bytes: first ? bytes : 0, layer }
  }

  private inode(layer: number, [path, kind, bytes, target]: LayerEntry): Inode {
    const id = `${layer}:${kind === 'l' ? target : path}`
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
