/** Layer file lists: what each entry of a layer's tar does to the filesystem, in path order. */
/**
 * What one tar entry of a layer does to the filesystem, as the layer's file
 * list keeps it: [path, kind, bytes, detail]; the detail is a hard link's
 * target path, or a regular file's modification time in seconds (absent in
 * lists written before it), which tells a copy that only changed mode or owner
 * (`chmod -R`, `chown -R`: same bytes, same mtime) from new bytes.
 * Kinds: `f` a regular file; `F` a regular file that hard links in the same
 * layer point to; `l` a hard link (its bytes are its target's); `d` a
 * directory; `o` anything else that takes a path (a symlink, a device);
 * `w` a whiteout (the path is deleted); `q` an opaque directory (what lower
 * layers hold under it is hidden).
 */
export type EntryKind = 'f' | 'F' | 'l' | 'd' | 'o' | 'w' | 'q'
export type LayerEntry = [
  path: string,
  kind: EntryKind,
  bytes: number,
  detail?: string | number
]

const WHITEOUT = '.wh.'
const OPAQUE = '.wh..wh..opq'
export const SLASH = 47

/** A tar header as a layer's tar holds it. */
interface TarHeader {
  name: string
  type?: string | null
  size?: number
  linkname?: string | null
  mtime?: Date
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
      return header.mtime
        ? [path, 'f', header.size ?? 0, Math.floor(header.mtime.getTime() / 1000)]
        : [path, 'f', header.size ?? 0]
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
    const [path, kind, bytes, detail] = entry
    if (kind === 'f' && this.sizes.has(path))
      return detail === undefined ? [path, 'F', bytes] : [path, 'F', bytes, detail]
    const target = detail
    if (kind === 'l' && typeof target === 'string' && this.sizes.has(target))
      return [path, 'l', this.sizes.get(target) as number, target]
    return entry
  }
}
