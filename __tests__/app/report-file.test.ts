import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readReport } from '../../src/app/report-file.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

function written(schemaVersion: unknown): string {
  const report = comparedReport(
    [sideStage('app', 0, image(layer('RUN x', 5)), true)],
    null
  )
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'stage-size-report-')), 'r.json')
  writeFileSync(file, JSON.stringify({ ...report, schemaVersion }))
  return file
}

describe('reading a report back', () => {
  it('reads schemaVersion 2, written before a stage could lack its compressed size', async () => {
    const report = await readReport(written(2), 'baseline-report')
    expect(report.stages[0].head!.compressedBytes).toBe(3)
  })

  it('refuses another version in one line naming the input and the versions it reads', async () => {
    await expect(readReport(written(4), 'baseline-report', 'base.json')).rejects.toThrow(
      /^baseline-report: base\.json has schemaVersion 4; this stage-size reads schemaVersion 2 and 3 \(/
    )
  })
})
