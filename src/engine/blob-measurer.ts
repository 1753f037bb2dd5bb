import { Readable, pipeline, type Transform } from 'node:stream'
import zlib from 'node:zlib'
import type { StoredBlob } from '../core/blobs.js'
import { UserError } from '../core/errors.js'
import { measureLayerTar } from './layer-tar.js'

/** Non-layer blobs (configs, attestations) larger than this are counted, not kept. */
export const MAX_KEPT_BLOB = 8 * 1024 * 1024
const SNIFF_BYTES = 512
const INFLATE_CHUNK = 1 << 20

/** What measuring a blob finds: a layer's content, or a small blob kept to be read. */
export type Measured = Omit<StoredBlob, 'digest' | 'size'>

/**
 * Measures a blob whose kind is only known from its first bytes: gzip, zstd or
 * plain tar layers are read through; anything else (an image config) is kept.
 * The caller hashes the blob (to check its digest), so a plain tar layer's
 * diff ID, which is that digest, is left to `withDiffId` rather than hashed twice.
 */
export async function measureBlob(input: Readable): Promise<Measured> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  let head = Buffer.alloc(0)
  let ended = false
  while (head.length < SNIFF_BYTES) {
    const next = await chunks.next()
    if (next.done) {
      ended = true
      break
    }
    head = Buffer.concat([head, next.value])
  }
  const whole = Readable.from(
    (async function* () {
      yield head
      while (!ended) {
        const next = await chunks.next()
        if (next.done) return
        yield next.value
      }
    })(),
    { objectMode: false }
  )
  const tarStream = layerTar(head, whole)
  if (tarStream) {
    const { content, entries } = await measureLayerTar(tarStream, tarStream !== whole)
    return { layer: content, entries }
  }
  const content = await readAll(whole, MAX_KEPT_BLOB)
  return content.length < MAX_KEPT_BLOB ? { content } : {}
}

/** A measured blob, its digest checked: a plain tar layer's diff ID is that digest. */
export function withDiffId(measured: Measured, digest: string): Measured {
  if (!measured.layer || measured.layer.diffId) return measured
  return { ...measured, layer: { ...measured.layer, diffId: digest } }
}

/** The uncompressed tar stream of a layer blob, or null when the blob is not a layer. */
function layerTar(head: Buffer, blob: Readable): Readable | null {
  if (head.length < 4) return null
  // Large output chunks: with zlib's 16 KiB default, handing chunks between
  // threads costs more than inflating them (about 2.7 times the CPU here).
  if (head[0] === 0x1f && head[1] === 0x8b)
    return inflated(blob, zlib.createGunzip({ chunkSize: INFLATE_CHUNK }))
  if (head.readUInt32LE(0) === 0xfd2fb528) return inflated(blob, zstdDecompressor())
  const isTar = head.length >= 512 && head.toString('latin1', 257, 262) === 'ustar'
  const isEmptyTar = head.length >= 512 && head.every(byte => byte === 0)
  return isTar || isEmptyTar ? blob : null
}

/**
 * The blob through a decompressor. A blob cut off mid-way (the engine went
 * away during a push) errors the decompressor, which the tar reader listens
 * to: `pipe` would leave that error unheard, and the process would crash.
 */
function inflated(blob: Readable, decompressor: Transform): Transform {
  pipeline(blob, decompressor, () => {})
  return decompressor
}

function zstdDecompressor(): Transform {
  const create = (
    zlib as unknown as {
      createZstdDecompress?: (options: { chunkSize: number }) => Transform
    }
  ).createZstdDecompress
  if (!create) {
    throw new UserError(
      `an image layer is zstd-compressed; reading it needs Node.js 22.15 or later (this is ${process.version})`
    )
  }
  return create({ chunkSize: INFLATE_CHUNK })
}

/** Reads a stream to its end, keeping at most `limit` bytes. */
export async function readAll(
  stream: AsyncIterable<unknown>,
  limit: number
): Promise<Buffer> {
  const kept: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const buffer = chunk as Buffer
    if (length < limit) kept.push(buffer)
    length += buffer.length
  }
  return Buffer.concat(kept)
}
