import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report, StageReport } from '../../src/core/report.js'
import { errorAnnotations, runAction } from '../helpers/action.js'
import { cli } from '../helpers/cli.js'
import {
  testBuilders,
  testEngines,
  useEngine,
  type TestEngine
} from '../helpers/engines.js'

/**
 * build-push-action's build controls, each proven by a build that only
 * succeeds, or only measures what it does, when the control reached every
 * stage's build: a layer's size is the ulimit, /dev/shm's size, the named
 * context's file. Built from scratch and a static busybox, so the builders
 * that see no engine image build it too.
 */
const DOCKERFILE = `FROM scratch AS base
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
ENV PATH=/bin

FROM base AS controlled
COPY --from=shared greeting /greeting
RUN --mount=type=ssh,required=true test -S "$SSH_AUTH_SOCK"
RUN test "$(wc -l < /proc/net/dev)" -eq 3
RUN grep -q "^10.1.2.3[[:space:]]*db.internal" /etc/hosts
RUN head -c "$(ulimit -n)" /dev/zero > /nofile
RUN head -c "$(df -k /dev/shm | awk 'NR==2 { print $2 }')" /dev/zero > /shm-kib
RUN head -c 16 /dev/urandom > /random

FROM controlled AS imaged
COPY --from=tools /bin/busybox /tools-busybox
`

/** A repository: the base commit's shared/greeting is 1,000 bytes, the head's 3,000. */
function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-controls-'))
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], {
      cwd: dir
    })
  mkdirSync(path.join(dir, 'app'))
  mkdirSync(path.join(dir, 'shared'))
  writeFileSync(path.join(dir, 'app', 'Dockerfile'), DOCKERFILE)
  copyFileSync('/bin/busybox', path.join(dir, 'app', 'busybox'))
  writeFileSync(path.join(dir, 'shared', 'greeting'), 'x'.repeat(1000))
  git('init', '--quiet', '--initial-branch=main')
  git('add', '--all')
  git('commit', '--quiet', '-m', 'base')
  git('checkout', '--quiet', '-b', 'head')
  writeFileSync(path.join(dir, 'shared', 'greeting'), 'x'.repeat(3000))
  git('commit', '--quiet', '--all', '-m', 'head')
  return dir
}

/** An ssh-agent holding one key, as a workflow's webfactory/ssh-agent step leaves it. */
function sshAgent(): { socket: string; pid: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-ssh-'))
  const socket = path.join(dir, 'agent.sock')
  const started = execFileSync('ssh-agent', ['-a', socket], { encoding: 'utf8' })
  const pid = started.match(/SSH_AGENT_PID=(\d+)/)?.[1] ?? ''
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    '',
    '-f',
    path.join(dir, 'key')
  ])
  execFileSync('ssh-add', ['-q', path.join(dir, 'key')], {
    env: { ...process.env, SSH_AUTH_SOCK: socket },
    stdio: 'ignore'
  })
  return { socket, pid }
}

const NOFILE = 1234
const SHM_KIB = 65536

/** The CLI's flags for every control, in docker buildx build's forms. */
const FLAGS = [
  '--ssh',
  'default',
  '--build-context',
  'shared=shared',
  '--network',
  'none',
  '--add-host',
  'db.internal:10.1.2.3',
  '--ulimit',
  `nofile=${NOFILE}:${NOFILE}`,
  '--shm-size',
  `${SHM_KIB / 1024}m`
]

function layerBytes(
  stage: StageReport | undefined,
  side: 'head' | 'base',
  made: RegExp
): number {
  const layer = stage?.[side]?.layers.find(found => made.test(found.createdBy ?? ''))
  if (!layer) throw new Error(`no layer made by ${made} in ${stage?.name} (${side})`)
  return layer.uncompressedBytes
}

// Each test builds head and base, some twice.
jest.setTimeout(120_000)

let repo = ''
let agent = { socket: '', pid: '' }

beforeAll(() => {
  repo = repository()
  agent = sshAgent()
  process.env.SSH_AUTH_SOCK = agent.socket
})

afterAll(() => {
  if (agent.pid) process.kill(Number(agent.pid))
})

/** Measures through the CLI, head and base, with every control; the report, and what the CLI printed. */
async function measure(extra: string[]): Promise<{ report: Report; printed: string }> {
  const json = path.join(mkdtempSync(path.join(tmpdir(), 'stage-size-report-')), 'r.json')
  const previous = process.cwd()
  process.chdir(repo)
  try {
    const run = await cli(['app', '--base', 'main', '--json', json, ...FLAGS, ...extra])
    expect(run.err).not.toMatch(/error|failed/i)
    expect(run.code).toBe(0)
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report
    return { report, printed: run.out + run.err }
  } finally {
    process.chdir(previous)
  }
}

