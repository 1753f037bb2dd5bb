import { eventEnv } from '../helpers/events.js'
import { describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { annotations, errorAnnotations, runAction } from '../helpers/action.js'
import {
  FIXTURES,
  busyboxBytes,
  describeEachEngine,
  describeOnOneEngine
} from '../helpers/engines.js'
import { appDockerfile } from '../helpers/dockerfiles.js'
import { makeRepo } from '../helpers/git.js'

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
    expect(run.stdout).toMatch(
      /^::group::head: 2 stages built and measured in [\d.]+ s$/m
    )
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

describeOnOneEngine('dist/index.js gating a pull request', engine => {
  const env = { DOCKER_HOST: engine.host }

  /** A repository whose PR head grows the runtime by 300,000 bytes, and its pull_request event. */
  function pullRequest() {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(400_000) }
    )
    return {
      repo,
      env: {
        ...env,
        ...eventEnv('pull_request', {
          action: 'synchronize',
          number: 1,
          pull_request: {
            number: 1,
            head: { sha: repo.headSha },
            base: { sha: repo.baseSha, ref: 'main' }
          }
        })
      }
    }
  }

  it('fails the step on a regression, naming the stage, its sizes and the limit', async () => {
    const { repo, env } = pullRequest()
    const run = await runAction({}, env, repo.dir)
    expect(run.status).toBe(1)
    const busybox = busyboxBytes(engine)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Image size check failed: runtime grew by 300,000 B \\(\\+[\\d.]+%\\): ${(busybox + 200_000).toLocaleString('en-US')} B → ${(busybox + 500_000).toLocaleString('en-US')} B uncompressed, over the 5% threshold`
        )
      )
    ])
    // A check annotation on the Dockerfile line whose layer grew the target: the RUN on line 6.
    expect(run.stdout).toMatch(
      /^::error title=Image size%3A runtime failed,file=Dockerfile,line=6::runtime grew \+300 kB \(uncompressed\); this instruction's layer adds 400 kB uncompressed\.$/m
    )
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      'target-size': String(busybox + 500_000),
      'base-target-size': String(busybox + 200_000),
      'delta-bytes': '300000'
    })
    expect(Number(run.outputs['delta-percent'])).toBeCloseTo(
      (300_000 / (busybox + 200_000)) * 100,
      2
    )
  })

  it('with fail-on-regression false the step passes with a warning', async () => {
    const { repo, env } = pullRequest()
    const run = await runAction({ 'fail-on-regression': 'false' }, env, repo.dir)
    expect(run.status).toBe(0)
    expect(annotations(run, 'warning')).toContainEqual(
      expect.stringMatching(
        /^Image size check failed: runtime grew by 300,000 B .*\(fail-on-regression is false\)$/
      )
    )
    expect(run.outputs.verdict).toBe('fail')
  })
})

describe('dist/index.js with bad inputs', () => {
  // The other bad inputs are refused before anything runs: main.test.ts has them, in-process.
  it.each([
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
