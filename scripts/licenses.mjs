#!/usr/bin/env node
// Writes the licenses of every npm package bundled into dist/, from ncc's
// webpack stats (--stats-out): one entry per package name and version, sorted.
// ncc's own --license output keeps one entry per package name and picks among
// two versions of a name by the order modules happen to finish loading, so two
// fresh bundles of the same tree could differ (lazystream's isarray 1.0.0 has
// no LICENSE file; the top-level isarray 2.0.5 has one).
//
//   node scripts/licenses.mjs OUT STATS.json...
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [out, ...statsFiles] = process.argv.slice(2)
const root = process.cwd()

// Every module path in the stats, concatenated modules included.
function* modulePaths(modules = []) {
  for (const m of modules) {
    if (m.name) yield m.name
    yield* modulePaths(m.modules)
  }
}

// The package folder a module path lies in: the part up to its last node_modules/<name>.
function packageDir(modulePath) {
  const match = /^(\.\/.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(modulePath)
  return match ? path.resolve(root, match[1]) : undefined
}

function licenseText(dir) {
  const file = readdirSync(dir).find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : ''
}

const dirs = new Set()
for (const statsFile of statsFiles) {
  for (const p of modulePaths(JSON.parse(readFileSync(statsFile, 'utf8')).modules)) {
    const dir = packageDir(p)
    if (dir) dirs.add(dir)
  }
}

const entries = new Map()
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const key = `${pkg.name}@${pkg.version}`
  entries.set(
    key,
    [key, pkg.license ?? '(no license declared)', licenseText(dir)]
      .filter(Boolean)
      .join('\n')
  )
}
const sorted = [...entries.keys()].sort().map(key => entries.get(key))
writeFileSync(out, `${sorted.join('\n\n')}\n`)
