import { describe, expect, it } from '@jest/globals'
import { renderMerged } from '../../../src/core/render/merged.js'
import { imageKey } from '../../../src/core/image-reports.js'
import {
  comparedReport,
  image,
  imageReport,
  layer,
  sideStage
} from '../../helpers/reports.js'

const api = imageReport('services/api/Dockerfile', 1_000_000, 2_000_000) // +100%: fail
const web = imageReport('services/web/Dockerfile', 1_000_000, 1_000_000) // unchanged: pass

describe('merging several images', () => {
  it('renders a summary table, then each image: open when it changed, collapsed when not', () => {
    const text = renderMerged([api, web], 65_536, 'note')
    const lines = text.split('\n')
    expect(lines[0]).toBe(
      '### ❌ Image size check failed: 1 of 2 images over their limits'
    )
    expect(lines).toContain(
      '| `services/api/Dockerfile` | `app` | default | 2.00 MB | +1.00 MB (+100.00%) | ❌ fail |'
    )
    expect(lines).toContain(
      '| `services/web/Dockerfile` | `app` | default | 1.00 MB | +0 B (0.00%) | ✅ pass |'.replace(
        '+0 B (0.00%)',
        '0 B'
      )
    )
    expect(text).toContain(
      '<details open><summary>❌ services/api/Dockerfile · app</summary>'
    )
    expect(text).toContain('<details><summary>✅ services/web/Dockerfile · app</summary>')
    expect(text.match(/Image size check failed/g)).toHaveLength(1) // the title, not again per image
    // One legend, at the end, for every image.
    expect(text.match(/<sub>Uncompressed:/g)).toHaveLength(1)
    expect(text.trimEnd().endsWith('</sub>')).toBe(true)
  })

  it('makes report text inert in the HTML summary line', () => {
    const evil = imageReport('<img src=x onerror=alert(1)>/@team/Dockerfile', 1, 1)
    const text = renderMerged([evil], 65_536, 'note')
    const summary = text.split('\n').find(line => line.startsWith('<details'))
    expect(summary).toBe(
      '<details><summary>✅ &lt;img src=x onerror=alert(1)&gt;/@\u200bteam/Dockerfile · app</summary>'
    )
  })

  it('fits within the limit, shortening each image to its share', () => {
    const many = (name: string) => {
      const stages = Array.from({ length: 400 }, (_, index) =>
        sideStage(
          `stage-${index}`,
          index,
          image(layer(`RUN step ${index}`, 1000 + index)),
          index === 399
        )
      )
      const report = {
        ...comparedReport(
          stages,
          stages.map(stage => ({ ...stage, size: image(layer('RUN old', 5)) }))
        ),
        dockerfile: name
      }
      return { key: imageKey(report), file: name, report }
    }
    const text = renderMerged(
      [many('a/Dockerfile'), many('b/Dockerfile')],
      65_536,
      'in the summary'
    )
    expect(text.length).toBeLessThanOrEqual(65_536)
    expect(text.match(/<details/g)).toHaveLength(2)
    expect(text.match(/<\/details>/g)).toHaveLength(2)
    expect(text).toContain('in the summary')
  })
})
