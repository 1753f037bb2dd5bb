import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { errorAnnotations, runAction } from '../helpers/action.js'
import { appDockerfile } from '../helpers/dockerfiles.js'
import { describeOnOneEngine } from '../helpers/engines.js'
import { eventEnv, workflowRunEvent } from '../helpers/events.js'
import { makeRepo } from '../helpers/git.js'
import { FakeGitHub } from '../helpers/github-server.js'

jest.setTimeout(240_000)

const BOT = 'github-actions[bot]'

describeOnOneEngine('one comment for several images (dist/index.js)', engine => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await FakeGitHub.start({ 'write-token': { login: BOT, canWrite: true } })
  })
  afterAll(() => github.stop())

  // A monorepo whose pull request #12 grows the api image past 5% and leaves web alone.
  const repo = makeRepo(
    {
      'services/api/Dockerfile': appDockerfile(100_000),
      'services/web/Dockerfile': appDockerfile(50_000)
    },
    { 'services/api/Dockerfile': appDockerfile(400_000) }
  )
  const reports = mkdtempSync(path.join(tmpdir(), 'stage-size-reports-'))
  const pullRequestEvent = () => {
    github.pulls.set(12, { headSha: repo.headSha, baseSha: repo.baseSha })
    return eventEnv('pull_request', {
      action: 'synchronize',
      number: 12,
      pull_request: {
        number: 12,
        head: { sha: repo.headSha, ref: 'feature' },
        base: { sha: repo.baseSha, ref: 'main' }
      }
    })
  }

  /** The matrix leg of one image: measured with comment: never, its report kept as the artifact would be. */
  const measure = async (image: string) => {
    const run = await runAction(
      {
        context: `services/${image}`,
        comment: 'never',
        'github-token': '',
        'report-path': path.join(reports, `stage-size-${image}.json`)
      },
      { ...pullRequestEvent(), DOCKER_HOST: engine.host },
      repo.dir
    )
    expect(errorAnnotations(run)).toEqual(
      image === 'api' ? [expect.stringMatching(/grew/)] : []
    )
    return run
  }

  /** The aggregation job: a workflow_run that merges every downloaded report. */
  const merge = () =>
    runAction(
      { 'github-token': 'write-token', 'comment-from-report': `${reports}/*.json` },
      {
        ...workflowRunEvent({
          headSha: repo.headSha,
          headRepository: 'owner/repo',
          pullRequests: [{ number: 12, headSha: repo.headSha }]
        }),
        GITHUB_API_URL: github.url,
        DOCKER_HOST: 'unix:///nonexistent.sock'
      }
    )

  it('posts one comment naming both images, fails on the image over its limit, and updates it when merged again', async () => {
    expect((await measure('api')).status).toBe(1)
    expect((await measure('web')).status).toBe(0)
    expect(github.commentsOn(12)).toEqual([])

    const first = await merge()
    expect(first.status).toBe(1)
    expect(errorAnnotations(first)).toEqual([
      expect.stringMatching(
        /^services\/api\/Dockerfile:runtime: Image size check failed: runtime grew/
      )
    ])
    expect(first.outputs.verdict).toBe('fail')
    const images = JSON.parse(first.outputs.images)
    expect(Object.keys(images)).toEqual([
      'services/api/Dockerfile:runtime',
      'services/web/Dockerfile:runtime'
    ])
    expect(images['services/api/Dockerfile:runtime']).toMatchObject({ verdict: 'fail' })
    expect(images['services/web/Dockerfile:runtime']).toEqual({
      verdict: 'pass',
      targetSize: expect.any(Number),
      deltaBytes: 0
    })
    const comments = github.commentsOn(12)
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body).toMatch(
      /^<!-- stage-size comment: merged -->\n### ❌ Image size check failed: 1 of 2 images/
    )
    expect(body).toContain('| `services/api/Dockerfile` | `runtime` |')
    expect(body).toContain('| `services/web/Dockerfile` | `runtime` |')
    expect(first.summary).toContain('### ❌ Image size check failed: 1 of 2 images')

    const again = await merge()
    expect(again.status).toBe(1)
    expect(github.commentsOn(12)).toHaveLength(1)
    expect(github.commentsOn(12)[0].id).toBe(comments[0].id)
    expect(github.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
  })

  it('refuses reports of different heads, naming the file that disagrees, and posts nothing', async () => {
    const web = JSON.parse(
      readFileSync(path.join(reports, 'stage-size-web.json'), 'utf8')
    )
    const stale = path.join(reports, 'stage-size-zzz.json')
    writeFileSync(
      stale,
      JSON.stringify({
        ...web,
        dockerfile: 'services/zzz/Dockerfile',
        pullRequest: { number: 12, headSha: repo.baseSha }
      })
    )
    const before = github.requests.length
    const run = await merge()
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      `comment-from-report: ${stale} is of pull request #12 at ${repo.baseSha.slice(0, 12)}, but ${path.join(reports, 'stage-size-api.json')} is of #12 at ${repo.headSha.slice(0, 12)}; nothing was posted`
    ])
    expect(github.requests.length).toBe(before)
  })
})
