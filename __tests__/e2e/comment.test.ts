import { formatBytes } from '../../src/core/bytes.js'
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  annotations,
  errorAnnotations,
  runAction,
  type ActionRun
} from '../helpers/action.js'
import { appDockerfile } from '../helpers/dockerfiles.js'
import { eventEnv, workflowRunEvent } from '../helpers/events.js'
import { busyboxBytes, describeOnOneEngine } from '../helpers/engines.js'
import { git, makeRepo, type TestRepo } from '../helpers/git.js'
import { FakeGitHub } from '../helpers/github-server.js'

jest.setTimeout(240_000)

const BOT = 'github-actions[bot]'

/**
 * A pull request as a runner sees it: the PR's merge commit checked out (what
 * actions/checkout does), a pull_request event file naming the PR's head and
 * base, GITHUB_API_URL pointing at a stand-in for GitHub's API.
 */
function pullRequest(github: FakeGitHub, repo: TestRepo, number: number) {
  git(repo.dir, ['checkout', '--quiet', '--detach', 'main'])
  git(repo.dir, [
    'merge',
    '--quiet',
    '--no-ff',
    '-m',
    `Merge ${repo.headSha} into main`,
    repo.headSha
  ])
  github.pulls.set(number, { headSha: repo.headSha, baseSha: repo.baseSha })
  return {
    ...eventEnv('pull_request', {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { sha: repo.headSha, ref: 'feature' },
        base: { sha: repo.baseSha, ref: 'main' }
      },
      repository: { name: 'repo', owner: { login: 'owner' } }
    }),
    GITHUB_API_URL: github.url,
    GITHUB_ACTION_REPOSITORY: 'stage-size/stage-size'
  }
}

