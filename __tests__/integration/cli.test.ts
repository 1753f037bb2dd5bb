import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'
import { cli } from '../helpers/cli.js'
import { tagsMade } from '../helpers/leftovers.js'
import {
  FIXTURES,
  busyboxBytes,
  describeEachEngine,
  describeOnOneEngine,
  docker
} from '../helpers/engines.js'

jest.setTimeout(180_000)

function scratchDir(dockerfile?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-cli-'))
  if (dockerfile !== undefined) writeFileSync(path.join(dir, 'Dockerfile'), dockerfile)
  return dir
}

describe('bad input: one line naming the input, exit code 1, no report', () => {
  let json: string
  beforeEach(() => {
    json = path.join(scratchDir(), 'report.json')
  })

  const expectRefused = async (args: string[], message: RegExp) => {
    const result = await cli([...args, '--json', json])
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err).toMatch(message)
    expect(result.err).not.toMatch(/\n\s+at /) // no stack trace
    expect(existsSync(json)).toBe(false)
  }

  it('a missing Dockerfile', () =>
    expectRefused(
      ['--file', '/nonexistent/Dockerfile', scratchDir()],
      /^stage-size: error: --file: no Dockerfile at \/nonexistent\/Dockerfile/
    ))

  it('a context that is not a directory', () =>
    expectRefused(
      ['/nonexistent-context'],
      /^stage-size: error: --context: \/nonexistent-context is not a directory/
    ))

  it('a Dockerfile without FROM', () =>
    expectRefused(
      [scratchDir('RUN echo hi\n')],
      /error: --file: .*Dockerfile has no FROM instruction/
    ))

  it('a target that is not a stage lists the stages', () =>
    expectRefused(
      ['--target', 'prod', path.join(FIXTURES, 'two-stage')],
      /error: --target: "prod" is not a stage of .*Dockerfile; its stages are: builder, runtime$/m
    ))

  it('a stages entry that is not a stage', () =>
    expectRefused(
      ['--stages', 'builder,lint', path.join(FIXTURES, 'two-stage')],
      /error: --stages: "lint" is not a stage of .*; its stages are: builder, runtime$/m
    ))

  it('a malformed build argument', () =>
    expectRefused(
      ['--build-arg', 'VERSION', path.join(FIXTURES, 'two-stage')],
      /error: --build-arg: "VERSION" is not KEY=VALUE/
    ))

  it('an unknown flag', () =>
    expectRefused(
      ['--tagret', 'x'],
      /error: Unknown option '--tagret' \(see stage-size --help\)/
    ))

  it('no Docker engine says how to get one', async () => {
    const previous = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock'
    try {
      await expectRefused(
        [path.join(FIXTURES, 'two-stage')],
        /error: no Docker engine answered: .*nonexistent.*; start Docker or point DOCKER_HOST at an engine/
      )
    } finally {
      if (previous === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = previous
    }
  })
})

describeEachEngine('the CLI', engine => {
  it('a builder that does not exist: one line naming --builder, nothing built', async () => {
    const result = await cli([
      path.join(FIXTURES, 'two-stage'),
      '--builder',
      'no-such-builder'
    ])
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toEqual([
      'stage-size: error: --builder: there is no buildx builder named "no-such-builder" (docker buildx ls lists them); give an existing builder\'s name, or none for the current builder'
    ])
  })

  it('a failing build names the stage and shows the end of its log', async () => {
    const json = path.join(scratchDir(), 'report.json')
    const made = tagsMade()
    const result = await cli([path.join(FIXTURES, 'fails'), '--json', json])
    expect(result.code).toBe(1)
    const lines = result.err.trim().split('\n')
    expect(lines.at(-1)).toMatch(
      /^stage-size: error: build failed in stage "broken" at RUN echo "compiling main\.c".*exit code: 7$/
    )
    expect(result.err).toContain("main.c:3: error: expected ';'")
    expect(existsSync(json)).toBe(false)
    const images = docker(engine, ['images', '--format', '{{.Repository}}:{{.Tag}}'])
    expect(made().filter(tag => images.includes(tag))).toEqual([])
  })

  it('dist/cli.js prints the table and writes the report', () => {
    const json = path.join(scratchDir(), 'report.json')
    const run = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        '--context',
        path.join(FIXTURES, 'two-stage'),
        '--no-base',
        '--json',
        json
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOCKER_HOST: engine.host } }
    )
    expect(run.stderr).not.toContain('error')
    expect(run.status).toBe(0)
    const busybox = busyboxBytes(engine)
    const rows = run.stdout.split('\n').filter(line => /^(builder|runtime) /.test(line))
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatch(/^runtime\s+\S+ [kM]B\s+\S+ [kM]B\s+3\s+<- target$/)
    const report = JSON.parse(readFileSync(json, 'utf8'))
    expect(report.schemaVersion).toBe(3)
    expect(
      report.stages.map(
        (s: { head: { uncompressedBytes: number } }) => s.head.uncompressedBytes
      )
    ).toEqual([busybox + 500_000, busybox + 400_000])
  })
})

describeOnOneEngine('--max-waste', () => {
  it('fails a target whose layers store deleted bytes past the limit, and passes within it', async () => {
    // The diamond's final stage deletes /base.bin (100,000 B) that a lower layer holds.
    const diamond = path.join(FIXTURES, 'diamond')
    const over = await cli([
      diamond,
      '--no-base',
      '--max-waste',
      '99999B',
      '--files',
      '0'
    ])
    expect(over.code).toBe(2)
    expect(over.err).toContain(
      'stage-size: Image size check failed: final wastes 100,000 B (bytes its layers store but its filesystem does not show), over the max-waste of 99,999 B'
    )
    const within = await cli([diamond, '--no-base', '--max-waste', '100kB'])
    expect(within.code).toBe(0)
  })
})

// The usage does not depend on the engine: once.
it('--help prints the usage', async () => {
  const result = await cli(['--help'])
  expect(result.code).toBe(0)
  expect(result.out).toMatch(/^Usage: stage-size \[options\] \[CONTEXT\]/)
  expect(result.out).toContain('--build-arg K=V')
})

it('--version prints the version package.json gives, and builds nothing', async () => {
  const { version } = JSON.parse(
    readFileSync(path.join(ROOT, 'package.json'), 'utf8')
  ) as { version: string }
  // No engine answers here: reaching one would fail.
  const previous = process.env.DOCKER_HOST
  process.env.DOCKER_HOST = 'unix:///nonexistent.sock'
  try {
    expect(await cli(['--version'])).toEqual({
      code: 0,
      out: `stage-size ${version}\n`,
      err: ''
    })
  } finally {
    process.env.DOCKER_HOST = previous
  }
})
