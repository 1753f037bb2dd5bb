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
import { annotations, errorAnnotations, runAction } from '../helpers/action.js'
import { eventEnv, workflowRunEvent, type UploadingRunFacts } from '../helpers/events.js'
import { FakeGitHub, SECONDARY_RATE_LIMIT } from '../helpers/github-server.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

jest.setTimeout(60_000)

const BOT = 'github-actions[bot]'
const SAME_REPO_HEAD = '8'.repeat(40) // pull request #8, from a branch of owner/repo
const FORK_HEAD = '9'.repeat(40) // pull request #9, from forker/repo

/** A report as a pull_request run writes it, naming `number` at `headSha`; its target passes its gate. */
function reportFile(number: number, headSha: string): string {
  const report = comparedReport(
    [sideStage('app', 0, image(layer('RUN build', 1_020_000)), true)],
    [sideStage('app', 0, image(layer('RUN build', 1_000_000)), true)]
  )
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), 'stage-size-artifact-')),
    'r.json'
  )
  writeFileSync(file, JSON.stringify({ ...report, pullRequest: { number, headSha } }))
  return file
}

/** The fork's run, as GitHub describes it: its commit, its repository, no pull requests listed. */
const forkRun: UploadingRunFacts = {
  headSha: FORK_HEAD,
  headRepository: 'forker/repo',
  pullRequests: []
}

describe('comment-from-report checks the report before posting it (dist/index.js)', () => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await FakeGitHub.start({ 'write-token': { login: BOT, canWrite: true } })
  })
  afterAll(() => github.stop())
  beforeEach(() => {
    github.comments.length = 0
    github.requests.length = 0
    github.pulls.set(8, { headSha: SAME_REPO_HEAD, baseSha: 'b'.repeat(40) })
    github.pulls.set(9, {
      headSha: FORK_HEAD,
      baseSha: 'b'.repeat(40),
      headRepository: 'forker/repo'
    })
    // #8 already has its own stage-size comment, which a forged report would overwrite.
    github.addComment(
      8,
      BOT,
      '<!-- stage-size comment: app/Dockerfile:app -->\nthe real one'
    )
  })

  const post = (report: string, event: Record<string, string>, inputs = {}) =>
    runAction(
      { 'github-token': 'write-token', 'comment-from-report': report, ...inputs },
      { ...event, GITHUB_API_URL: github.url, DOCKER_HOST: 'unix:///nonexistent.sock' }
    )

  const untouched = () => {
    expect(github.commentsOn(8).map(comment => comment.body)).toEqual([
      '<!-- stage-size comment: app/Dockerfile:app -->\nthe real one'
    ])
    expect(github.commentsOn(9)).toEqual([])
    expect(
      github.requests.filter(r => r.method !== 'GET' && r.path !== '/graphql')
    ).toEqual([])
  }

  it("refuses a fork's report that names another pull request and its head", async () => {
    const run = await post(reportFile(8, SAME_REPO_HEAD), workflowRunEvent(forkRun))
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      `comment-from-report: the report names pull request #8 at ${SAME_REPO_HEAD.slice(0, 12)}, but the run that uploaded it ran on ${FORK_HEAD.slice(0, 12)}; nothing was posted`
    ])
    expect(run.summary).toBe('')
    untouched()
  })

  it("refuses a fork's report that names another pull request with the fork's own head", async () => {
    const run = await post(reportFile(8, FORK_HEAD), workflowRunEvent(forkRun))
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      "comment-from-report: pull request #8's head is in owner/repo, but the run that uploaded the report ran on forker/repo; nothing was posted"
    ])
    untouched()
  })

  it('refuses a report naming a pull request the run GitHub lists does not belong to', async () => {
    const run = await post(
      reportFile(7, SAME_REPO_HEAD),
      workflowRunEvent({
        headSha: SAME_REPO_HEAD,
        headRepository: 'owner/repo',
        pullRequests: [{ number: 8, headSha: SAME_REPO_HEAD }]
      })
    )
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      'comment-from-report: the report names pull request #7, but the run that uploaded it belongs to #8; nothing was posted'
    ])
    untouched()
  })

  it("posts the fork's genuine report on its own pull request", async () => {
    const run = await post(reportFile(9, FORK_HEAD), workflowRunEvent(forkRun))
    expect(errorAnnotations(run)).toEqual([])
    expect(run.status).toBe(0)
    expect(github.commentsOn(9)).toHaveLength(1)
    expect(github.commentsOn(9)[0].body).toContain('Image size check')
    expect(run.outputs['comment-url']).toMatch(/\/pull\/9#issuecomment-/)
    expect(github.commentsOn(8)).toHaveLength(1)
  })

  it('posts a same-repository report GitHub lists for the run, without asking for the pull request', async () => {
    const run = await post(
      reportFile(8, SAME_REPO_HEAD),
      workflowRunEvent({
        headSha: SAME_REPO_HEAD,
        headRepository: 'owner/repo',
        pullRequests: [{ number: 8, headSha: SAME_REPO_HEAD }]
      })
    )
    expect(run.status).toBe(0)
    expect(github.commentsOn(8)).toHaveLength(1)
    expect(github.commentsOn(8)[0].body).toContain('Image size check')
  })

  it('posts nothing, and does not fail, when the pull request has moved on', async () => {
    github.pulls.set(9, {
      headSha: 'f'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRepository: 'forker/repo'
    })
    const run = await post(reportFile(9, FORK_HEAD), workflowRunEvent(forkRun))
    expect(run.status).toBe(0)
    expect(annotations(run, 'notice')).toEqual([
      expect.stringMatching(
        /^comment-from-report: pull request #9's head moved on to f{12} since/
      )
    ])
    untouched()
  })

  it('outside workflow_run, asks for the pull-request input, then checks it', async () => {
    const dispatch = eventEnv('workflow_dispatch', { inputs: {} })
    const without = await post(reportFile(9, FORK_HEAD), dispatch)
    expect(without.status).toBe(1)
    expect(errorAnnotations(without)).toEqual([
      'comment-from-report: in a workflow_dispatch event nothing says which pull request the report is from; give its number in the pull-request input (a workflow_run event says it by itself); nothing was posted'
    ])
    const other = await post(reportFile(9, FORK_HEAD), dispatch, { 'pull-request': '8' })
    expect(errorAnnotations(other)).toEqual([
      'comment-from-report: the report names pull request #9, not #8 (pull-request); nothing was posted'
    ])
    untouched()
    const given = await post(reportFile(9, FORK_HEAD), dispatch, { 'pull-request': '9' })
    expect(given.status).toBe(0)
    expect(github.commentsOn(9)).toHaveLength(1)
  })
})

