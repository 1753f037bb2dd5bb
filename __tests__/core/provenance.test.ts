import { describe, expect, it } from '@jest/globals'
import { resolvedDigest } from '../../src/core/provenance.js'

const sha = (c: string) => c.repeat(64)

/** A target's metadata as buildx writes it, with these materials. */
function metadata(...materials: [uri: string, sha256: string][]) {
  return {
    'buildx.build.provenance': {
      buildType: 'https://mobyproject.org/buildkit@v1',
      materials: materials.map(([uri, sha256]) => ({ uri, digest: { sha256 } }))
    },
    'containerimage.digest': `sha256:${sha('0')}`
  }
}

describe("the FROM image's digest, from the build's provenance", () => {
  it('matches the reference as BuildKit names it: familiar name, tag (latest by default), platform left aside', () => {
    const built = metadata(
      ['pkg:docker/golang@1.23?platform=linux%2Famd64', sha('a')],
      ['pkg:docker/node@22-slim?platform=linux%2Famd64', sha('b')],
      ['pkg:docker/stage-size-fixture/busybox@latest?platform=linux%2Famd64', sha('c')],
      ['pkg:docker/localhost%3A5000/team/base@2?platform=linux%2Farm64', sha('d')]
    )
    expect(resolvedDigest('node:22-slim', built)).toBe(`sha256:${sha('b')}`)
    expect(resolvedDigest('docker.io/library/node:22-slim', built)).toBe(
      `sha256:${sha('b')}`
    )
    expect(resolvedDigest('stage-size-fixture/busybox', built)).toBe(`sha256:${sha('c')}`)
    expect(resolvedDigest('localhost:5000/team/base:2', built)).toBe(`sha256:${sha('d')}`)
    expect(resolvedDigest('node:24-slim', built)).toBeNull()
  })

  it('matches a reference pinned by digest by its digest qualifier', () => {
    const pinned = `sha256:${sha('e')}`
    const built = metadata([
      `pkg:docker/node@22?digest=sha256%3A${sha('e')}&platform=linux%2Famd64`,
      sha('e')
    ])
    expect(resolvedDigest(`node:22@${pinned}`, built)).toBe(pinned)
  })

  it('says nothing without provenance, or when it holds something else', () => {
    expect(resolvedDigest('node:22', {})).toBeNull()
    expect(resolvedDigest('node:22', null)).toBeNull()
    expect(
      resolvedDigest('node:22', metadata(['pkg:docker/node@22', 'not-a-digest']))
    ).toBeNull()
    expect(
      resolvedDigest('node:22', { 'buildx.build.provenance': { materials: 'x' } })
    ).toBeNull()
  })
})
