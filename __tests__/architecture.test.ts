import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './helpers/action.js'

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

  it('has the layers as folders: a pure core, adapters around it, entry points on top', () => {
    const folders = new Set(
      [...graph.keys()].map(file => file.split('/').slice(0, -1).join('/'))
    )
    expect([...folders].sort()).toEqual(['', 'core', 'engine', 'git', 'github', 'system'])
  })

  it('core imports only core', () => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith('core/'))
      .flatMap(([file, imports]) =>
        imports
          .filter(target => !target.startsWith('core/'))
          .map(target => `${file} -> ${target}`)
      )
    expect(outside).toEqual([])
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
