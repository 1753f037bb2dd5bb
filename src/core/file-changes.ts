import type { FinalFile } from './final-filesystem.js'
import { comparePaths } from './layer-entries.js'
import { keepLargest } from './largest.js'

interface FileSizeChange {
  path: string
  bytes: number
  /** The layer (position from 0) that holds the file: the head's for an added file, the base's for a removed one. */
  layer?: number
  /** The lower layer that first stored the same bytes, when `layer` only stored them again (FinalFile). */
  storedIn?: number
}

interface ChangedFile {
  path: string
  baseBytes: number
  headBytes: number
  /** The head's layer that holds the file now (absent for a directory). */
  layer?: number
  /** As FileSizeChange's. */
  storedIn?: number
}

/** Which files of a stage's image appeared, went or changed size between base and head. */
export interface FileChanges {
  /** The largest changes of each kind, largest first. */
  added: FileSizeChange[]
  removed: FileSizeChange[]
  changed: ChangedFile[]
  /** Every directory on the path of a listed file, with the bytes of all files under it. */
  directories: ChangedFile[]
  addedBytes: number
  removedBytes: number
  /** Head minus base, over the changed files. */
  changedBytes: number
  addedFiles: number
  removedFiles: number
  changedFiles: number
}

const FILES_LISTED = 50
/** Closed directories kept before those no listed file is under are let go. */
const DIRECTORIES_KEPT = 5_000

/**
 * Compares two final filesystems, each in path order, in one pass that holds
 * only the lists, the open directories and the closed directories a listed
 * file is under: a directory closes before anything after it, so a file that
 * joins a list later is never under one that closed already.
 */
export async function compareFilesystems(
  base: AsyncIterable<FinalFile>,
  head: AsyncIterable<FinalFile>
): Promise<FileChanges> {
  const changes = emptyChanges()
  const tree = new DirectoryTree(changes)
  for await (const [before, after] of pairs(base, head)) {
    const path = (before ?? after)!.path
    tree.enter(path, before?.bytes ?? 0, after?.bytes ?? 0)
    if (record(changes, path, before, after)) tree.listsChanged()
  }
  changes.directories = tree.finish()
  return changes
}

function emptyChanges(): FileChanges {
  return {
    added: [],
    removed: [],
    changed: [],
    directories: [],
    addedBytes: 0,
    removedBytes: 0,
    changedBytes: 0,
    addedFiles: 0,
    removedFiles: 0,
    changedFiles: 0
  }
}

/** Counts one path's change; true when it joined a list. */
function record(
  changes: FileChanges,
  path: string,
  before: FinalFile | undefined,
  after: FinalFile | undefined
): boolean {
  if (!before)
    return addTo(changes, 'added', { path, bytes: after!.bytes, ...placeOf(after!) })
  if (!after)
    return addTo(changes, 'removed', { path, bytes: before.bytes, ...placeOf(before) })
  if (before.bytes === after.bytes) return false
  changes.changedFiles++
  changes.changedBytes += after.bytes - before.bytes
  const change = {
    path,
    baseBytes: before.bytes,
    headBytes: after.bytes,
    ...placeOf(after)
  }
  return (
    keepLargest(changes.changed, change, FILES_LISTED, listed =>
      Math.abs(listed.headBytes - listed.baseBytes)
    ) !== change
  )
}

/** Where a file sits: its layer, and the one that first stored its bytes when that is lower. */
function placeOf({ layer, storedIn }: FinalFile): { layer: number; storedIn?: number } {
  return storedIn === undefined ? { layer } : { layer, storedIn }
}

function addTo(
  changes: FileChanges,
  kind: 'added' | 'removed',
  file: FileSizeChange
): boolean {
  changes[`${kind}Files`]++
  changes[`${kind}Bytes`] += file.bytes
  return keepLargest(changes[kind], file, FILES_LISTED, listed => listed.bytes) !== file
}

