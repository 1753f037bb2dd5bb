import { describe, expect, it } from '@jest/globals'
import { compareFilesystems } from '../../src/core/file-changes.js'
import { MergedFilesystem, type FinalFile } from '../../src/core/final-filesystem.js'
import {
  comparePaths,
  entryOf,
  HardLinks,
  sortEntries,
  type LayerEntry
} from '../../src/core/layer-entries.js'

/** A layer's list as the measurer writes it, from tar headers: sorted, hard links resolved. */
function layer(
  ...headers: [name: string, size?: number, link?: string, mtime?: number][]
): LayerEntry[] {
  const entries = sortEntries(
    headers.flatMap(([name, size, link, mtime]) => {
      const type = name.endsWith('/') ? 'directory' : link ? 'link' : 'file'
      const modified = mtime === undefined ? undefined : new Date(mtime * 1000)
      const entry = entryOf({
        name,
        type,
        size: size ?? 0,
        linkname: link,
        mtime: modified
      })
      return entry ? [entry] : []
    })
  )
  const links = new HardLinks(
    new Set(entries.flatMap(entry => (entry[1] === 'l' ? [entry[3] as string] : [])))
  )
  entries.forEach(entry => links.observe(entry))
  return entries.map(entry => links.resolve(entry))
}

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  yield* items
}

async function merge(...layers: LayerEntry[][]) {
  const merged = new MergedFilesystem(layers.map(list => stream(list)))
  const files: Omit<FinalFile, 'layer'>[] = []
  const layersShown: number[] = []
  for await (const { layer, ...file } of merged.files()) {
    files.push(file)
    layersShown.push(layer)
  }
  return { files, layersShown, ...merged.waste() }
}

/** Every stored byte is either shown or wasted. */
function stored(...layers: LayerEntry[][]): number {
  return layers
    .flat()
    .reduce((sum, [, kind, bytes]) => sum + (kind === 'f' || kind === 'F' ? bytes : 0), 0)
}

