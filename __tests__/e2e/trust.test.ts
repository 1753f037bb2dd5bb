import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { errorAnnotations, runAction } from '../helpers/action.js'
import { eventEnv, workflowRunEvent } from '../helpers/events.js'
import { liveParts, renderGfm } from '../helpers/gfm.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'
import { forgedReport } from '../helpers/hostile.js'

jest.setTimeout(60_000)

const BOT = 'github-actions[bot]'
const FORK_HEAD = '9'.repeat(40)
const forkRun = { headSha: FORK_HEAD, headRepository: 'forker/repo', pullRequests: [] }

function writeReport(report: object, name = 'r.json'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'stage-size-trust-')), name)
  writeFileSync(file, JSON.stringify(report))
  return file
}

/** A report of pull request #9 at the fork's head, the target grown `from` → `to` bytes. */
function grown(from: number, to: number, target = 'app') {
  return {
    ...comparedReport(
      [sideStage(target, 0, image(layer('RUN build', to)), true)],
      [sideStage(target, 0, image(layer('RUN build', from)), true)]
    ),
    pullRequest: { number: 9, headSha: FORK_HEAD }
  }
}

describe('what a fork posts through comment-from-report (dist/index.js)', () => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await FakeGitHub.start({ 'write-token': { login: BOT, canWrite: true } })
  })
  afterAll(() => github.stop())
  beforeEach(() => {
    github.comments.length = 0
    github.requests.length = 0
    github.pulls.set(9, {
      headSha: FORK_HEAD,
      baseSha: 'b'.repeat(40),
      headRepository: 'forker/repo'
    })
  })

  const post = (
    reports: string,
    inputs: Record<string, string> = {},
    event = workflowRunEvent(forkRun)
  ) =>
    runAction(
      { 'github-token': 'write-token', 'comment-from-report': reports, ...inputs },
      {
        ...event,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: '555',
        DOCKER_HOST: 'unix:///nonexistent.sock'
      }
    )

  it('posts a forged report with every free-text field hostile as inert text', async () => {
    const run = await post(
      writeReport({ ...forgedReport(), pullRequest: { number: 9, headSha: FORK_HEAD } })
    )
    expect(run.status).toBe(1) // the forged target failed its gate
    const [comment] = github.commentsOn(9)
    for (const markdown of [comment.body, run.summary]) {
      const live = liveParts(renderGfm(markdown))
      expect(live.mentions).toEqual([])
      expect(
        live.urls.every(url =>
          url.startsWith('https://github.com/owner/repo/actions/runs/')
        )
      ).toBe(true)
      expect(
        live.elements.filter(element => /^(img|b|em|del|h[1245])\b/.test(element))
      ).toEqual([])
    }
    // The stored base's run is linked on this repository by its number, never at the report's URL.
    expect(renderGfm(comment.body)).toContain(
      'href="https://github.com/owner/repo/actions/runs/123"'
    )
    expect(comment.body).not.toContain('https://evil.example/run')
  })

  it.each([
    [
      'a size of the wrong type',
      () => {
        const report = grown(1000, 2000)
        ;(report.stages[0].head as unknown as Record<string, unknown>).uncompressedBytes =
          '2000'
        return report
      },
      '/stages/0/head/uncompressedBytes must be an integer'
    ],
    [
      'a verdict it does not know (it would have counted as passing)',
      () => ({ ...grown(1000, 2000), verdict: 'ok' }),
      '/verdict must be one of pass, warn, fail, no-baseline'
    ]
  ])(
    'refuses %s in one line naming the field, posting nothing',
    async (_, make, problem) => {
      const file = writeReport(make())
      const run = await post(file)
      expect(run.status).toBe(1)
      expect(errorAnnotations(run)).toEqual([`comment-from-report: ${file}: ${problem}`])
      expect(github.commentsOn(9)).toEqual([])
      expect(run.summary).toBe('')
      expect(
        github.requests.filter(
          request => request.method !== 'GET' && request.path !== '/graphql'
        )
      ).toEqual([])
    }
  )

  it('fails the aggregation step on one failing report, as on several', async () => {
    const one = await post(writeReport(grown(1000, 2000)))
    expect(one.status).toBe(1)
    expect(errorAnnotations(one)).toEqual([
      expect.stringMatching(/^Image size check failed: app grew/)
    ])
    expect(github.commentsOn(9)).toHaveLength(1)
    const passing = await post(writeReport(grown(1000, 1001)))
    expect(passing.status).toBe(0)
    const warned = await post(writeReport(grown(1000, 2000)), {
      'fail-on-regression': 'false'
    })
    expect(warned.status).toBe(0)
  })

  it('two runs at once leave one comment: the one both keep, with the last body written', async () => {
    // Both runs list the comments before either's comment exists, as two runs of one push do:
    // a creation takes effect 3 s after it is asked, however far apart the two processes start.
    github.slow('GET', /\/issues\/9\/comments$/, 700)
    github.slow('POST', /\/issues\/9\/comments$/, 3000)
    const event = eventEnv('workflow_dispatch', {})
    const inputs = { 'pull-request': '9' }
    const [first, second] = await Promise.all([
      post(writeReport(grown(1000, 1010)), inputs, event),
      post(writeReport(grown(1000, 1010)), inputs, event)
    ])
    expect([first.status, second.status]).toEqual([0, 0])
    expect(
      github.requests.filter(
        request => request.method === 'POST' && /comments$/.test(request.path)
      )
    ).toHaveLength(2)
    expect(github.commentsOn(9)).toHaveLength(1)
    expect(github.commentsOn(9)[0].body).toContain('Image size check passed')
  })
})

describe('secret inputs that cannot be right: one line, nothing built or posted (dist/index.js)', () => {
  it.each([
    [
      { secrets: 'ghp_notakeyvalue' },
      {},
      /^secrets: an entry is not id=value; give one secret per line/
    ],
    [
      { 'secret-files': 'npmrc=/nonexistent/.npmrc' },
      {},
      /^secret-files: the file \/nonexistent\/.npmrc \(secret npmrc\) does not exist/
    ],
    [
      { 'secret-envs': 'gh=GH_TOKEN_NOT_SET' },
      {},
      /^secret-envs: the environment variable GH_TOKEN_NOT_SET \(secret gh\) is not set/
    ],
    [
      { threshold: '5' },
      {},
      /^threshold: "5" has no unit; write 5% for a share of the base size, or a size with its unit: 5B/
    ],
    [{ 'max-size': '200' }, {}, /^max-size: "200" has no unit; a size needs one: 200MB/]
  ])('%j', async (inputs, env, message) => {
    // No engine answers here: reaching a build would fail differently.
    const run = await runAction(inputs, {
      DOCKER_HOST: 'unix:///nonexistent.sock',
      ...env
    })
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([expect.stringMatching(message)])
    expect(run.stdout).not.toMatch(/Building and measuring/)
    expect(run.stdout).not.toContain('ghp_notakeyvalue')
  })
})
