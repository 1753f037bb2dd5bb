import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { entryOf, type LayerEntry } from '../../src/core/layer-entries.js'
import { EntryCollector } from '../../src/engine/entry-collector.js'

/** A layer's tar entries in tar order: a hard link to a file read runs earlier, a path written twice. */
const TAR: [string, string, number, string?][] = [
  ['usr/', 'directory', 0],
  ['usr/bin/zz', 'file', 5],
  ['usr/bin/tool', 'file', 700],
  ['etc/conf', 'file', 10],
  ['a.txt', 'file', 1],
  ['a/b', 'file', 2],
  ['etc/conf', 'file', 11],
  ['var/.wh.cache', 'file', 0],
  ['usr/bin/tool-link', 'link', 0, 'usr/bin/tool']
]

async function listed(runEntries: number) {
  const collector = new EntryCollector(runEntries)
  for (const [name, type, size, linkname] of TAR) {
    await collector.add(entryOf({ name, type, size, linkname }) as LayerEntry)
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'stage-size-list-')), 'list')
  const written = await collector.finish().write(file)
  return { written, text: readFileSync(file, 'utf8') }
}

describe('a layer entry list spilled to disk in sorted runs', () => {
  it('is the same list as one kept in memory: path order, tar order within a path, hard links resolved', async () => {
    const inMemory = await listed(1000)
    const spilled = await listed(2)
    expect(spilled).toEqual(inMemory)
    expect(inMemory.written.entries).toBe(TAR.length)
    expect(
      inMemory.text
        .trim()
        .split('\n')
        .map(line => JSON.parse(line))
    ).toEqual(
      [
        ['/a/b', 'f', 2],
        ['/a.txt', 'f', 1],
        ['/etc/conf', 'f', 10],
        ['/etc/conf', 'f', 11],
        ['/usr', 'd', 0],
        ['/usr/bin/tool', 'F', 700],
        ['/usr/bin/tool-link', 'l', 700, '/usr/bin/tool'],
        ['/usr/bin/zz', 'f', 5],
        ['/var/cache', 'w', 0]
      ].filter(entry => entry[0] !== '/a' || false)
    )
  })

  it('removes its runs once written, or when discarded', async () => {
    const collector = new EntryCollector(2)
    for (const [name, type, size] of TAR.slice(0, 5)) {
      await collector.add(entryOf({ name, type, size }) as LayerEntry)
    }
    const runs = (collector as unknown as { runs: string[] }).runs
    expect(runs.length).toBe(2)
    expect(existsSync(runs[0])).toBe(true)
    await collector.finish().discard()
    expect(existsSync(path.dirname(runs[0]))).toBe(false)
  })
})
