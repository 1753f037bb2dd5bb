import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BlobCache } from '../../src/engine/blob-cache.js'
import {
  ROOT,
  annotations,
  errorAnnotations,
  runAction,
  runPostStep,
  startAction
} from '../helpers/action.js'
import { cli } from '../helpers/cli.js'
import {
  FIXTURES,
  describeOnOneEngine,
  describeOnStore,
  docker
} from '../helpers/engines.js'
import { eventEnv } from '../helpers/events.js'
import { git, makeRepo } from '../helpers/git.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { unzip } from '../helpers/zip.js'

jest.setTimeout(180_000)

const BOT = 'github-actions[bot]'
const NPM_SECRET = 'npm-secret-value-Zq81'
const GH_SECRET = 'gh-secret-value-Kp27'
const TOKEN_ARG = 'ghp_buildarg-token-Xy55'

describeOnOneEngine(
  'no secret or build-arg value in anything stage-size writes (dist/index.js)',
  engine => {
    let github: FakeGitHub
    beforeAll(async () => {
      github = await FakeGitHub.start({ 'write-token': { login: BOT, canWrite: true } })
    })
    afterAll(() => github.stop())

    it('the secrets reach every build; no value reaches the report, artifact, comment, summary, outputs or log', async () => {
      const head = [
        'FROM stage-size-fixture/busybox AS app',
        'ARG TOKEN',
        'RUN --mount=type=secret,id=npm,required=true --mount=type=secret,id=gh,required=true --mount=type=secret,id=npmrc,required=true \\',
        '  head -c "$(wc -c < /run/secrets/npm)" /dev/zero > /npm.bin && mkdir -p /opt && head -c 10 /dev/zero > "/opt/$TOKEN.bin"',
        ''
      ].join('\n')
      const base = 'FROM stage-size-fixture/busybox AS app\nRUN echo base > /base\n'
      const repo = makeRepo(
        { Dockerfile: base },
        { Dockerfile: head, '.npmrc': 'registry=x\n' }
      )
      github.pulls.set(4, { headSha: repo.headSha, baseSha: repo.baseSha })
      const { run: stored, env: runner } = github.actions.startRun(repo.headSha)
      const run = await runAction(
        {
          'github-token': 'write-token',
          'build-args': `TOKEN=${TOKEN_ARG}`,
          secrets: `npm=${NPM_SECRET}`,
          'secret-envs': 'gh=GH_SECRET',
          'secret-files': 'npmrc=.npmrc',
          'upload-report': 'true',
          threshold: 'off'
        },
        {
          DOCKER_HOST: engine.host,
          GITHUB_API_URL: github.url,
          GH_SECRET,
          ...runner,
          ...eventEnv('pull_request', {
            number: 4,
            pull_request: {
              number: 4,
              head: { sha: repo.headSha, ref: 'feature' },
              base: { sha: repo.baseSha, ref: 'main' }
            }
          })
        },
        repo.dir
      )
      expect(errorAnnotations(run)).toEqual([])
      expect(run.status).toBe(0)
      const reportText = readFileSync(run.outputs['report-path'], 'utf8')
      const report = JSON.parse(reportText)
      // The secret reached the build: /npm.bin is as long as the secret's value.
      const added = report.stages[0].fileChanges.added
      expect(added).toContainEqual(
        expect.objectContaining({ path: '/npm.bin', bytes: NPM_SECRET.length })
      )
      // The instruction and the path that used the build arg show *** in its place.
      expect(added).toContainEqual(
        expect.objectContaining({ path: '/opt/***.bin', bytes: 10 })
      )
      const run_ = report.stages[0].head.layers.at(-1).createdBy
      expect(run_).toMatch(/^RUN \|1 TOKEN=\*\*\* /)
      expect(report.buildArgNames).toEqual(['TOKEN'])

      const artifact = await unzip(stored.artifacts[0].zip as Buffer)
      const written = {
        report: reportText,
        artifact: Object.values(artifact).join('\n'),
        comment: github.commentsOn(4)[0].body,
        summary: run.summary,
        outputs: JSON.stringify(run.outputs),
        // The runner consumes ::add-mask:: lines: they are how it learns what to mask.
        log: run.stdout
          .split('\n')
          .filter(line => !line.startsWith('::add-mask::'))
          .join('\n'),
        stderr: run.stderr
      }
      for (const [where, text] of Object.entries(written)) {
        for (const value of [NPM_SECRET, GH_SECRET, TOKEN_ARG]) {
          expect(`${where}: ${text.includes(value) ? value : 'clean'}`).toBe(
            `${where}: clean`
          )
        }
      }
      // The comment shortens the instruction to its command: the build-arg prefix, masked in the report, is left out.
      expect(written.comment).toContain(
        run_.replace(/^RUN \|1 TOKEN=\*\*\* \/bin\/sh -c /, 'RUN ').slice(0, 40)
      )
      expect(written.comment).not.toContain('TOKEN=')
      for (const value of [NPM_SECRET, GH_SECRET, TOKEN_ARG])
        expect(run.stdout).toContain(`::add-mask::${value}`)
    })
  }
)

