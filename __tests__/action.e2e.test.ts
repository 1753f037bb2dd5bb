import { describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { errorAnnotations, runAction } from './helpers/action.js'
import { FIXTURES, busyboxBytes, describeEachEngine } from './helpers/engines.js'

jest.setTimeout(180_000)

describeEachEngine('dist/index.js as a runner runs it', engine => {
  const env = { DOCKER_HOST: engine.host }

  it('measures the stages, writes the report and sets the outputs', async () => {
    const run = await runAction({ context: path.join(FIXTURES, 'two-stage') }, env)
    expect(errorAnnotations(run)).toEqual([])
    expect(run.status).toBe(0)
    const reportPath = path.join(run.runnerTemp, 'stage-size-report.json')
    expect(run.outputs['report-path']).toBe(reportPath)
    const busybox = busyboxBytes(engine)
    expect(run.outputs['target-size']).toBe(String(busybox + 400_000))
    const stages = JSON.parse(run.outputs.stages)
    expect(Object.keys(stages)).toEqual(['builder', 'runtime'])
    expect(stages.runtime.uncompressedBytes).toBe(busybox + 400_000)
    const report = JSON.parse(readFileSync(reportPath, 'utf8'))
    expect(report.stages[1].head.compressedBytes).toBe(stages.runtime.compressedBytes)
    expect(run.stdout).toMatch(/^::group::Building 2 stages \(head\)$/m)
  })

  it('a failing build: one error naming the stage, the log in a group, no report left behind', async () => {
    const reportPath = path.join(FIXTURES, '..', 'stale-report.json')
    writeFileSync(reportPath, '{"stale": true}')
    const run = await runAction(
      { context: path.join(FIXTURES, 'fails'), 'report-path': reportPath },
      env
    )
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(/^build failed in stage "broken" at RUN .*exit code: 7$/)
    ])
    expect(run.stdout).toMatch(
      /::group::Details\n[\s\S]*main\.c:3: error[\s\S]*::endgroup::/
    )
    expect(existsSync(reportPath)).toBe(false)
  })
})

describe('dist/index.js with bad inputs', () => {
  it.each([
    [
      { 'build-args': 'NODE_VERSION=20\nnot-an-arg' },
      /^build-args: "not-an-arg" is not KEY=VALUE/
    ],
    [
      { 'keep-images': 'yes please' },
      /^keep-images: "yes please" is not a boolean; use true or false$/
    ],
    [{ stages: 'build;test' }, /^stages: "build;test" is not a stage name/],
    [
      { platform: 'linux/amd64,linux/arm64' },
      /^platform: "linux\/amd64,linux\/arm64" is not one platform/
    ],
    [{ file: 'missing/Dockerfile' }, /^file: no Dockerfile at missing\/Dockerfile/],
    [
      { target: 'prod' },
      /^target: "prod" is not a stage of .*two-stage\/Dockerfile; its stages are: builder, runtime$/
    ]
  ])('%p fails with one line naming the input', async (inputs, message) => {
    const run = await runAction({ context: path.join(FIXTURES, 'two-stage'), ...inputs })
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([expect.stringMatching(message)])
    expect(run.outputs).toEqual({})
  })
})
