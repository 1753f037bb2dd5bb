import { expect, it, jest } from '@jest/globals'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { FIXTURES, describeOnStore } from '../helpers/engines.js'

jest.setTimeout(180_000)

describeOnStore('containerd', 'sharing the build cache', () => {
  it('writes the target’s build cache with --cache-to, and every stage reads --cache-from', async () => {
    const cache = path.join(
      mkdtempSync(path.join(tmpdir(), 'stage-size-buildcache-')),
      'cache'
    )
    const context = path.join(FIXTURES, 'two-stage')
    const written = await cli([
      context,
      '--no-base',
      '--verbose',
      '--cache-to',
      `type=local,dest=${cache},mode=max`
    ])
    expect(written.code).toBe(0)
    expect(existsSync(path.join(cache, 'index.json'))).toBe(true)
    expect(written.err).toMatch(/exporting cache to client directory/)

    const read = await cli([
      context,
      '--no-base',
      '--verbose',
      '--cache-from',
      `type=local,src=${cache}`
    ])
    expect(read.code).toBe(0)
    // bake imports a cache its targets share once.
    expect(read.err).toMatch(/importing cache manifest from local:/)
  })
})

describeOnStore('classic', 'a build cache on the classic image store', () => {
  it('cannot be written: one line naming the way out', async () => {
    const result = await cli([
      path.join(FIXTURES, 'two-stage'),
      '--no-base',
      '--cache-to',
      'type=local,dest=/tmp/x'
    ])
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toEqual([
      "stage-size: error: --cache-to: the docker driver on the classic image store cannot write a build cache; turn on the containerd image store (Docker Engine 29's default), or leave cache-to out"
    ])
  })
})
