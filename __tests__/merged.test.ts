import { describe, expect, it } from '@jest/globals'
import {
  imageKey,
  imageSummaries,
  mergedOutcome,
  mergedVerdict,
  renderMerged,
  type ImageReport
} from '../src/core/merged.js'
import type { Report } from '../src/core/report.js'
import { comparedReport, image, layer, sideStage } from './helpers/reports.js'

/** An image whose target went from `base` to `head` bytes, built from `dockerfile`. */
function imageReport(dockerfile: string, base: number, head: number): ImageReport {
  const report: Report = {
    ...comparedReport(
      [sideStage('app', 0, image(layer('RUN build', head)), true)],
      [sideStage('app', 0, image(layer('RUN build', base)), true)]
    ),
    dockerfile
  }
  return { key: imageKey(report), file: `${dockerfile}.json`, report }
}

const api = imageReport('services/api/Dockerfile', 1_000_000, 2_000_000) // +100%: fail
const web = imageReport('services/web/Dockerfile', 1_000_000, 1_000_000) // unchanged: pass

describe('merging several images', () => {
  it('keys each image by its Dockerfile and target, and its platform when chosen', () => {
    expect(api.key).toBe('services/api/Dockerfile:app')
    expect(imageKey({ ...api.report, platform: 'linux/arm64' })).toBe(
      'services/api/Dockerfile:app@linux/arm64'
    )
  })

  it("gives the worst image's verdict", () => {
    expect(mergedVerdict([web.report, api.report])).toBe('fail')
    expect(mergedVerdict([web.report, { ...web.report, verdict: 'warn' }])).toBe('warn')
    expect(mergedVerdict([web.report, { ...web.report, verdict: 'no-baseline' }])).toBe(
      'no-baseline'
    )
    expect(mergedVerdict([web.report])).toBe('pass')
  })

  it('summarises each image for the images output', () => {
    expect(imageSummaries([api, web])).toEqual({
      'services/api/Dockerfile:app': {
        verdict: 'fail',
        targetSize: 2_000_000,
        deltaBytes: 1_000_000
      },
      'services/web/Dockerfile:app': {
        verdict: 'pass',
        targetSize: 1_000_000,
        deltaBytes: 0
      }
    })
  })

  it('fails when an image fails, naming it; fail-on-regression false only warns', () => {
    const gate = { failOnRegression: true, failOnMissingBaseline: false }
    const failing = mergedOutcome([api, web], gate)
    expect(failing.failure).toMatch(
      /^services\/api\/Dockerfile:app: Image size check failed: app grew/
    )
    expect(mergedOutcome([web], gate).failure).toBeNull()
    const warned = mergedOutcome([api, web], { ...gate, failOnRegression: false })
    expect(warned.failure).toBeNull()
    expect(warned.warnings).toEqual([
      expect.stringMatching(/fail-on-regression is false/)
    ])
  })

  it('gates one report as it gates several', () => {
    const gate = { failOnRegression: true, failOnMissingBaseline: false }
    expect(mergedOutcome([api], gate).failure).toMatch(
      /^Image size check failed: app grew/
    )
    expect(mergedOutcome([api], { ...gate, failOnRegression: false }).warnings).toEqual([
      expect.stringMatching(/fail-on-regression is false/)
    ])
  })

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