describeOnOneEngine('metric compressed, everywhere (dist/index.js)', engine => {
  it('holds the target to max-size in compressed bytes, and says so in the same bytes', async () => {
    // Zeros compress to almost nothing: max-size 1.5MB lies between the image's two sizes (5 MB, 1.1 MB).
    const dockerfile = (bytes: number) =>
      `FROM stage-size-fixture/busybox AS app\nRUN head -c ${bytes} /dev/zero > /zeros\n`
    const repo = makeRepo(
      { Dockerfile: dockerfile(3_000_000) },
      { Dockerfile: dockerfile(3_100_000) }
    )
    const run = await runAction(
      { metric: 'compressed', 'max-size': '1.5MB', threshold: 'off', 'base-ref': 'main' },
      { DOCKER_HOST: engine.host },
      repo.dir
    )
    expect(errorAnnotations(run)).toEqual([])
    expect(run.status).toBe(0)
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))
    const [app] = report.stages
    expect(app.head.uncompressedBytes).toBeGreaterThan(1_500_000)
    expect(app.head.compressedBytes).toBeLessThan(1_500_000)
    expect(report.verdict).toBe('pass')
    expect(run.outputs).toMatchObject({
      'target-size': String(app.head.compressedBytes),
      'base-target-size': String(app.base.compressedBytes),
      'delta-bytes': String(app.head.compressedBytes - app.base.compressedBytes)
    })
    expect(run.summary).toMatch(/✅ Image size check passed/)
    expect(run.summary).toMatch(/to [\d.]+\sMB compressed; max-size 1\.50\sMB\./)
    expect(run.summary).not.toMatch(/over/)
  })
})

describeOnStore(
  'classic',
  'the engine stopped mid-build (a private dockerd, dist/index.js)',
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-private-engine-'))
    const engineScript = path.join(ROOT, 'scripts', 'engine.sh')
    const start = () =>
      execFileSync(engineScript, ['private', dir, 'classic'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).match(/DOCKER_HOST='([^']+)'/)![1]
    let host: string
    beforeAll(() => {
      host = start()
    })
    afterAll(() => {
      execFileSync(engineScript, ['stop', dir])
    })

    it('fails in one line; what it could not remove stays in the saved state, and the post step removes it', async () => {
      const dockerfile = (size: number) =>
        `FROM stage-size-fixture/busybox AS quick\nRUN head -c ${size} /dev/urandom > /q.bin\nFROM quick AS slow\nRUN sleep 120\n`
      const repo = makeRepo(
        { Dockerfile: dockerfile(1000) },
        { Dockerfile: dockerfile(2000) }
      )
      const engine = { store: 'classic' as const, host }
      const quick = () =>
        docker(engine, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])
          .split('\n')
          .filter(name => /:quick$/.test(name))
      const started = startAction(
        { 'base-ref': 'main', comment: 'never', 'github-token': '' },
        { DOCKER_HOST: host },
        repo.dir
      )
      for (let waited = 0; quick().length < 2; waited++) {
        if (waited > 360) throw new Error('the quick images never arrived')
        await new Promise(resolve => setTimeout(resolve, 250))
      }
      execFileSync(engineScript, ['stop', dir])
      const main = await started.finished
      expect(main.status).toBe(1)
      expect(errorAnnotations(main)).toEqual([
        expect.stringMatching(
          /^the Docker engine \(unix:\/\/.*\) stopped answering while the (head|base)'s stages were built and measured/
        )
      ])
      const saved = JSON.parse(main.state.leftovers) as { kind: string; tag?: string }[]
      const tags = saved.flatMap(item =>
        item.kind === 'image' && item.tag ? [item.tag] : []
      )
      expect(tags.filter(tag => /:quick$/.test(tag))).toHaveLength(2)
      expect(annotations(main, 'warning')).toContainEqual(
        expect.stringMatching(
          /stage images? could not be removed, as the Docker engine did not answer; the action's post step removes them/
        )
      )

      host = start() // the engine is back, with what it held
      expect(quick()).toHaveLength(2)
      const post = await runPostStep(main, { DOCKER_HOST: host }, repo.dir)
      expect(post.status).toBe(0)
      expect(quick()).toEqual([])
    })
  }
)

