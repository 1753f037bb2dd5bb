import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/core/report.js'
import { fakeCore, type CoreRecord } from '../fakes/core.js'
import { FakeGitHubApi } from '../fakes/github.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

/** The target grew from `base` to `head` bytes; the report names pull request #7. */
const grown = (base: number, head: number): Report =>
  comparedReport(
    [sideStage('app', 0, image(layer('RUN build', head)), true)],
    [sideStage('app', 0, image(layer('RUN build', base)), true)]
  )

const PR_EVENT = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } },
  repo: { owner: 'owner', repo: 'repo' }
}

/**
 * run(), the action's entry point, in-process: @actions/core and the GitHub
 * port are typed fakes, and the pipeline (Docker) is replaced by a finished
 * report. Each test sets up this world before calling run().
 */
const world = {
  core: fakeCore({}).core,
  context: PR_EVENT as { eventName: string; payload: object; repo: object },
  api: new FakeGitHubApi(),
  pipeline: async (): Promise<Report> => grown(1_000_000, 1_010_000)
}

const CORE_FUNCTIONS = [
  'getInput',
  'getMultilineInput',
  'setOutput',
  'setFailed',
  'warning',
  'notice',
  'info',
  'debug',
  'startGroup',
  'endGroup',
  'group',
  'saveState',
  'getState'
] as const

jest.unstable_mockModule('@actions/core', () => ({
  ...Object.fromEntries(
    CORE_FUNCTIONS.map(name => [
      name,
      (...args: unknown[]) => (world.core[name] as (...a: unknown[]) => unknown)(...args)
    ])
  ),
  // Module namespaces are fixed once made: these hand every use to this test's fakes.
  summary: { addRaw: (text: string) => world.core.summary!.addRaw(text) }
}))
jest.unstable_mockModule('@actions/github', () => ({
  context: new Proxy(
    {},
    { get: (_, key) => world.context[key as keyof typeof world.context] }
  )
}))
jest.unstable_mockModule('../../src/github/api.js', () => ({
  createOctokit: () => ({}),
  OctokitGitHub: jest.fn(() => world.api)
}))
jest.unstable_mockModule('../../src/app/measure.js', () => ({
  measure: () => world.pipeline()
}))
const { run } = await import('../../src/action/main.js')

/** Runs the action with these inputs (and the report path in a new folder); what it recorded. */
async function runWith(
  inputs: Record<string, string>,
  options: { summaryFails?: boolean } = {}
): Promise<CoreRecord & { reportPath: string }> {
  const reportPath = path.join(
    mkdtempSync(path.join(tmpdir(), 'stage-size-main-')),
    'r.json'
  )
  const fake = fakeCore({ 'report-path': reportPath, ...inputs }, options)
  world.core = fake.core
  await run()
  return { ...fake.record, reportPath }
}

beforeEach(() => {
  // The runner's summary file; the fake core writes none, but run() only writes one when it is set.
  process.env.GITHUB_STEP_SUMMARY = 'step_summary'
  world.context = PR_EVENT
  world.api = new FakeGitHubApi()
  world.api.pulls.set(7, {
    number: 7,
    headSha: 'a'.repeat(40),
    headRepository: 'owner/repo'
  })
  world.pipeline = async () => grown(1_000_000, 1_010_000)
})

