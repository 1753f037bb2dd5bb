import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measure as runPipeline } from '../../src/app/measure.js'
import type { Report, StageReport } from '../../src/core/report.js'
import { busyboxBytes, describeOnOneEngine, type TestEngine } from '../helpers/engines.js'
import { bareOrigin, commit, git, makeRepo, shallowClone } from '../helpers/git.js'
import { appDockerfile } from '../helpers/dockerfiles.js'
import { cli } from '../helpers/cli.js'
import { recordingLog } from '../helpers/log.js'
import { fixtureOptions } from '../helpers/options.js'

jest.setTimeout(180_000)

/** Runs the CLI on a repository and returns its exit code, stderr and report. */
async function measureRepo(dir: string, args: string[] = []) {
  const json = path.join(
    mkdtempSync(path.join(tmpdir(), 'stage-size-report-')),
    'report.json'
  )
  const result = await cli([dir, '--json', json, ...args])
  const report =
    result.code === 1 ? null : (JSON.parse(readFileSync(json, 'utf8')) as Report)
  return { ...result, report }
}

function stage(report: Report | null, name: string): StageReport {
  const found = report?.stages.find(candidate => candidate.name === name)
  if (!found) throw new Error(`no stage ${name}`)
  return found
}

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`

// The baseline logic does not depend on the image store: one engine is enough.
describeOnOneEngine('comparing with the base commit', (engine: TestEngine) => {
  let busybox: number
  beforeAll(() => {
    busybox = busyboxBytes(engine)
  })

  it('growth over the threshold fails with the exact numbers; the worktree is gone afterwards', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(400_000) }
    )
    const run = await measureRepo(repo.dir)
    const base = busybox + 200_000
    const head = busybox + 500_000
    const allowed = Math.floor((base * 5) / 100)
    const percent = ((300_000 / base) * 100).toFixed(2)
    expect(run.code).toBe(2)
    expect(run.err.trim().split('\n').at(-1)).toBe(
      `stage-size: Image size check failed: runtime grew by ${bytes(300_000)} (+${percent}%): ${bytes(base)} → ${bytes(head)} uncompressed, over the 5% threshold (at most +${bytes(allowed)})`
    )
    expect(run.report?.verdict).toBe('fail')
    expect(run.report?.base).toEqual({
      ref: 'main',
      sha: repo.baseSha,
      reason: 'the merge-base of HEAD and main',
      source: 'build'
    })
    expect(run.report?.head).toEqual({ ref: 'feature', sha: repo.headSha })
    expect(stage(run.report, 'runtime')).toMatchObject({
      status: 'fail',
      deltaBytes: 300_000,
      limit: { threshold: '5%', allowedGrowthBytes: allowed, maxSizeBytes: null }
    })
    expect(stage(run.report, 'build')).toMatchObject({
      status: 'unchanged',
      deltaBytes: 0,
      limit: null
    })
    expect(git(repo.dir, ['worktree', 'list']).split('\n')).toHaveLength(1)
    expect(git(repo.dir, ['status', '--porcelain'])).toBe('')
  })

  it('with fail-on-regression false the same growth passes with a warning', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(400_000) }
    )
    const run = await measureRepo(repo.dir, ['--fail-on-regression', 'false'])
    expect(run.code).toBe(0)
    expect(run.err).toMatch(
      /^warning: Image size check failed: runtime grew by 300,000 B .*\(fail-on-regression is false\)$/m
    )
    expect(run.report?.verdict).toBe('fail')
  })

  it('growth under the threshold passes, past warn-threshold warns', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(104_000) }
    )
    const run = await measureRepo(repo.dir, [
      '--threshold',
      '10%',
      '--warn-threshold',
      '0.1%'
    ])
    expect(run.code).toBe(0)
    expect(run.report?.verdict).toBe('warn')
    expect(stage(run.report, 'runtime')).toMatchObject({
      status: 'pass',
      warned: true,
      deltaBytes: 4_000
    })
    expect(run.err).toMatch(
      /^warning: runtime grew by 4,000 B .* over the 0.1% warn threshold/m
    )
    const quiet = await measureRepo(repo.dir, ['--threshold', '2MB'])
    expect(quiet.report?.verdict).toBe('pass')
  })

  it('shrinking passes', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(10_000) }
    )
    const run = await measureRepo(repo.dir, ['--threshold', '1B'])
    expect(run.code).toBe(0)
    expect(stage(run.report, 'runtime')).toMatchObject({
      status: 'pass',
      deltaBytes: -90_000
    })
  })

  it('a stage only the head has is new, one only the base has is removed', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(1_000, 'FROM build AS docs\nRUN echo docs > /docs\n') },
      { Dockerfile: appDockerfile(1_000, 'FROM build AS lint\nRUN echo lint > /lint\n') }
    )
    const run = await measureRepo(repo.dir)
    expect(run.code).toBe(0)
    expect(run.report?.stages.map(s => [s.name, s.status])).toEqual([
      ['build', 'unchanged'],
      ['lint', 'new'],
      ['runtime', 'unchanged'],
      ['docs', 'removed']
    ])
    expect(stage(run.report, 'docs')).toMatchObject({ head: null, index: 1 })
    expect(stage(run.report, 'docs').base?.uncompressedBytes).toBe(busybox + 100_000 + 5)
  })

  it('a shallow clone of a PR merge commit fetches the base and compares with it', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(130_000) }
    )
    git(repo.dir, ['checkout', '--quiet', 'main'])
    git(repo.dir, ['merge', '--quiet', '--no-ff', '-m', 'Merge feature', 'feature'])
    git(repo.dir, ['update-ref', 'refs/pull/1/merge', 'HEAD'])
    git(repo.dir, ['reset', '--quiet', '--hard', repo.baseSha])
    const clone = shallowClone(bareOrigin(repo.dir), 'refs/pull/1/merge')
    expect(git(clone, ['rev-parse', '--is-shallow-repository'])).toBe('true')
    const report = await runPipeline(
      fixtureOptions(
        clone,
        { threshold: '50%' },
        {
          kind: 'git',
          event: {
            eventName: 'pull_request',
            payload: { pull_request: { number: 1, base: { sha: repo.baseSha } } }
          }
        }
      ),
      recordingLog()
    )
    expect(report.base).toMatchObject({
      sha: repo.baseSha,
      reason: "pull request #1: the merge commit's base parent (pull_request.base.sha)"
    })
    expect(stage(report, 'runtime').deltaBytes).toBe(30_000)
  })

  it('a shallow clone of the PR head finds the merge-base, deepening the clone', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(120_000) }
    )
    commit(repo.dir, { 'README.md': 'more work\n' }, 'second head commit')
    git(repo.dir, ['checkout', '--quiet', 'main'])
    const mainAhead = commit(
      repo.dir,
      { Dockerfile: appDockerfile(500_000) },
      'main moved on'
    )
    const clone = shallowClone(bareOrigin(repo.dir), 'feature')
    const report = await runPipeline(
      fixtureOptions(
        clone,
        { threshold: '50%' },
        {
          kind: 'git',
          event: {
            eventName: 'pull_request',
            payload: { pull_request: { number: 2, base: { sha: mainAhead } } }
          }
        }
      ),
      recordingLog()
    )
    // The base is where the branch started, not what landed on main since.
    expect(report.base?.sha).toBe(repo.baseSha)
    expect(stage(report, 'runtime').deltaBytes).toBe(20_000)
  })

  it('a push compares with the before commit', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(100_500) }
    )
    const report = await runPipeline(
      fixtureOptions(
        repo.dir,
        {},
        { kind: 'git', event: { eventName: 'push', payload: { before: repo.baseSha } } }
      ),
      recordingLog()
    )
    expect(report.base).toMatchObject({
      sha: repo.baseSha,
      reason: "the push's previous commit (before)"
    })
    expect(stage(report, 'runtime').deltaBytes).toBe(500)
  })

  it('a base whose build fails leaves no baseline, with a warning; fail-on-missing-baseline fails', async () => {
    const broken = appDockerfile(100_000).replace(
      'RUN head -c 100000',
      'RUN exit 3 && head -c 100000'
    )
    const repo = makeRepo({ Dockerfile: broken }, { Dockerfile: appDockerfile(100_000) })
    const run = await measureRepo(repo.dir)
    expect(run.code).toBe(0)
    expect(run.report?.verdict).toBe('no-baseline')
    expect(run.report?.base).toBeNull()
    expect(run.report?.noBaselineReason).toMatch(
      new RegExp(
        `^the base commit ${repo.baseSha.slice(0, 12)} did not build: build failed in stage "build"`
      )
    )
    expect(run.err).toMatch(
      /^warning: No baseline to compare with: the base commit [0-9a-f]{12} did not build/m
    )
    expect(stage(run.report, 'runtime')).toMatchObject({ base: null, deltaBytes: null })
    const strict = await measureRepo(repo.dir, ['--fail-on-missing-baseline', 'true'])
    expect(strict.code).toBe(2)
    expect(strict.err).toMatch(
      /No baseline to compare with \(.*\), and fail-on-missing-baseline is true/
    )
  })

  it('a base without the Dockerfile leaves no baseline', async () => {
    const repo = makeRepo(
      { 'README.md': 'nothing yet\n' },
      { Dockerfile: appDockerfile(1_000) }
    )
    const run = await measureRepo(repo.dir)
    expect(run.code).toBe(0)
    expect(run.report?.noBaselineReason).toMatch(
      /^at the base commit [0-9a-f]{12}, --file: no Dockerfile at /
    )
  })

  it('baseline-report mode compares with an earlier report and builds no base', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(150_000) }
    )
    git(repo.dir, ['checkout', '--quiet', 'main'])
    const first = await measureRepo(repo.dir, ['--no-base'])
    const baselineFile = path.join(
      mkdtempSync(path.join(tmpdir(), 'stage-size-baseline-')),
      'base.json'
    )
    writeFileSync(baselineFile, JSON.stringify(first.report))
    git(repo.dir, ['checkout', '--quiet', 'feature'])
    const run = await measureRepo(repo.dir, [
      '--baseline-report',
      baselineFile,
      '--threshold',
      '50%'
    ])
    expect(run.code).toBe(0)
    expect(run.err).not.toMatch(/Building .*\(base\)/)
    expect(run.report?.base).toEqual({
      ref: 'main',
      sha: repo.baseSha,
      reason: `--baseline-report ${baselineFile}`,
      source: 'report'
    })
    expect(stage(run.report, 'runtime').deltaBytes).toBe(50_000)
  })
})

describe('bad baseline and gate inputs: one line naming the input, exit code 1', () => {
  const repo = () =>
    makeRepo({ Dockerfile: appDockerfile(1) }, { Dockerfile: appDockerfile(2) })

  it.each([
    [
      ['--base', 'no-such-branch'],
      /^stage-size: error: --base: "no-such-branch" is not a branch, tag or commit in this clone and could not be fetched from origin/
    ],
    [
      ['--baseline-report', '/nonexistent.json'],
      /^stage-size: error: --baseline-report: no file at \/nonexistent\.json/
    ],
    [
      ['--threshold', '5 percent'],
      /^stage-size: error: --threshold: "5 percent" is not a growth limit; use a percentage/
    ],
    [['--max-size=-3MB'], /^stage-size: error: --max-size: "-3MB" is not a size/],
    [
      ['--stage-threshold', 'lint=5%'],
      /^stage-size: error: --stage-threshold: "lint" is not a stage of .*; its stages are: build, runtime$/
    ],
    [
      ['--metric', 'gzip'],
      /^stage-size: error: --metric: "gzip" is not a metric; use uncompressed or compressed$/
    ],
    [
      ['--base', 'main', '--no-base'],
      /^stage-size: error: give at most one of --base, --baseline-report and --no-base$/
    ]
  ])('%p', async (args, message) => {
    const result = await cli([repo().dir, ...args])
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err.trim()).toMatch(message)
  })

  it.each([
    ['not JSON', '{"schemaVersion": 1,', /--baseline-report: .* is not JSON/],
    [
      'of another schema',
      '{"schemaVersion": 1, "stages": []}',
      /--baseline-report: .* has schemaVersion 1; this stage-size reads schemaVersion 2 and 3/
    ],
    [
      'not a report',
      '{"schemaVersion": 2, "stages": []}',
      /--baseline-report: .*base\.json: \/generator is missing$/m
    ]
  ])('a baseline report %s', async (_what, content, message) => {
    const file = path.join(
      mkdtempSync(path.join(tmpdir(), 'stage-size-bad-')),
      'base.json'
    )
    writeFileSync(file, content)
    const result = await cli([repo().dir, '--baseline-report', file])
    expect(result.code).toBe(1)
    expect(result.err).toMatch(message)
  })
})
