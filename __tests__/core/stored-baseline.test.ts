import { describe, expect, it } from '@jest/globals'
import { mismatch, type ExpectedBaseline } from '../../src/core/stored-baseline.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

describe('a stored report as the baseline', () => {
  const report = {
    ...comparedReport(
      [sideStage('app', 0, image(layer('RUN build', 10)), true)],
      null,
      {},
      {
        B: '2',
        A: '1'
      }
    ),
    head: { ref: 'main', sha: 'b'.repeat(40) }
  }
  const expected: ExpectedBaseline = {
    sha: 'b'.repeat(40),
    dockerfile: 'app/Dockerfile',
    target: 'app',
    platforms: [],
    buildArgs: { A: '1', B: '2' },
    stageSelection: 'all',
    buildOptions: report.buildOptions!
  }
  const withOptions = (change: Partial<ExpectedBaseline['buildOptions']>) => ({
    buildOptions: { ...expected.buildOptions, ...change }
  })

  it('fits when it measured the base commit the same way', () => {
    expect(mismatch(report, expected)).toBeNull()
  })

  it('fits whatever the cache and pull controls were: they change how fresh a build is, not what it builds', () => {
    const fresh = withOptions({ noCache: true, pull: true, noCacheFilters: ['app'] })
    expect(mismatch(report, { ...expected, ...fresh })).toBeNull()
  })

  it('reads a report from before the build controls as built with none', () => {
    const older = { ...report, buildOptions: undefined }
    expect(mismatch(older, expected)).toBeNull()
    expect(mismatch(older, { ...expected, ...withOptions({ network: 'host' }) })).toMatch(
      /the network null, not "host"/
    )
  })

  it.each([
    [{ sha: 'c'.repeat(40) }, /^it is of commit b{12}, not the base c{12}$/],
    [
      { dockerfile: 'other/Dockerfile' },
      /the Dockerfile "app\/Dockerfile", not "other\/Dockerfile"/
    ],
    [{ target: 'web' }, /the target "app", not "web"/],
    [{ platforms: ['linux/arm64'] }, /the platforms \[\], not \["linux\/arm64"\]/],
    [{ buildArgs: { A: '1' } }, /^it was built with the build args A, B, not A$/],
    [
      { buildArgs: { A: '1', B: '3' } },
      /^it was built with other values of the build args A, B$/
    ],
    [{ stageSelection: ['app'] }, /the stages "all", not \["app"\]/],
    [
      withOptions({ buildContexts: { shared: '../shared' } }),
      /the build contexts \{\}, not \{"shared":"..\/shared"\}/
    ],
    [withOptions({ network: 'none' }), /the network null, not "none"/],
    [withOptions({ addHosts: ['db:10.0.0.5'] }), /the extra hosts \[\], not/],
    [withOptions({ shmSize: '2g' }), /the shm size null, not "2g"/],
    [withOptions({ ulimits: ['nofile=1024'] }), /the ulimits/],
    [withOptions({ allow: ['network.host'] }), /the entitlements/],
    [withOptions({ ssh: ['default'] }), /the ssh sources/]
  ])('does not fit when %j differs', (change, why) => {
    expect(mismatch(report, { ...expected, ...change })).toMatch(why)
  })
})
