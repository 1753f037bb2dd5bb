import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runPostStep, startAction, type ActionRun } from '../helpers/action.js'
import { describeOnStore, docker, type TestEngine } from '../helpers/engines.js'
import { git, makeRepo } from '../helpers/git.js'

jest.setTimeout(180_000)

/**
 * The classic image store keeps every stage image the run loads, so a run
 * stopped half way has images, the base worktree and temporary folders to
 * remove. `quick` is built and loaded at once; `slow` holds the build.
 */
function slowRepo(nonce: string) {
  const dockerfile = (size: number) =>
    [
      'FROM stage-size-fixture/busybox AS quick',
      `RUN echo ${nonce} > /nonce && head -c ${size} /dev/urandom > /q.bin`,
      'FROM quick AS slow',
      'RUN sleep 120',
      ''
    ].join('\n')
  return makeRepo({ Dockerfile: dockerfile(1000) }, { Dockerfile: dockerfile(2000) })
}

function imageExists(engine: TestEngine, tag: string): boolean {
  try {
    docker(engine, ['image', 'inspect', '--format', '{{.Id}}', tag])
    return true
  } catch {
    return false
  }
}

/** The image tags the run's saved ledger listed at any point (a tag leaves it once removed). */
function ledgerTags(run: ActionRun): string[] {
  const items = (run.stateHistory.leftovers ?? []).flatMap(
    saved => JSON.parse(saved) as { kind: string; tag?: string }[]
  )
  return [
    ...new Set(
      items.flatMap(item => (item.kind === 'image' && item.tag ? [item.tag] : []))
    )
  ]
}

async function until(what: string, check: () => boolean, seconds = 90): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited++) {
    if (check()) return
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new Error(`gave up waiting for ${what}`)
}

describeOnStore('classic', 'a cancelled run (dist/index.js)', engine => {
  /** Starts the action on a PR-like repository, and waits until it has images, a worktree and temporary folders. */
  async function startMidBuild() {
    const repo = slowRepo(`${Date.now()}-${Math.random()}`)
    const temp = mkdtempSync(path.join(tmpdir(), 'stage-size-tmp-'))
    const env = { DOCKER_HOST: engine.host, TMPDIR: temp }
    const imageNames = () =>
      docker(engine, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])
    const before = new Set(imageNames().split('\n'))
    const started = startAction(
      { 'base-ref': 'main', comment: 'never', 'github-token': '' },
      env,
      repo.dir
    )
    const worktrees = () => git(repo.dir, ['worktree', 'list']).split('\n').length
    const quickImages = () =>
      imageNames()
        .split('\n')
        .filter(name => /\/stage-size-\w+-(head|base):quick$/.test(name))
    await until('the base worktree', () => worktrees() === 2)
    await until(
      'both quick images',
      () => quickImages().filter(name => !before.has(name)).length === 2
    )
    expect(readdirSync(temp).length).toBeGreaterThan(0)
    return { repo, temp, env, started, worktrees }
  }

  function expectNothingLeft(run: ActionRun, temp: string, worktrees: () => number) {
    const tags = ledgerTags(run)
    expect(tags.length).toBeGreaterThanOrEqual(4) // both sides' quick and slow
    expect(tags.filter(tag => imageExists(engine, tag))).toEqual([])
    expect(worktrees()).toBe(1)
    expect(readdirSync(temp)).toEqual([])
  }

  it('SIGINT stops the build, removes its images, worktree and temporary folders, and fails', async () => {
    const { temp, started, worktrees } = await startMidBuild()
    const sent = Date.now()
    process.kill(started.pid, 'SIGINT') // the runner signals the action's process only
    const run = await started.finished
    expect(run.status).toBe(1)
    expect(Date.now() - sent).toBeLessThan(30_000) // the two-minute sleep did not finish
    expect(run.stdout).toMatch(/::warning::SIGINT: cancelled/)
    expectNothingLeft(run, temp, worktrees)
  })

  it('the post step removes what a killed main step left', async () => {
    const { repo, temp, env, started, worktrees } = await startMidBuild()
    process.kill(-started.pid, 'SIGKILL') // the whole process tree, as a runner kills a job
    const main = await started.finished
    expect(main.signal).toBe('SIGKILL')
    expect(ledgerTags(main).some(tag => imageExists(engine, tag))).toBe(true)
    const post = await runPostStep(main, env, repo.dir)
    expect(post.status).toBe(0)
    expect(post.stdout).toMatch(/The main step did not finish: removing/)
    expectNothingLeft(main, temp, worktrees)
  })
})

describe('the post step after a main step that finished', () => {
  it('has nothing to remove and says nothing', async () => {
    const post = await runPostStep({
      state: { isPost: 'true', leftovers: '[]' }
    } as unknown as ActionRun)
    expect(post.status).toBe(0)
    expect(post.stdout).toBe('')
  })
})
