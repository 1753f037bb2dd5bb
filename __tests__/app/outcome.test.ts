import { describe, expect, it } from '@jest/globals'
import { reportsOutcome } from '../../src/app/outcome.js'
import { imageReport } from '../helpers/reports.js'

const api = imageReport('services/api/Dockerfile', 1_000_000, 2_000_000) // +100%: fail
const web = imageReport('services/web/Dockerfile', 1_000_000, 1_000_000) // unchanged: pass

describe('the outcome of one report or several', () => {
  it('fails when an image fails, naming it; fail-on-regression false only warns', () => {
    const gate = { failOnRegression: true, failOnMissingBaseline: false }
    const failing = reportsOutcome([api, web], gate)
    expect(failing.failure).toMatch(
      /^services\/api\/Dockerfile:app: Image size check failed: app grew/
    )
    expect(reportsOutcome([web], gate).failure).toBeNull()
    const warned = reportsOutcome([api, web], { ...gate, failOnRegression: false })
    expect(warned.failure).toBeNull()
    expect(warned.warnings).toEqual([
      expect.stringMatching(/fail-on-regression is false/)
    ])
  })

  it('gates one report as it gates several', () => {
    const gate = { failOnRegression: true, failOnMissingBaseline: false }
    expect(reportsOutcome([api], gate).failure).toMatch(
      /^Image size check failed: app grew/
    )
    expect(reportsOutcome([api], { ...gate, failOnRegression: false }).warnings).toEqual([
      expect.stringMatching(/fail-on-regression is false/)
    ])
  })
})
