import { expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { describeOnStore } from '../helpers/engines.js'
import { makeRepo } from '../helpers/git.js'

jest.setTimeout(180_000)

/**
 * Built for two platforms without emulation: the build stage runs on the
 * build platform and writes a payload whose size depends on TARGETARCH; the
 * product stage is `FROM scratch` and only copies it.
 */
const dockerfile = (amd64: number, arm64: number) =>
  [
    'FROM --platform=$BUILDPLATFORM stage-size-fixture/busybox AS build',
    'ARG TARGETARCH',
    `RUN if [ "$TARGETARCH" = arm64 ]; then head -c ${arm64} /dev/urandom > /payload; else head -c ${amd64} /dev/urandom > /payload; fi`,
    'FROM scratch AS runtime',
    'COPY --from=build /payload /payload',
    ''
  ].join('\n')

const PLATFORMS = 'linux/amd64,linux/arm64'

describeOnStore('containerd', 'several platforms', () => {
  it('measures every platform exactly, and gates each: arm64 grew past its limit', async () => {
    const repo = makeRepo(
      { Dockerfile: dockerfile(2_000_000, 3_000_000) },
      { Dockerfile: dockerfile(2_000_000, 3_600_000) }
    )
    const json = path.join(repo.dir, '..', `${path.basename(repo.dir)}-report.json`)
    const markdown = `${json}.md`
    const result = await cli([
      repo.dir,
      '--platform',
      PLATFORMS,
      '--base',
      'main',
      '--json',
      json,
      '--markdown',
      markdown
    ])
    expect(result.code).toBe(2)
    expect(result.err).toMatch(
      /^stage-size: Image size check failed: runtime \(linux\/arm64\) grew by 600,000 B/m
    )
    const report = JSON.parse(readFileSync(json, 'utf8'))
    expect(report.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    const runtime = report.stages.find(
      (stage: { name: string }) => stage.name === 'runtime'
    )
    const sizes = (side: { platforms: Record<string, { uncompressedBytes: number }> }) =>
      Object.fromEntries(
        Object.entries(side.platforms).map(([p, size]) => [p, size.uncompressedBytes])
      )
    expect(sizes(runtime.head)).toEqual({
      'linux/amd64': 2_000_000,
      'linux/arm64': 3_600_000
    })
    expect(sizes(runtime.base)).toEqual({
      'linux/amd64': 2_000_000,
      'linux/arm64': 3_000_000
    })
    // The stage's own numbers are the first platform's, which did not change.
    expect(runtime.head.uncompressedBytes).toBe(2_000_000)
    expect(runtime.deltaBytes).toBe(0)
    expect(runtime.status).toBe('fail')
    expect(report.verdict).toBe('fail')
    expect(runtime.platformStatus).toEqual({
      'linux/amd64': 'unchanged',
      'linux/arm64': 'fail'
    })
    const comment = readFileSync(markdown, 'utf8').replace(/\u00a0/g, ' ')
    expect(comment).toContain(
      '| runtime by platform | Uncompressed | Compressed | Change (uncompressed) | Status |'
    )
    expect(comment).toMatch(
      /\| `linux\/arm64` \| 3\.00 MB → 3\.60 MB \| .* \| \+600 kB \| ❌ fail \|/
    )
    expect(comment).toMatch(/\| `linux\/amd64` \| 2\.00 MB \| .* \| 0 B \| unchanged \|/)
  })
})

describeOnStore('classic', 'several platforms on the classic image store', () => {
  it('is refused with one line naming the way out', async () => {
    const repo = makeRepo({ Dockerfile: dockerfile(1, 1) }, {})
    const result = await cli([repo.dir, '--platform', PLATFORMS, '--no-base'])
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toEqual([
      'stage-size: error: --platform: the classic image store cannot hold a multi-platform image (linux/amd64, linux/arm64); turn on the containerd image store (Docker Engine 29\'s default; "features": {"containerd-snapshotter": true} in daemon.json), or give one platform'
    ])
  })
})
