import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

const SRC = path.join(ROOT, 'src')

/** Every module under src/, by its path relative to src/. */
function modules(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.ts'))
    .map(file => file.split(path.sep).join('/'))
}

/** The modules of src/ that `file` imports (type-only imports too: they tie modules as well). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8')
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].map(match =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), `${match[1]}.ts`))
  )
}

/** The packages `file` imports. */
function packagesOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8')
  return [...text.matchAll(/from '([^.'][^']*)'/g)].map(match => match[1])
}

/** A module's folder: the program or layer it belongs to ("" for the two bundle entries). */
const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0] : '')

/** Every import from a folder in `from` to a folder not in `allowed`, as "file -> target". */
function importsOutside(
  graph: Map<string, string[]>,
  from: string[],
  allowed: (folder: string) => boolean
): string[] {
  return [...graph]
    .filter(([file]) => from.includes(folderOf(file)))
    .flatMap(([file, imports]) =>
      imports
        .filter(target => !allowed(folderOf(target)))
        .map(target => `${file} -> ${target}`)
    )
}

/** An import cycle, as the list of modules around it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>()
  const visit = (node: string, trail: string[]): string[] | null => {
    const seen = trail.indexOf(node)
    if (seen !== -1) return [...trail.slice(seen), node]
    if (done.has(node)) return null
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...trail, node])
      if (cycle) return cycle
    }
    done.add(node)
    return null
  }
  for (const node of graph.keys()) {
    const cycle = visit(node, [])
    if (cycle) return cycle
  }
  return null
}

describe('the architecture', () => {
  const graph = new Map(modules().map(file => [file, importsOf(file)]))

  it('has the programs and the layers as folders: the two bundle entries alone on top', () => {
    const folders = new Set(
      [...graph.keys()].map(file => file.split('/').slice(0, -1).join('/'))
    )
    expect([...folders].sort()).toEqual([
      '',
      'action',
      'app',
      'cli',
      'core',
      'core/options',
      'core/render',
      'engine',
      'git',
      'github',
      'system'
    ])
    expect([...graph.keys()].filter(file => !file.includes('/')).sort()).toEqual([
      'cli.ts',
      'index.ts'
    ])
  })

  it('the action and the CLI never import each other; each entry only its own door', () => {
    expect(importsOutside(graph, ['action'], folder => folder !== 'cli')).toEqual([])
    expect(importsOutside(graph, ['cli'], folder => folder !== 'action')).toEqual([])
    expect(graph.get('index.ts')?.every(target => target.startsWith('action/'))).toBe(
      true
    )
    expect(graph.get('cli.ts')?.every(target => /^(cli|system)\//.test(target))).toBe(
      true
    )
  })

  it('the run both doors call imports neither door, nor @actions/*', () => {
    expect(
      importsOutside(graph, ['app'], folder => !['action', 'cli', ''].includes(folder))
    ).toEqual([])
    const actions = [...graph.keys()]
      .filter(file => packagesOf(file).some(name => name.startsWith('@actions/')))
      .filter(file => !/^(action|github)\//.test(file))
    expect(actions).toEqual([])
  })

  it('adapters import only core, system and their own folder', () => {
    for (const adapter of ['engine', 'git', 'github', 'system']) {
      expect(
        importsOutside(graph, [adapter], folder =>
          ['core', 'system', adapter].includes(folder)
        )
      ).toEqual([])
    }
  })

  it('no source file is over 300 lines', () => {
    const long = [...graph.keys()].filter(
      file => readFileSync(path.join(SRC, file), 'utf8').split('\n').length > 300
    )
    expect(long).toEqual([])
  })

  it('core imports only core', () => {
    expect(importsOutside(graph, ['core'], folder => folder === 'core')).toEqual([])
  })

  it('has no import cycles', () => {
    expect(findCycle(graph)).toBeNull()
  })

  it('finds a cycle when there is one (the check itself)', () => {
    const cyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']]
    ])
    expect(findCycle(cyclic)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts'])
  })
})
