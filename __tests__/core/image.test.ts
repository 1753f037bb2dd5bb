import { describe, expect, it } from '@jest/globals'
import { reportedBlobs, type LayerSize } from '../../src/core/image.js'

const hex = (c: string) => `sha256:${c.repeat(64)}`
const layer = (overrides: Partial<LayerSize>): LayerSize => ({
  digest: hex('a'),
  createdBy: 'RUN x',
  uncompressedBytes: 1000,
  compressedBytes: 400,
  diffId: hex('b'),
  tarBytes: 2048,
  files: 1,
  largestFiles: [{ path: '/x', bytes: 1000 }],
  ...overrides
})
const image = (...layers: LayerSize[]) => ({
  uncompressedBytes: 0,
  compressedBytes: null,
  layers
})

describe('the layers a stored report measured, as known blobs', () => {
  it('a compressed layer by its digest and registry size, with what it holds', () => {
    expect(reportedBlobs([image(layer({}))])).toEqual([
      {
        digest: hex('a'),
        size: 400,
        layer: {
          fileBytes: 1000,
          files: 1,
          largestFiles: [{ path: '/x', bytes: 1000 }],
          diffId: hex('b'),
          tarBytes: 2048
        }
      }
    ])
  })

  it('an uncompressed layer as its tar; a gzip blob of unsaid size only by its diff ID', () => {
    const plain = layer({ digest: hex('b'), compressedBytes: null })
    const unsaid = layer({ digest: hex('c'), compressedBytes: null, diffId: hex('d') })
    expect(reportedBlobs([image(plain, unsaid)]).map(b => [b.digest, b.size])).toEqual([
      [hex('b'), 2048],
      [hex('d'), 2048]
    ])
  })

  it('every platform, and none from a report older than diff IDs', () => {
    const old = layer({ diffId: undefined, tarBytes: undefined })
    const arm = layer({ digest: hex('e') })
    const size = { ...image(old), platforms: { 'linux/arm64': image(arm) } }
    expect(reportedBlobs([size]).map(b => b.digest)).toEqual([hex('e')])
  })
})
