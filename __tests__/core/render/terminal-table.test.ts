import { describe, expect, it } from '@jest/globals'
import { renderStageTable } from '../../../src/core/render/terminal-table.js'
import { comparedReport, image, layer, sideStage } from '../../helpers/reports.js'

function report() {
  const made = comparedReport(
    [sideStage('app', 0, image(layer('RUN big', 3_000)), true)],
    [sideStage('app', 0, image(layer('RUN small', 1_000)), true)]
  )
  made.stages[0].fileChanges = {
    added: [
      { path: '/big', bytes: 2_500, layer: 0 },
      { path: '/tiny', bytes: 10, layer: 0 }
    ],
    removed: [{ path: '/small', bytes: 500, layer: 0 }],
    changed: [],
    directories: [],
    addedBytes: 2_510,
    removedBytes: 500,
    changedBytes: 0,
    addedFiles: 2,
    removedFiles: 1,
    changedFiles: 0
  }
  return made
}

describe('the terminal table', () => {
  it("lists the target's largest file changes after the table, as many as asked", () => {
    const lines = renderStageTable(report(), 2).split('\n')
    expect(lines.slice(-4)).toEqual([
      'app: the files that changed most',
      '  +2.50 kB  new   /big',
      '    -500 B  gone  /small',
      '(1 more in the report)'
    ])
  })

  it('lists none with 0, and ten by default', () => {
    expect(renderStageTable(report(), 0)).not.toContain('/big')
    expect(renderStageTable(report())).toContain('  +10 B  new   /tiny')
  })

  it('says when the target wastes more than its base did', () => {
    const made = report()
    made.stages[0].head!.wastedBytes = 2_000
    made.stages[0].base!.wastedBytes = 0
    expect(renderStageTable(made).split('\n').at(-1)).toBe(
      'app wastes 2.00 kB (files stored in layers but hidden by later ones; was 0 B)'
    )
  })
})
