import { expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/core/report.js'
import { cli } from '../helpers/cli.js'
import { describeEachEngine, docker } from '../helpers/engines.js'
import { renderGfm } from '../helpers/gfm.js'

jest.setTimeout(120_000)

const BIGGER = 'stage-size-test/bigger-base:1'

/** A repository whose base commit builds FROM busybox and whose head FROM a bigger image, both adding their own layers. */
function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-from-'))
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], {
      cwd: dir
    })
  const write = (from: string, own: number) =>
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      `FROM ${from} AS runtime\nRUN head -c ${own} /dev/urandom > /own.bin\n`
    )
  write('stage-size-fixture/busybox', 100_000)
  git('init', '--quiet', '--initial-branch=main')
  git('add', '--all')
  git('commit', '--quiet', '-m', 'base')
  git('checkout', '--quiet', '-b', 'bump')
  write(BIGGER, 150_000)
  git('commit', '--quiet', '--all', '-m', 'bump the base image')
  return dir
}

/** What `docker buildx build --metadata-file` says an image reference resolved to. */
function resolvedBy(engine: Parameters<typeof docker>[0], image: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-resolve-'))
  writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${image}\nRUN true\n`)
  const file = path.join(dir, 'metadata.json')
  docker(engine, ['buildx', 'build', '--quiet', '--metadata-file', file, dir])
  const materials = JSON.parse(readFileSync(file, 'utf8'))['buildx.build.provenance']
    .materials
  return `sha256:${materials[0].digest.sha256}`
}

describeEachEngine('the FROM image swapped', engine => {
  it("is measured apart from the Dockerfile's own layers, and the comment says so first", async () => {
    docker(
      engine,
      ['build', '--quiet', '-t', BIGGER, '-'],
      'FROM stage-size-fixture/busybox\nRUN head -c 3000000 /dev/urandom > /runtime.bin\n'
    )
    const dir = repository()
    const json = path.join(dir, '..', `${path.basename(dir)}.json`)
    const markdown = path.join(dir, '..', `${path.basename(dir)}.md`)
    const run = await cli([
      dir,
      '--base',
      'main',
      '--json',
      json,
      '--markdown',
      markdown,
      '--threshold',
      '500%'
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report
    const target = report.stages.find(stage => stage.isTarget)!
    const layers = (image: string) =>
      (
        JSON.parse(
          docker(engine, [
            'image',
            'inspect',
            '--format',
            '{{json .RootFS.Layers}}',
            image
          ])
        ) as string[]
      ).length
    expect(target.head!.fromImage).toMatchObject({ name: BIGGER, layers: layers(BIGGER) })
    expect(target.base!.fromImage).toMatchObject({
      name: 'stage-size-fixture/busybox',
      layers: layers('stage-size-fixture/busybox')
    })
    // The digest BuildKit resolved each FROM to, as a plain build of the same FROM records it.
    expect(target.head!.fromImage!.digest).toBe(resolvedBy(engine, BIGGER))
    expect(target.base!.fromImage!.digest).toBe(
      resolvedBy(engine, 'stage-size-fixture/busybox')
    )
    expect(target.head!.fromImage!.digest).not.toBe(target.base!.fromImage!.digest)
    const moved =
      target.head!.fromImage!.uncompressedBytes -
      target.base!.fromImage!.uncompressedBytes
    expect(moved).toBe(3_000_000)
    expect(target.deltaBytes! - moved).toBe(50_000)
    const html = renderGfm(readFileSync(markdown, 'utf8')).replace(/\u00a0/g, ' ')
    expect(html).toContain(
      `<code>${BIGGER}</code> replaced <code>stage-size-fixture/busybox</code>: +3.00 MB; this Dockerfile's layers: +50.0 kB.`
    )
  })
})