describe("GitHub's bad moments, posting a report (dist/index.js)", () => {
  let github: FakeGitHub
  beforeEach(async () => {
    github = await FakeGitHub.start({ 'write-token': { login: BOT, canWrite: true } })
    github.pulls.set(9, {
      headSha: FORK_HEAD,
      baseSha: 'b'.repeat(40),
      headRepository: 'forker/repo'
    })
  })
  afterEach(() => github.stop())

  const post = () =>
    runAction(
      { 'github-token': 'write-token', 'comment-from-report': reportFile(9, FORK_HEAD) },
      { ...workflowRunEvent(forkRun), GITHUB_API_URL: github.url }
    )

  it('rides out 502 and 503 bursts on reads and writes', async () => {
    github.failNext('GET', /\/pulls\/9$/, 502, 1)
    github.failNext('GET', /\/issues\/9\/comments$/, 503, 2)
    github.failNext('POST', /\/issues\/9\/comments$/, 502, 1)
    const run = await post()
    expect(annotations(run, 'warning')).toEqual([])
    expect(run.status).toBe(0)
    expect(github.commentsOn(9)).toHaveLength(1)
    const tries = (method: string, path: RegExp) =>
      github.requests.filter(r => r.method === method && path.test(r.path)).length
    expect(tries('GET', /\/pulls\/9$/)).toBe(3) // checked (once retried), then asked again before writing
    // Listed (once retried), then once more after creating, to keep one comment.
    expect(tries('GET', /\/issues\/9\/comments/)).toBe(4)
    expect(tries('POST', /\/issues\/9\/comments$/)).toBe(2)
  })

  it('waits out a secondary rate limit on a write, then posts', async () => {
    github.failNext(
      'POST',
      /\/issues\/9\/comments$/,
      SECONDARY_RATE_LIMIT.status,
      1,
      SECONDARY_RATE_LIMIT
    )
    const run = await post()
    expect(run.status).toBe(0)
    expect(annotations(run, 'warning')).toEqual([
      expect.stringMatching(
        /^GitHub's secondary rate limit answered POST .*: retrying in 1 s$/
      )
    ])
    expect(github.commentsOn(9)).toHaveLength(1)
  })

  it('GitHub down: a warning, nothing posted, and the step is not failed by it', async () => {
    github.failNext('*', /./, 503, 1000)
    const run = await post()
    expect(run.status).toBe(0)
    expect(annotations(run, 'warning')).toEqual([
      expect.stringMatching(
        /^comment-from-report: GitHub did not answer, so the report could not be checked \(.*\); nothing was posted$/
      )
    ])
    expect(github.comments).toEqual([])
    expect(github.requests.length).toBe(4) // one request, tried four times: bounded
  })
})
