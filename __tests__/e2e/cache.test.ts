import { expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../helpers/action.js'
import { FIXTURES, describeOnOneEngine } from '../helpers/engines.js'

jest.setTimeout(180_000)

interface Entry {
  format?: number
  checksum?: string
  layer?: { fileBytes: number; files: number }
}

/** Every stage's sizes and layers, as the report gives them. */
function sizes(reportPath: string) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    stages: { name: string; head: unknown }[]
  }
  return report.stages.map(stage => [stage.name, stage.head])
}

describeOnOneEngine('a blob cache that cannot lie (dist/index.js)', engine => {
  it('measures again, and replaces, an entry that is damaged, edited or of an old format, or whose file list is damaged', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'stage-size-cache-'))
    const blobs = path.join(cacheDir, 'blobs')
    const measure = async () => {
      const run = await runAction(
        { context: path.join(FIXTURES, 'diamond'), 'github-token': '' },
        { DOCKER_HOST: engine.host, STAGE_SIZE_CACHE_DIR: cacheDir }
      )
      expect(run.status).toBe(0)
      return sizes(path.join(run.runnerTemp, 'stage-size-report.json'))
    }
    const truth = await measure()
    // The entries of the layers the run uses (the cache keeps each gzip layer by its diff ID too).
    const used = new Set(
      truth.flatMap(([, head]) =>
        (head as { layers: { digest: string }[] }).layers.map(layer => layer.digest)
      )
    )
    const layerEntries = readdirSync(blobs)
      .filter(name => used.has(name.replace('-', ':').replace(/\.json$/, '')))
      .map(name => path.join(blobs, name))
      .filter(file => (JSON.parse(readFileSync(file, 'utf8')) as Entry).layer)
    expect(layerEntries.length).toBeGreaterThanOrEqual(4)
    const [truncated, edited, old, listed] = layerEntries
    const list = path.join(
      cacheDir,
      'files',
      path.basename(listed).replace(/\.json$/, '.ndjson')
    )
    const listedBefore = readFileSync(list, 'utf8')
    writeFileSync(list, listedBefore.split('\n').slice(1).join('\n'))
    writeFileSync(truncated, readFileSync(truncated, 'utf8').slice(0, 40))
    const lie = JSON.parse(readFileSync(edited, 'utf8')) as Entry
    lie.layer!.fileBytes += 1_000_000
    writeFileSync(edited, JSON.stringify(lie))
    const oldFormat = JSON.parse(readFileSync(old, 'utf8')) as Entry
    delete oldFormat.format
    delete oldFormat.checksum
    writeFileSync(old, JSON.stringify(oldFormat))

    expect(await measure()).toEqual(truth)
    for (const file of [truncated, edited, old]) {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry
      expect(entry.format).toBe(5)
      expect(entry.layer!.fileBytes).not.toBe(lie.layer!.fileBytes)
    }
    expect(readFileSync(list, 'utf8')).toBe(listedBefore)
  })
})
