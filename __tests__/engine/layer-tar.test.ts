import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import tar from 'tar-stream'
import { measureLayerTar } from '../../src/engine/layer-tar.js'

async function layerTar(files: Record<string, number>, padding = 0): Promise<Buffer> {
  const pack = tar.pack()
  for (const [name, size] of Object.entries(files))
    pack.entry({ name }, Buffer.alloc(size, 3))
  pack.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of pack) chunks.push(chunk as Buffer)
  return Buffer.concat([...chunks, Buffer.alloc(padding)])
}

describe('measureLayerTar', () => {
  it.each([0, 9216])(
    "knows the layer's diff ID and tar length (with %d bytes of padding after its end)",
    async padding => {
      const bytes = await layerTar({ a: 100_000, 'dir/b': 7 }, padding)
      const read = await measureLayerTar(
        Readable.from([bytes.subarray(0, 5000), bytes.subarray(5000)])
      )
      await read.entries.discard()
      expect(read.content).toEqual(
        expect.objectContaining({
          fileBytes: 100_007,
          files: 2,
          diffId: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
          tarBytes: bytes.length
        })
      )
    }
  )
})