describe('run() in-process', () => {
  it('posts the comment, sets the outputs and passes within the threshold', async () => {
    const step = await runWith({ 'github-token': 't' })
    expect(step.failed).toEqual([])
    expect(step.outputs.verdict).toBe('pass')
    expect(step.outputs['delta-bytes']).toBe('10000')
    expect(world.api.stored).toHaveLength(1)
    expect(step.outputs['comment-url']).toMatch(/\/pull\/7#issuecomment-1$/)
    expect(JSON.parse(readFileSync(step.reportPath, 'utf8')).verdict).toBe('pass')
  })

  it('an empty token: a warning, the summary, no comment, and the gate still decides', async () => {
    world.pipeline = async () => grown(1_000_000, 2_000_000)
    const step = await runWith({ 'github-token': '' })
    expect(step.warnings).toEqual([
      'github-token is empty, so no pull request comment was written; the sizes are in the job summary.'
    ])
    expect(step.summaries).toHaveLength(1)
    expect(world.api.calls).toEqual([])
    expect(step.failed).toEqual([
      expect.stringMatching(/^Image size check failed: app grew by 1,000,000 B/)
    ])
  })

  it('not a pull request: the summary only, and GitHub is not asked', async () => {
    world.context = { eventName: 'push', payload: {}, repo: PR_EVENT.repo }
    world.pipeline = async () => ({ ...grown(1_000_000, 1_000_000), pullRequest: null })
    const step = await runWith({ 'github-token': 't' })
    expect(step.infos).toContain(
      'Not a pull request: the sizes are in the job summary, with no comment.'
    )
    expect(world.api.calls).toEqual([])
    expect(step.failed).toEqual([])
  })

  it('comment-from-report with a report that names no pull request: one line, nothing posted', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'stage-size-main-')), 'r.json')
    writeFileSync(file, JSON.stringify({ ...grown(1, 1), pullRequest: null }))
    const step = await runWith({ 'github-token': 't', 'comment-from-report': file })
    expect(step.failed).toEqual([
      `comment-from-report: ${file} names no pull request; it must come from a run on a pull_request event`
    ])
    expect(world.api.calls).toEqual([])
  })

  it('a job summary that cannot be written: a warning, and the comment and gate go on', async () => {
    const step = await runWith({ 'github-token': 't' }, { summaryFails: true })
    expect(step.warnings).toEqual([
      'Could not write the job summary: EACCES: permission denied, open step_summary'
    ])
    expect(world.api.stored).toHaveLength(1)
    expect(step.outputs.verdict).toBe('pass')
  })

  it('GitHub down: the comment is given up with a warning, and the verdict is the gate’s alone', async () => {
    world.api.down = true
    world.pipeline = async () => grown(1_000_000, 2_000_000)
    const failing = await runWith({ 'github-token': 't' })
    expect(failing.warnings).toEqual([
      expect.stringMatching(/^Could not comment on pull request #7: Service Unavailable/)
    ])
    expect(failing.failed).toEqual([
      expect.stringMatching(/^Image size check failed: app grew by 1,000,000 B/)
    ])
    world.pipeline = async () => grown(1_000_000, 1_000_000)
    const passing = await runWith({ 'github-token': 't' })
    expect(passing.failed).toEqual([])
    expect(passing.outputs.verdict).toBe('pass')
  })

  it('an unexpected error: one line, the stack only in the debug log', async () => {
    world.pipeline = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'layers')")
    }
    const step = await runWith({ 'github-token': 't' })
    expect(step.failed).toEqual([
      "stage-size failed unexpectedly: Cannot read properties of undefined (reading 'layers')"
    ])
    expect(step.failed[0]).not.toContain('\n')
    expect(step.debugs.join('\n')).toMatch(/TypeError: Cannot read properties[\s\S]*at /)
  })

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
      { platforms: 'linux/amd64, arm64' },
      /^platforms: "arm64" is not a platform; give os\/arch\[\/variant\] platforms separated by commas/
    ],
    [{ platform: 'linux/amd64/' }, /^platforms: "linux\/amd64\/" is not a platform/],
    [{ threshold: '5 percent' }, /^threshold: "5 percent" is not a growth limit/],
    [{ 'max-waste': 'some' }, /^max-waste: "some" is not a waste limit; use a size/],
    [
      { metric: 'gzip' },
      /^metric: "gzip" is not a metric; use uncompressed or compressed$/
    ],
    [
      { 'stage-thresholds': 'builder: 5%' },
      /^stage-thresholds: "builder: 5%" is not stage=limit/
    ],
    [{ 'fail-on-regression': 'maybe' }, /^fail-on-regression: "maybe" is not a boolean/],
    [
      { 'base-ref': 'main', 'baseline-report': 'x.json' },
      /^base-ref and baseline-report cannot both be set/
    ],
    [
      { 'cache-from': 'type=local,src' },
      /^cache-from: "type=local,src" is not a build cache; give type=… with its options/
    ],
    [{ baseline: 'cache' }, /^baseline: "cache" is not one of auto, artifact, build$/],
    [
      { 'upload-report': 'yes' },
      /^upload-report: "yes" is not one of auto, true, false$/
    ],
    [
      { 'report-retention-days': '0' },
      /^report-retention-days: "0" is not a number of days; give a whole number from 1 to 400$/
    ],
    [{ 'report-retention-days': '1.5' }, /^report-retention-days: "1.5" is not a number/],
    [
      { 'baseline-artifact': 'reports/api' },
      /^baseline-artifact: "reports\/api" is not an artifact name GitHub accepts/
    ],
    [{ 'baseline-artifact': 'a:b' }, /^baseline-artifact: "a:b" is not an artifact name/]
  ])(
    'bad input %p: one line that names the input, no outputs',
    async (inputs, message) => {
      const step = await runWith({ 'github-token': 't', ...inputs })
      expect(step.failed).toEqual([expect.stringMatching(message)])
      expect(step.failed[0]).not.toContain('\n')
      expect(step.outputs).toEqual({})
    }
  )
})
