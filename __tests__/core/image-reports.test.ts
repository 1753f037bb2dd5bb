import { describe, expect, it } from '@jest/globals'
import { imageKey, imageSummaries, mergedVerdict } from '../../src/core/image-reports.js'
import { imageReport } from '../helpers/reports.js'

const api = imageReport('services/api/Dockerfile', 1_000_000, 2_000_000) // +100%: fail
const web = imageReport('services/web/Dockerfile', 1_000_000, 1_000_000) // unchanged: pass

describe('several images', () => {
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
})