describeOnOneEngine('a full cache folder (a small tmpfs, dist/index.js)', engine => {
  const mount = mkdtempSync(path.join(tmpdir(), 'stage-size-full-cache-'))
  let mounted = false
  beforeAll(() => {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', mount])
      mounted = true
    } catch (error) {
      if (process.env.CI === 'true') throw error
    }
  })
  afterAll(() => {
    if (mounted) execFileSync('umount', [mount])
  })

  it('measures anyway, says so in one line naming the folder, and leaves no damaged entry', async () => {
    if (!mounted) return console.warn('skipped: mounting a tmpfs needs root (CI runs it)')
    const context = mkdtempSync(path.join(tmpdir(), 'stage-size-full-ctx-'))
    writeFileSync(
      path.join(context, 'Dockerfile'),
      `FROM stage-size-fixture/busybox AS app\n${Array.from({ length: 6 }, (_, n) => `RUN head -c ${1000 + n} /dev/urandom > /f${n} # ${Date.now()}`).join('\n')}\n`
    )
    const run = await runAction(
      { context },
      { DOCKER_HOST: engine.host, STAGE_SIZE_CACHE_DIR: mount }
    )
    expect(errorAnnotations(run)).toEqual([])
    expect(run.status).toBe(0)
    const full = new RegExp(
      `^the cache folder ${mount} could not keep what this run measured \\(ENOSPC: no space left on device`
    )
    expect(
      annotations(run, 'warning').filter(warning => full.test(warning))
    ).toHaveLength(1)
    const files = readdirSync(mount, { recursive: true, encoding: 'utf8' })
    expect(files.filter(file => file.endsWith('.partial'))).toEqual([])
    const cache = new BlobCache(mount)
    const entries = files.filter(
      file => file.startsWith('blobs/') && file.endsWith('.json')
    )
    for (const entry of entries) {
      const digest = path.basename(entry, '.json').replace('-', ':')
      expect(await cache.get(digest)).toBeDefined()
    }
  })
})

describeOnOneEngine('a context in a git repository with no commits (CLI)', () => {
  it('is measured, with no baseline and a notice, with or without --no-base', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-no-commits-'))
    git(dir, ['init', '--quiet'])
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      readFileSync(path.join(FIXTURES, 'two-stage', 'Dockerfile'))
    )
    mkdirSync(path.join(dir, 'out'))
    const json = path.join(dir, 'out', 'r.json')
    const compared = await cli([dir, '--json', json])
    expect(compared.err).toMatch(
      /^notice: No baseline to compare with: the git repository at .* has no commits yet$/m
    )
    expect(compared.code).toBe(0)
    expect(JSON.parse(readFileSync(json, 'utf8')).head).toBeNull()
    const alone = await cli([dir, '--no-base'])
    expect(alone.err).not.toMatch(/internal error/)
    expect(alone.code).toBe(0)
  })
})