describe('the final filesystem of a stack of layers', () => {
  it('orders a directory right before what is under it', () => {
    const paths = ['/a.txt', '/a/b', '/a', '/a-b', '/a/b/c']
    expect(paths.sort(comparePaths)).toEqual(['/a', '/a/b', '/a/b/c', '/a-b', '/a.txt'])
  })

  it('reads whiteouts, opaque markers and hard links from tar names', () => {
    expect(entryOf({ name: 'etc/.wh.passwd', type: 'file' })).toEqual([
      '/etc/passwd',
      'w',
      0
    ])
    expect(entryOf({ name: 'var/cache/.wh..wh..opq', type: 'file' })).toEqual([
      '/var/cache',
      'q',
      0
    ])
    expect(entryOf({ name: './', type: 'directory' })).toBeNull()
    expect(layer(['bin/a', 7], ['bin/b', 0, 'bin/a'])).toEqual([
      ['/bin/a', 'F', 7],
      ['/bin/b', 'l', 7, '/bin/a']
    ])
  })

  it('keeps the top copy of a replaced file and wastes the ones below', async () => {
    const layers = [
      layer(['app/', 0], ['app/big', 100], ['app/keep', 5]),
      layer(['app/big', 30])
    ]
    const result = await merge(...layers)
    expect(result.files).toEqual([
      { path: '/app/big', bytes: 30 },
      { path: '/app/keep', bytes: 5 }
    ])
    expect(result.layersShown).toEqual([1, 0])
    expect(result.wastedBytes).toBe(100)
    expect(result.wasted).toEqual([
      { path: '/app/big', bytes: 100, reason: 'overwritten', layer: 0 }
    ])
    expect(
      result.files.reduce((sum, file) => sum + file.bytes, 0) + result.wastedBytes
    ).toBe(stored(...layers))
  })

  it("keeps a file's mtime, and tells the layer that first stored bytes a later one only re-stored (chmod -R)", async () => {
    expect(
      entryOf({
        name: 'app/lib.so',
        type: 'file',
        size: 9,
        mtime: new Date(1_700_000_000_500)
      })
    ).toEqual(['/app/lib.so', 'f', 9, 1_700_000_000])
    const result = await merge(
      layer(
        ['app/', 0],
        ['app/lib.so', 100, undefined, 50],
        ['app/conf', 4, undefined, 50]
      ),
      layer(['app/lib.so', 100, undefined, 50], ['app/conf', 4, undefined, 60]),
      layer(['app/lib.so', 100, undefined, 50])
    )
    // lib.so: the same bytes in all three layers, first stored by layer 0; conf: rewritten by layer 1.
    expect(result.files).toEqual([
      { path: '/app/conf', bytes: 4 },
      { path: '/app/lib.so', bytes: 100, storedIn: 0 }
    ])
    expect(result.layersShown).toEqual([1, 2])
    expect(result.wasted).toEqual([
      {
        path: '/app/lib.so',
        bytes: 100,
        reason: 'overwritten',
        layer: 0,
        storedAgainBy: 1
      },
      {
        path: '/app/lib.so',
        bytes: 100,
        reason: 'overwritten',
        layer: 1,
        storedAgainBy: 2
      },
      { path: '/app/conf', bytes: 4, reason: 'overwritten', layer: 0 }
    ])
  })

  it('never attributes bytes across a deletion, nor without mtimes (lists from before them)', async () => {
    const deleted = await merge(
      layer(['app/x', 8, undefined, 5]),
      layer(['app/.wh.x']),
      layer(['app/x', 8, undefined, 5])
    )
    expect(deleted.files).toEqual([{ path: '/app/x', bytes: 8 }])
    expect(deleted.wasted).toEqual([
      { path: '/app/x', bytes: 8, reason: 'overwritten', layer: 0 }
    ])
    const old = await merge(layer(['app/x', 8]), layer(['app/x', 8]))
    expect(old.files).toEqual([{ path: '/app/x', bytes: 8 }])
    expect(old.wasted).toEqual([
      { path: '/app/x', bytes: 8, reason: 'overwritten', layer: 0 }
    ])
  })

  it('wastes every copy of a file a later whiteout deletes, and never the kept copy', async () => {
    const result = await merge(
      layer(['tmp/x', 10]),
      layer(['tmp/x', 11]),
      layer(['tmp/.wh.x']),
      layer(['tmp/y', 1])
    )
    expect(result.files).toEqual([{ path: '/tmp/y', bytes: 1 }])
    expect(result.wastedBytes).toBe(21)
    expect(result.wasted.map(file => [file.bytes, file.reason, file.layer])).toEqual([
      [11, 'deleted', 1],
      [10, 'deleted', 0]
    ])
  })

  it('wastes what a removed directory held, and shows what is written there again later', async () => {
    const result = await merge(
      layer(
        ['opt/tool/', 0],
        ['opt/tool/a', 40],
        ['opt/tool/sub/b', 2],
        ['opt/other', 3]
      ),
      layer(['opt/.wh.tool']),
      layer(['opt/tool/', 0], ['opt/tool/a', 9])
    )
    expect(result.files).toEqual([
      { path: '/opt/other', bytes: 3 },
      { path: '/opt/tool/a', bytes: 9 }
    ])
    expect(result.wastedBytes).toBe(42)
    expect(result.wasted.every(file => file.reason !== undefined)).toBe(true)
  })

  it('hides what lower layers hold under an opaque directory (deleted and made again)', async () => {
    const result = await merge(
      layer(['cache/', 0], ['cache/old', 50], ['cache/kept', 1]),
      layer(['cache/', 0], ['cache/.wh..wh..opq'], ['cache/new', 4])
    )
    expect(result.files).toEqual([{ path: '/cache/new', bytes: 4 }])
    expect(result.wastedBytes).toBe(51)
    expect(result.wasted[0]).toEqual({
      path: '/cache/old',
      bytes: 50,
      reason: 'deleted',
      layer: 0
    })
  })

  it('hides a directory a later layer replaced with a file', async () => {
    const result = await merge(layer(['d/', 0], ['d/f', 8]), layer(['d', 2]))
    expect(result.files).toEqual([{ path: '/d', bytes: 2 }])
    expect(result.wastedBytes).toBe(8)
  })

  it('counts a hard link once, and keeps its bytes while any path still shows it', async () => {
    const linked = layer(['usr/bin/a', 60], ['usr/bin/b', 0, 'usr/bin/a'])
    const both = await merge(linked)
    expect(both.files).toEqual([
      { path: '/usr/bin/a', bytes: 60 },
      { path: '/usr/bin/b', bytes: 0 }
    ])
    expect(both.wastedBytes).toBe(0)
    const oneGone = await merge(linked, layer(['usr/bin/.wh.a']))
    expect(oneGone.files).toEqual([{ path: '/usr/bin/b', bytes: 60 }])
    expect(oneGone.wastedBytes).toBe(0)
    const bothGone = await merge(linked, layer(['usr/.wh.bin']))
    expect(bothGone.files).toEqual([])
    expect(bothGone.wastedBytes).toBe(60)
    expect(bothGone.wasted).toEqual([
      { path: '/usr/bin/a', bytes: 60, reason: 'deleted', layer: 0 }
    ])
  })

  it('wastes nothing when a file is written once, and a file written and deleted is in no image', async () => {
    expect((await merge(layer(['a', 1], ['b', 2]))).wastedBytes).toBe(0)
    const gone = await merge(layer(['a', 1], ['tmp', 5]), layer(['.wh.tmp']))
    expect(gone.files).toEqual([{ path: '/a', bytes: 1 }])
  })
})

