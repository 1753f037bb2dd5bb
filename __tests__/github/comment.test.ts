import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  commentMarker,
  defaultCommentKey,
  publishComment,
  runLinks
} from '../../src/github/comment.js'
import { createOctokit, OctokitGitHub } from '../../src/github/api.js'
import { COMMENT_LIMIT, renderComment } from '../../src/core/render/comment.js'
import type { CommentPolicy } from '../../src/core/comment-policy.js'
import type { Report } from '../../src/core/report.js'
import { parseMinimumChange } from '../../src/core/threshold.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { recordingLog } from '../helpers/log.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

jest.setTimeout(30_000)

const HEAD = 'c'.repeat(40)
const BOT = 'github-actions[bot]'
const pullRequest = { number: 7, headSha: HEAD }

/** The target grew from `base` to `head` bytes. */
const report = (base: number, head: number, minimumChange = '0'): Report =>
  comparedReport(
    [sideStage('app', 0, image(layer('RUN build', head)), true)],
    [sideStage('app', 0, image(layer('RUN build', base)), true)],
    { minimumChange: parseMinimumChange(minimumChange, 'minimum-change') }
  )

describe('publishComment', () => {
  let github: FakeGitHub
  let previousUrl: string | undefined

  beforeEach(async () => {
    github = await FakeGitHub.start({
      'write-token': { login: BOT, canWrite: true },
      'read-token': { login: BOT, canWrite: false }
    })
    github.pulls.set(7, { headSha: HEAD, baseSha: 'b'.repeat(40) })
    previousUrl = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = github.url
  })
  afterEach(async () => {
    process.env.GITHUB_API_URL = previousUrl
    await github.stop()
  })

  const publish = (
    r: Report,
    {
      policy = 'always' as CommentPolicy,
      key = 'app/Dockerfile:app',
      token = 'write-token'
    } = {}
  ) =>
    publishComment(
      new OctokitGitHub(createOctokit(token, recordingLog()), {
        owner: 'owner',
        repo: 'repo'
      }),
      pullRequest,
      key,
      policy,
      { reports: [r], render: marker => renderComment(r, marker, runLinks()) }
    )

  it('posts one comment, then updates it in place on every run', async () => {
    expect(await publish(report(1000, 1000))).toMatchObject({ action: 'created' })
    expect(await publish(report(1000, 2000))).toMatchObject({ action: 'updated' })
    const comments = github.commentsOn(7)
    expect(comments).toHaveLength(1)
    expect(
      comments[0].body.startsWith(`${commentMarker('app/Dockerfile:app')}\n### ❌`)
    ).toBe(true)
  })

  it('finds its comment past the first page, among over a hundred others', async () => {
    for (let n = 0; n < 150; n++)
      github.addComment(7, n % 2 ? 'someone' : BOT, `comment ${n}`)
    await publish(report(1000, 1000))
    for (let n = 0; n < 60; n++) github.addComment(7, 'someone', `later ${n}`)
    expect(await publish(report(1000, 1500))).toMatchObject({ action: 'updated' })
    const ours = github.commentsOn(7).filter(c => c.body.includes('stage-size comment'))
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('+500\u00a0B')
    expect(github.requests.some(r => /\/comments\?.*page=2/.test(r.path))).toBe(true)
  })

  it("ignores the marker in someone else's comment", async () => {
    github.addComment(7, 'someone', `quoting ${commentMarker('app/Dockerfile:app')}`)
    expect(await publish(report(1000, 1000))).toMatchObject({ action: 'created' })
    expect(github.commentsOn(7).filter(c => c.login === BOT)).toHaveLength(1)
  })

  it('keeps one comment per key: two images in one repository get two comments', async () => {
    await publish(report(1000, 1000), { key: 'api/Dockerfile:runtime' })
    await publish(report(1000, 1000), { key: 'web/Dockerfile:runtime' })
    await publish(report(1000, 1100), { key: 'api/Dockerfile:runtime' })
    expect(github.commentsOn(7)).toHaveLength(2)
  })

  it.each([
    ['always', report(1000, 1000), 'created'],
    ['on-change', report(1000, 1000), 'skipped'],
    ['on-change', report(1000, 1001), 'created'],
    ['on-change', report(100_000, 100_500, '1kB'), 'skipped'],
    ['on-change', report(100_000, 100_500, '400B'), 'created'],
    ['on-regression', report(1000, 1001), 'skipped'],
    ['on-regression', report(1000, 2000), 'created'],
    ['never', report(1000, 2000), 'skipped']
  ] as const)('comment: %s with nothing posted yet: %s', async (policy, r, action) => {
    expect(await publish(r, { policy })).toMatchObject({ action })
    expect(github.commentsOn(7)).toHaveLength(action === 'created' ? 1 : 0)
  })

  it('updates an existing comment even when the policy would not post, so it is never stale', async () => {
    await publish(report(1000, 2000), { policy: 'on-regression' })
    expect(await publish(report(1000, 1000), { policy: 'on-regression' })).toMatchObject({
      action: 'updated'
    })
    expect(github.commentsOn(7)[0].body).toContain('### ✅ Image size check passed')
  })

  it('never touches the API with comment: never', async () => {
    await publish(report(1000, 2000), { policy: 'never' })
    expect(github.requests).toEqual([])
  })

  it('does not overwrite a newer run: skips when the PR head moved on', async () => {
    github.pulls.set(7, { headSha: 'd'.repeat(40), baseSha: 'b'.repeat(40) })
    const result = await publish(report(1000, 2000))
    expect(result).toEqual({
      action: 'skipped',
      reason: `the pull request's head moved on to ${'d'.repeat(12)} since this run measured ${'c'.repeat(12)}; the newer run writes the comment`
    })
    expect(github.commentsOn(7)).toHaveLength(0)
  })

  it('a read-only token (a fork) is refused with 403', async () => {
    await expect(
      publish(report(1000, 2000), { token: 'read-token' })
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
  })

  it('retries a server error', async () => {
    github.failNext('POST', /\/issues\/7\/comments$/, 502)
    expect(await publish(report(1000, 2000))).toMatchObject({ action: 'created' })
    expect(
      github.requests.filter(r => r.method === 'POST' && r.path.endsWith('/comments'))
    ).toHaveLength(2)
  })

  it('shortens a huge report below the limit instead of failing', async () => {
    const stages = (grow: number) =>
      Array.from({ length: 400 }, (_, index) =>
        sideStage(
          `stage-${index}`,
          index,
          image(layer(`RUN ${'x'.repeat(90)} ${index}`, 1000 + grow)),
          index === 399
        )
      )
    await publish(comparedReport(stages(500), stages(0)))
    const [comment] = github.commentsOn(7)
    expect(comment.body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment.body).toContain(
      "Shortened to fit a comment: the full report is in the workflow run's job summary."
    )
  })
})

describe('defaultCommentKey', () => {
  it('is the Dockerfile and the target', () => {
    expect(
      defaultCommentKey({ dockerfile: 'services/api/Dockerfile', target: 'runtime' })
    ).toBe('services/api/Dockerfile:runtime')
  })

  it('cannot end the marker early', () => {
    expect(commentMarker('a-->b>c')).toBe('<!-- stage-size comment: a-b-c -->')
  })
})
