import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { annotations, errorAnnotations, runAction } from '../helpers/action.js'
import { describeOnOneEngine } from '../helpers/engines.js'
import { eventEnv } from '../helpers/events.js'
import { commit, git, makeRepo } from '../helpers/git.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { unzip, zipOf } from '../helpers/zip.js'
import { createHash } from 'node:crypto'

const digestOfZip = (zip: Buffer) =>
  `sha256:${createHash('sha256').update(zip).digest('hex')}`

jest.setTimeout(240_000)

const BOT = 'github-actions[bot]'
const ZERO = '0'.repeat(40)

describeOnOneEngine('a stored baseline (dist/index.js)', engine => {
  let github: FakeGitHub
  let payload: http.Server
  let payloadUrl: string
  beforeAll(async () => {
    github = await FakeGitHub.start({
      'write-token': { login: BOT, canWrite: true },
      'no-actions-token': { login: BOT, canWrite: true, canReadActions: false }
    })
    // The base's build fetches a file from here: once it is gone, the base cannot be built again.
    payload = http.createServer((_, response) => response.end('x'.repeat(200_000)))
    await new Promise<void>(resolve => payload.listen(0, '127.0.0.1', resolve))
    payloadUrl = `http://127.0.0.1:${(payload.address() as AddressInfo).port}/payload`
  })
  afterAll(async () => {
    await github.stop()
    payload.closeAllConnections()
    await new Promise(resolve => payload.close(resolve))
  })

  const dockerfile = (source: string) =>
    [
      'FROM stage-size-fixture/busybox AS runtime',
      source,
      'RUN head -c 100000 /dev/urandom > /app.bin',
      ''
    ].join('\n')

  /** main holds the base (which ADDs from the payload server); the PR copies the same bytes from its context and grows. */
  function repository() {
    const repo = makeRepo(
      { Dockerfile: dockerfile(`ADD ${payloadUrl} /payload`) },
      {
        Dockerfile: dockerfile(
          'COPY payload /payload\nRUN head -c 50000 /dev/urandom > /more.bin'
        ),
        payload: 'x'.repeat(200_000)
      }
    )
    return repo
  }

  const env = (extra: Record<string, string>) => ({
    DOCKER_HOST: engine.host,
    GITHUB_API_URL: github.url,
    ...extra
  })

  /** The push that made `sha` on main, in a run of its own that uploads the report. */
  async function pushRun(dir: string, sha: string, before = ZERO, inputs = {}) {
    git(dir, ['checkout', '--quiet', '--detach', sha])
    const { run, env: runner } = github.actions.startRun(sha)
    const result = await runAction(
      { 'github-token': 'write-token', ...inputs },
      env({
        ...runner,
        ...eventEnv('push', {
          ref: 'refs/heads/main',
          before,
          after: sha,
          created: before === ZERO,
          repository: { name: 'repo', owner: { login: 'owner' } }
        })
      }),
      dir
    )
    return { run, result }
  }

  /** The pull request's run, on its merge commit as actions/checkout makes it. */
  async function pullRequestRun(
    repo: ReturnType<typeof repository>,
    token = 'write-token'
  ) {
    git(repo.dir, ['checkout', '--quiet', '--detach', repo.baseSha])
    git(repo.dir, ['merge', '--quiet', '--no-ff', '-m', 'merge', repo.headSha])
    github.pulls.set(3, { headSha: repo.headSha, baseSha: repo.baseSha })
    const { env: runner } = github.actions.startRun(repo.headSha)
    return runAction(
      { 'github-token': token },
      env({
        ...runner,
        // A fresh runner: nothing measured before, but what the artifact brings.
        STAGE_SIZE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'stage-size-cache-')),
        ...eventEnv('pull_request', {
          number: 3,
          pull_request: {
            number: 3,
            head: { sha: repo.headSha, ref: 'feature' },
            base: { sha: repo.baseSha, ref: 'main' }
          }
        })
      }),
      repo.dir
    )
  }

  const reportOf = (run: { outputs: Record<string, string> }) =>
    JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))

  it('a push uploads its report; the pull request reads it instead of building its base, and charts the branch', async () => {
    const repo = repository()
    const { run, result } = await pushRun(repo.dir, repo.baseSha)
    expect(errorAnnotations(result)).toEqual([])
    expect(result.status).toBe(0)
    expect(run.artifacts.map(artifact => artifact.name)).toEqual(['stage-size-report'])
    const stored = reportOf(result)
    expect(stored.history).toEqual([
      expect.objectContaining({
        sha: repo.baseSha,
        uncompressedBytes: stored.stages[0].head.uncompressedBytes
      })
    ])

    // A decoy: the same artifact name, uploaded later by a run of another commit.
    const decoy = commit(
      repo.dir,
      { Dockerfile: dockerfile('RUN head -c 900000 /dev/urandom > /decoy') },
      'decoy'
    )
    const decoyRun = await pushRun(repo.dir, decoy, repo.baseSha, { threshold: 'off' })
    expect(decoyRun.result.status).toBe(0)
    expect(decoyRun.run.artifacts).toHaveLength(1)

    // The base can no longer be built: its ADD source is gone.
    payload.close()
    payload.closeAllConnections()
    const pr = await pullRequestRun(repo)
    expect(errorAnnotations(pr)).toEqual([])
    const report = reportOf(pr)
    expect(report.base).toEqual(
      expect.objectContaining({
        sha: repo.baseSha,
        source: 'artifact',
        run: { id: run.id, url: `https://github.com/owner/repo/actions/runs/${run.id}` }
      })
    )
    expect(report.stages[0].base.uncompressedBytes).toBe(
      stored.stages[0].head.uncompressedBytes
    )
    expect(report.stages[0].deltaBytes).toBe(50_000)
    // The artifact brought the base's file lists: the files are compared though the base was not built.
    expect(report.stages[0].fileChanges).toEqual(
      expect.objectContaining({
        added: [expect.objectContaining({ path: '/more.bin', bytes: 50_000 })],
        removed: [],
        changed: [],
        addedBytes: 50_000
      })
    )
    expect(pr.stdout).not.toMatch(/Building and measuring \d+ stages? \(base\)/)
    // On a fresh runner, the layers the stored report measured are not read again.
    const digests = (measured: { head: { layers: { digest: string }[] } }) =>
      measured.head.layers.map(layer => layer.digest)
    const known = new Set(digests(stored.stages[0]))
    const changed = digests(report.stages[0]).filter(digest => !known.has(digest))
    expect(changed.length).toBeLessThan(digests(report.stages[0]).length)
    expect(pr.stdout).toMatch(new RegExp(`^Read ${changed.length} new layers? `, 'm'))
    expect(report.history.map((point: { sha: string }) => point.sha)).toEqual([
      repo.baseSha,
      repo.headSha
    ])
    expect(pr.summary).toContain(
      `[run ${run.id}](https://github.com/owner/repo/actions/runs/${run.id})`
    )
    expect(pr.summary).toMatch(
      /```mermaid\n[\s\S]*?\nxychart-beta\n {2}title "runtime on main"\n {2}x-axis \["\w{7}", "#3"\]/
    )
    expect(github.commentsOn(3)[0].body).toContain('xychart-beta')

    // Without actions: read, a notice says why, and the base is built (here it cannot be).
    const denied = await pullRequestRun(repo, 'no-actions-token')
    expect(annotations(denied, 'notice')).toContainEqual(
      expect.stringMatching(
        /cannot read this repository's workflow artifacts \(403\): give the workflow permissions: actions: read\): building it\.$/
      )
    )
    expect(reportOf(denied).noBaselineReason).toMatch(/did not build/)
  })

  it('a report the base measured with another build context is not the baseline: a notice says which, and the base is built', async () => {
    const repo = makeRepo(
      {
        Dockerfile:
          'FROM stage-size-fixture/busybox AS runtime\nRUN head -c 1000 /dev/urandom > /a\n'
      },
      {
        Dockerfile:
          'FROM stage-size-fixture/busybox AS runtime\nRUN head -c 2000 /dev/urandom > /a\n'
      }
    )
    const { result } = await pushRun(repo.dir, repo.baseSha, ZERO, {
      'build-contexts': 'shared=.'
    })
    expect(result.status).toBe(0)
    const pr = await pullRequestRun(repo)
    expect(errorAnnotations(pr)).toEqual([])
    expect(annotations(pr, 'notice')).toContainEqual(
      expect.stringMatching(/it measured the build contexts \{"shared":"\."\}, not \{\}/)
    )
    expect(reportOf(pr).base).toEqual(
      expect.objectContaining({ sha: repo.baseSha, source: 'build' })
    )
  })

  it.each([
    [
      'a zip that storage truncated (it no longer matches its digest)',
      (zip: Buffer) => ({ zip: zip.subarray(0, zip.length - 40) }),
      /its zip does not match the digest GitHub recorded \(sha256:[0-9a-f]{64}\)/
    ],
    [
      'a zip that was uploaded truncated',
      (zip: Buffer) => ({ zip: zip.subarray(0, zip.length - 40), digest: null }),
      /End of central directory record signature not found/
    ],
    [
      'a report with the right header and garbage sizes',
      async (stored: Buffer) => {
        const report = JSON.parse((await unzip(stored))['stage-size-report.json'])
        report.stages[0].head.uncompressedBytes = 'lots'
        const zip = await zipOf({ 'stage-size-report.json': JSON.stringify(report) })
        return { zip, digest: digestOfZip(zip) }
      },
      /baseline-artifact: stage-size-report\.json: \/stages\/0\/head\/uncompressedBytes must be an integer/
    ]
  ])(
    '%s: a notice naming it, one download, then the base is built',
    async (_, damage, why) => {
      const repo = makeRepo(
        {
          Dockerfile:
            'FROM stage-size-fixture/busybox AS runtime\nRUN head -c 1000 /dev/urandom > /a\n'
        },
        {
          Dockerfile:
            'FROM stage-size-fixture/busybox AS runtime\nRUN head -c 2000 /dev/urandom > /a\n'
        }
      )
      const { run } = await pushRun(repo.dir, repo.baseSha)
      const [artifact] = run.artifacts
      Object.assign(artifact, await damage(artifact.zip as Buffer))
      github.requests.length = 0
      const pr = await pullRequestRun(repo)
      expect(errorAnnotations(pr)).toEqual([])
      expect(annotations(pr, 'notice')).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^No stored report of the base commit ${repo.baseSha.slice(0, 12)} \\(run ${run.id}'s artifact stage-size-report is not a stage-size report \\(.*${why.source}`
          )
        )
      )
      const downloads = github.requests.filter(request =>
        request.path.startsWith(`/devstoreaccount1/artifacts/${artifact.id}.zip`)
      )
      expect(downloads).toHaveLength(1)
      expect(reportOf(pr).base).toEqual(
        expect.objectContaining({ sha: repo.baseSha, source: 'build' })
      )
    }
  )
})
