import { describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'
import { VERSION } from '../../src/core/version.js'

jest.setTimeout(120_000)

describe('the committed dist/', () => {
  it('equals a fresh bundle, file for file (run npm run bundle and commit dist/)', () => {
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'stage-size-dist-')), 'dist')
    execFileSync('scripts/bundle.sh', [fresh], { cwd: ROOT, stdio: 'pipe' })
    const committed = path.join(ROOT, 'dist')
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort())
    for (const file of readdirSync(fresh)) {
      const same = readFileSync(path.join(fresh, file)).equals(
        readFileSync(path.join(committed, file))
      )
      expect({ file, same }).toEqual({ file, same: true })
    }
  })

  it('credits every bundled package version once, sorted, both isarray versions among them', () => {
    const text = readFileSync(path.join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    const names = text
      .split('\n\n')
      .map(entry => entry.split('\n')[0])
      .filter(line => /^(@[^/]+\/)?[^@\s]+@\d[^\s]*$/.test(line))
    expect(names).toEqual([...new Set(names)].sort())
    expect(names).toEqual(expect.arrayContaining(['isarray@1.0.0', 'isarray@2.0.5']))
  })

  it('is an ES module package, as the action runs it', () => {
    expect(
      JSON.parse(readFileSync(path.join(ROOT, 'dist', 'package.json'), 'utf8'))
    ).toEqual({
      type: 'module'
    })
  })

  it('reports the version package.json declares', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    expect(VERSION).toBe(pkg.version)
  })
})