function expectControlled(report: Report): void {
  const controlled = report.stages.find(stage => stage.name === 'controlled')
  expect(layerBytes(controlled, 'head', /\/nofile/)).toBe(NOFILE)
  expect(layerBytes(controlled, 'head', /shm-kib/)).toBe(SHM_KIB)
  // The named context folder: the head's copy, and the base commit's for the base.
  expect(layerBytes(controlled, 'head', /greeting/)).toBe(3000)
  expect(layerBytes(controlled, 'base', /greeting/)).toBe(1000)
  expect(report.buildOptions).toMatchObject({
    ssh: ['default'],
    buildContexts: { shared: 'shared' },
    network: 'none',
    addHosts: ['db.internal:10.1.2.3'],
    shmSize: '64m',
    ulimits: [`nofile=${NOFILE}:${NOFILE}`]
  })
}

const engines = testEngines().filter(engine => !engine.store.startsWith('remote-'))

describe.each(engines.map(engine => [engine.store, engine] as [string, TestEngine]))(
  'build controls on the %s store (docker driver)',
  (_, engine) => {
    useEngine(engine)

    it('reach every stage of head and base: ssh, a named folder and docker-image:// context, network, host, ulimit, shm', async () => {
      const { report } = await measure([
        '--build-context',
        'tools=docker-image://stage-size-fixture/busybox',
        '--target',
        'imaged'
      ])
      expectControlled(report)
      const imaged = report.stages.find(stage => stage.name === 'imaged')
      expect(layerBytes(imaged, 'head', /tools-busybox/)).toBeGreaterThan(500_000)
      expect(report.engine.buildxBuilder).toMatchObject({
        name: 'default',
        driver: 'docker'
      })
    })

    it('no-cache builds the stages again: a random layer differs from one run to the next', async () => {
      const random = async () =>
        (
          await measure(['--target', 'controlled', '--stages', 'base', '--no-cache'])
        ).report.stages
          .find(stage => stage.name === 'controlled')!
          .head!.layers.find(layer => /urandom/.test(layer.createdBy ?? ''))!.digest
      expect(await random()).not.toBe(await random())
    })
  }
)

const container = testBuilders().find(builder => builder.kind === 'docker-container')
const containerd = engines.find(engine => engine.store === 'containerd')

// The builders live on the containerd engine; without them (no ../shared) this is skipped, never under CI.
;(container && containerd ? describe : describe.skip)(
  'build controls on the docker-container builder',
  () => {
    if (containerd) useEngine(containerd)

    it('reach every stage, and the report and the header name the builder', async () => {
      const name = container!.name
      const { report, printed } = await measure([
        '--builder',
        name,
        '--target',
        'controlled',
        '--stages',
        'base'
      ])
      expectControlled(report)
      expect(printed).toContain(
        `builder ${name} (docker-container driver, BuildKit v0.32.2)`
      )
      expect(report.engine.buildxBuilder).toMatchObject({
        name,
        driver: 'docker-container',
        nodes: [expect.objectContaining({ buildkit: 'v0.32.2' })]
      })
    })
  }
)

describe('build controls as action inputs (dist/index.js)', () => {
  it("reach the build in build-push-action's forms", async () => {
    const engine = containerd ?? engines[0]
    const reportPath = path.join(
      mkdtempSync(path.join(tmpdir(), 'stage-size-report-')),
      'r.json'
    )
    const run = await runAction(
      {
        context: 'app',
        target: 'controlled',
        stages: 'base',
        ssh: 'default',
        'build-contexts': 'shared=shared',
        network: 'none',
        'add-hosts': 'db.internal:10.1.2.3',
        ulimit: `nofile=${NOFILE}:${NOFILE}`,
        'shm-size': '64m',
        'base-ref': 'main',
        'report-path': reportPath
      },
      { DOCKER_HOST: engine.host, SSH_AUTH_SOCK: agent.socket },
      repo
    )
    expect(errorAnnotations(run)).toEqual([])
    expect(run.status).toBe(0)
    expectControlled(JSON.parse(readFileSync(reportPath, 'utf8')) as Report)
  })
})

describe('build controls that cannot be right: one line naming the input and its forms, nothing built (dist/index.js)', () => {
  it.each([
    [
      { 'build-contexts': '=x' },
      /^build-contexts: "=x" is not a named build context; give NAME=VALUE/
    ],
    [
      { 'shm-size': 'lots' },
      /^shm-size: "lots" is not a size; give a number with an optional unit b, k, m or g/
    ],
    [{ ulimit: 'nofile' }, /^ulimit: "nofile" is not a ulimit; give TYPE=SOFT\[:HARD\]/],
    [
      { network: 'my network' },
      /^network: "my network" is not a network mode; give default, none or host$/
    ],
    [
      { allow: 'everything' },
      /^allow: "everything" is not an entitlement; give network.host, security.insecure or device/
    ],
    [{ 'add-hosts': 'db' }, /^add-hosts: "db" is not an extra host; give HOST:IP/],
    [{ ssh: 'a b' }, /^ssh: "a b" is not an ssh agent or keys; give default, or ID=PATH/]
  ])('%j', async (inputs, message) => {
    // No engine answers here: reaching a build would fail differently.
    const run = await runAction(inputs, { DOCKER_HOST: 'unix:///nonexistent.sock' })
    expect(run.status).toBe(1)
    expect(errorAnnotations(run)).toEqual([expect.stringMatching(message)])
    expect(run.stdout).not.toMatch(/Building and measuring/)
  })
})
