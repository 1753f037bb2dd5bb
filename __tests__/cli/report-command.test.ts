import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

/** A report file of `dockerfile` whose target went from `base` to `head` bytes. */
function reportFile(dir: string, dockerfile: string, base: number, head: number): string {
  const report = comparedReport(
    [sideStage('app', 0, image(layer('RUN build', head)), true)],
    [sideStage('app', 0, image(layer('RUN build', base)), true)]
  )
  const file = path.join(dir, `${dockerfile.replace(/\W/g, '-')}.json`)
  writeFileSync(file, JSON.stringify({ ...report, dockerfile }))
  return file
}

describe('stage-size report FILE… --markdown PATH', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-report-cmd-'))
  const api = reportFile(dir, 'api/Dockerfile', 1_000_000, 2_000_000)
  const web = reportFile(dir, 'web/Dockerfile', 1_000_000, 1_000_000)

  it('merges several reports into one comment and exits 2 when an image failed', async () => {
    const out = path.join(dir, 'comment.md')
    const result = await cli(['report', api, web, '--markdown', out])
    expect(result.code).toBe(2)
    expect(result.err).toMatch(
      /^stage-size: api\/Dockerfile:app: Image size check failed/m
    )
    const markdown = readFileSync(out, 'utf8')
    expect(markdown).toMatch(
      /^### ❌ Image size check failed: 1 of 2 images over their limits/
    )
    expect(markdown).toContain('| `web/Dockerfile` | `app` |')
  })

  it('renders one report as its own comment, to stdout without --markdown', async () => {
    const result = await cli(['report', web])
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/^### ✅ Image size check passed/)
  })

  it.each([
    [[], /^stage-size: error: report: give the report files to render/],
    [['/nonexistent.json'], /^stage-size: error: report: no file at \/nonexistent\.json/],
    [['API', 'API'], /both measure api\/Dockerfile:app; give each image's report once\n$/]
  ])('%j: one line, exit 1', async (files, message) => {
    const result = await cli([
      'report',
      ...files.map(file => (file === 'API' ? api : file))
    ])
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err).toMatch(message)
  })
})