describeOnOneEngine('dist/index.js on a pull request, with a comment', engine => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await FakeGitHub.start({
      'write-token': { login: BOT, canWrite: true },
      'fork-token': { login: BOT, canWrite: false }
    })
  })
  afterAll(() => github.stop())

  const run = (
    repo: TestRepo,
    env: Record<string, string>,
    inputs: Record<string, string> = {}
  ) =>
    runAction(
      { 'github-token': 'write-token', ...inputs },
      { DOCKER_HOST: engine.host, ...env },
      repo.dir
    )

  const ourComments = (number: number) =>
    github
      .commentsOn(number)
      .filter(comment => comment.body.includes('<!-- stage-size comment:'))

  it('posts the comparison, then updates the same comment among over a hundred others', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(400_000) }
    )
    const env = pullRequest(github, repo, 1)
    for (let n = 0; n < 120; n++)
      github.addComment(1, n % 3 ? 'reviewer' : BOT, `review comment ${n}`)

    const first = await run(repo, env)
    expect(first.status).toBe(1) // the runtime grew 300 kB, past 5%
    expect(errorAnnotations(first)).toEqual([
      expect.stringMatching(/^Image size check failed: runtime grew by 300,000 B/)
    ])
    const busybox = busyboxBytes(engine)
    const [comment] = ourComments(1)
    const lines = comment.body.split('\n')
    expect(lines[0]).toBe('<!-- stage-size comment: Dockerfile:runtime -->')
    expect(lines[1]).toBe('### ❌ Image size check failed: Dockerfile › runtime')
    const base = busybox + 200_000
    const body = comment.body.replace(/\u00a0/g, ' ')
    const allowed = Math.floor((base * 5) / 100)
    expect(body).toContain(
      `\`runtime\` grew **+300 kB** (+${((300_000 / base) * 100).toFixed(2)}%) to `
    )
    expect(body).toContain(
      `limit +${formatBytes(allowed)} (5%): **${(300_000 / allowed).toFixed(1)}× over**`
    )
    // Why, without a click: the file that grew under the instruction that wrote it, on its line.
    expect(body).toMatch(
      /^\| \*\*Stored by\*\* `RUN head -c 400000 \/dev\/urandom > \/app\.bin` \(line \d+\) \| {2}\|\n\| `\/app\.bin` \| \+300 kB \|$/m
    )
    expect(body).toMatch(/^Unchanged: .*`build` [\d.]+ MB/m)
    expect(body).toContain(`Base ${repo.baseSha} (`)
    expect(body).toContain(
      '| +300 kB | changed | `RUN head -c 400000 /dev/urandom > /app.bin` (line 6)<br>was `RUN head -c 100000 /dev/urandom > /app.bin` |'
    )
    expect(first.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect(first.summary).toContain('### ❌ Image size check failed')
    expect(first.summary).not.toContain('<!-- stage-size comment')

    // A new push to the PR: the same comment is updated, never posted twice.
    git(repo.dir, ['checkout', '--quiet', 'feature'])
    git(repo.dir, ['commit', '--quiet', '--allow-empty', '-m', 'another push'])
    const pushed = { ...repo, headSha: git(repo.dir, ['rev-parse', 'HEAD']) }
    const second = await run(pushed, pullRequest(github, pushed, 1), {
      'fail-on-regression': 'false'
    })
    expect(second.status).toBe(0)
    expect(ourComments(1)).toHaveLength(1)
    expect(ourComments(1)[0].id).toBe(comment.id)
    expect(github.commentsOn(1)).toHaveLength(121)
    expect(second.outputs).toMatchObject({ verdict: 'fail', 'delta-bytes': '300000' })
  })

  it('a read-only token (a fork): the summary, a warning that explains, and the gate decides', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(100_500) }
    )
    const env = pullRequest(github, repo, 2)
    const result: ActionRun = await run(repo, env, { 'github-token': 'fork-token' })
    expect(result.status).toBe(0)
    expect(github.commentsOn(2)).toHaveLength(0)
    expect(annotations(result, 'warning')).toEqual([
      expect.stringMatching(
        /^Could not comment on pull request #2: GitHub answered 403 \(Resource not accessible by integration.*\)\. Pull requests from forks .* see https:\/\/github\.com\/stage-size\/stage-size#pull-requests-from-forks\.$/
      )
    ])
    expect(result.summary).toContain('### ✅ Image size check passed')
    expect(result.outputs.verdict).toBe('pass')

    const regression = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(900_000) }
    )
    const failing = await run(regression, pullRequest(github, regression, 3), {
      'github-token': 'fork-token'
    })
    expect(failing.status).toBe(1)
    expect(failing.summary).toContain('### ❌ Image size check failed')
  })

  it('comment-from-report posts an earlier run’s report without building anything', async () => {
    const repo = makeRepo(
      { Dockerfile: appDockerfile(100_000) },
      { Dockerfile: appDockerfile(120_000) }
    )
    const env = pullRequest(github, repo, 4)
    const measured = await run(repo, env, { 'github-token': 'fork-token' })
    expect(github.commentsOn(4)).toHaveLength(0)
    const reportPath = measured.outputs['report-path']
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).pullRequest).toEqual({
      number: 4,
      headSha: repo.headSha
    })

    // The workflow_run workflow: a write token, no engine, the report downloaded as an artifact.
    github.pulls.set(4, { ...github.pulls.get(4)!, headRepository: 'forker/repo' })
    const posted = await runAction(
      { 'github-token': 'write-token', 'comment-from-report': reportPath },
      {
        ...workflowRunEvent({
          headSha: repo.headSha,
          headRepository: 'forker/repo',
          pullRequests: []
        }),
        GITHUB_API_URL: github.url,
        DOCKER_HOST: 'unix:///nonexistent.sock'
      },
      path.dirname(repo.dir)
    )
    expect(errorAnnotations(posted)).toEqual([])
    expect(posted.status).toBe(0)
    expect(ourComments(4)).toHaveLength(1)
    expect(ourComments(4)[0].body).toContain('### ✅ Image size check passed')
    expect(posted.outputs.verdict).toBe('pass')
    expect(posted.summary).toContain('### ✅ Image size check passed')
  })
})