describe('file changes between two final filesystems', () => {
  it('lists added, removed and changed files, largest change first, and their directories', async () => {
    const base = [
      { path: '/app/lib/old.so', bytes: 300, layer: 1 },
      { path: '/app/main', bytes: 100, layer: 1 },
      { path: '/etc/conf', bytes: 7, layer: 0 }
    ]
    const head = [
      { path: '/app/lib/new.so', bytes: 900, layer: 2 },
      { path: '/app/main', bytes: 160, layer: 1 },
      { path: '/etc/conf', bytes: 7, layer: 0 },
      { path: '/etc/extra', bytes: 1, layer: 3 }
    ]
    const changes = await compareFilesystems(stream(base), stream(head))
    expect(changes).toEqual({
      added: [
        { path: '/app/lib/new.so', bytes: 900, layer: 2 },
        { path: '/etc/extra', bytes: 1, layer: 3 }
      ],
      removed: [{ path: '/app/lib/old.so', bytes: 300, layer: 1 }],
      changed: [{ path: '/app/main', baseBytes: 100, headBytes: 160, layer: 1 }],
      directories: [
        { path: '/app', baseBytes: 400, headBytes: 1060 },
        { path: '/app/lib', baseBytes: 300, headBytes: 900 },
        { path: '/etc', baseBytes: 7, headBytes: 8 }
      ],
      addedBytes: 901,
      removedBytes: 300,
      changedBytes: 60,
      addedFiles: 2,
      removedFiles: 1,
      changedFiles: 1
    })
  })

  it('keeps the 50 largest of each kind and only the directories of listed files', async () => {
    const head = Array.from({ length: 300 }, (_, at) => ({
      path: `/d${String(at).padStart(3, '0')}/f`,
      bytes: at,
      layer: 0
    }))
    const changes = await compareFilesystems(stream([]), stream(head))
    expect(changes.addedFiles).toBe(300)
    expect(changes.added).toHaveLength(50)
    expect(changes.added[0]).toEqual({ path: '/d299/f', bytes: 299, layer: 0 })
    expect(changes.directories).toHaveLength(50)
    expect(changes.directories[49]).toEqual({
      path: '/d250',
      baseBytes: 0,
      headBytes: 250
    })
  })
})