/** The directories' totals, as the walk enters each file. */
class DirectoryTree {
  private readonly open: ChangedFile[] = []
  private readonly closed = new Map<string, ChangedFile>()
  /** The directories listed files are under, worked out again only after a list changed. */
  private listed: Set<string> | null = null

  constructor(private readonly changes: FileChanges) {}

  enter(path: string, baseBytes: number, headBytes: number): void {
    const parents = ancestors(path)
    let depth = 0
    while (depth < this.open.length && this.open[depth].path === parents[depth]) depth++
    this.closeTo(depth)
    for (const parent of parents.slice(depth)) {
      this.open.push({ path: parent, baseBytes: 0, headBytes: 0 })
    }
    for (const directory of this.open) {
      directory.baseBytes += baseBytes
      directory.headBytes += headBytes
    }
  }

  listsChanged(): void {
    this.listed = null
  }

  /** The directories on the path of a listed file, the largest change first. */
  finish(): ChangedFile[] {
    this.closeTo(0)
    return [...this.listedDirectories()]
      .map(path => this.closed.get(path) as ChangedFile)
      .sort(
        (a, b) =>
          Math.abs(b.headBytes - b.baseBytes) - Math.abs(a.headBytes - a.baseBytes) ||
          comparePaths(a.path, b.path)
      )
  }

  private closeTo(depth: number): void {
    if (this.open.length <= depth) return
    const listed = this.listedDirectories()
    while (this.open.length > depth) {
      const directory = this.open.pop() as ChangedFile
      if (listed.has(directory.path)) this.closed.set(directory.path, directory)
    }
    if (this.closed.size > DIRECTORIES_KEPT) {
      for (const path of this.closed.keys())
        if (!listed.has(path)) this.closed.delete(path)
    }
  }

  private listedDirectories(): Set<string> {
    if (this.listed) return this.listed
    const { added, removed, changed } = this.changes
    const files = [...added, ...removed, ...changed]
    return (this.listed = new Set(files.flatMap(file => ancestors(file.path))))
  }
}

/** "/a/b/c" → ["/a", "/a/b"]. */
function ancestors(path: string): string[] {
  const parts = path.split('/').slice(1, -1)
  return parts.map((_, at) => '/' + parts.slice(0, at + 1).join('/'))
}

/** Walks two sorted file streams together: each path once, with its file on either side. */
async function* pairs(
  base: AsyncIterable<FinalFile>,
  head: AsyncIterable<FinalFile>
): AsyncGenerator<[FinalFile | undefined, FinalFile | undefined]> {
  const left = base[Symbol.asyncIterator]()
  const right = head[Symbol.asyncIterator]()
  let [a, b] = await Promise.all([left.next(), right.next()])
  while (!a.done || !b.done) {
    const order = a.done ? 1 : b.done ? -1 : comparePaths(a.value.path, b.value.path)
    yield [order <= 0 ? a.value : undefined, order >= 0 ? b.value : undefined]
    ;[a, b] = await Promise.all([
      order <= 0 ? left.next() : a,
      order >= 0 ? right.next() : b
    ])
  }
}

/** One file's change, whichever kind: the bytes it added (or, negative, took away). */
interface FileRow {
  path: string
  delta: number
  kind: 'new' | 'gone' | ''
  /** The head's layer that first stored its current bytes; absent for a file that is gone. */
  layer?: number
}

/** The listed changes of every kind together, largest first; files whose size did not move are left out. */
export function largestFileChanges(files: FileChanges): FileRow[] {
  const rows: FileRow[] = [
    ...files.added.map(file => ({
      path: file.path,
      delta: file.bytes,
      kind: 'new' as const,
      layer: file.storedIn ?? file.layer
    })),
    ...files.changed.map(file => ({
      path: file.path,
      delta: file.headBytes - file.baseBytes,
      kind: '' as const,
      layer: file.storedIn ?? file.layer
    })),
    ...files.removed.map(file => ({
      path: file.path,
      delta: -file.bytes,
      kind: 'gone' as const
    }))
  ]
  return rows
    .filter(row => row.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
}
