import { createHash, type Hash } from 'node:crypto'
import type http from 'node:http'
import { PassThrough } from 'node:stream'
import type { StoredBlob } from '../core/blobs.js'
import { measureBlob, withDiffId, type Measured } from './blob-measurer.js'

/** Why a finished upload is refused, as the registry protocol names it. */
export interface UploadProblem {
  code: 'DIGEST_INVALID' | 'BLOB_UPLOAD_INVALID'
  message: string
}

/**
 * One blob being pushed: its bytes stream into the layer measurer as they
 * arrive (nothing is stored), counted and hashed, so that the digest the
 * client completes it with can be checked.
 */
export class Upload {
  private readonly input = new PassThrough({ highWaterMark: 1 << 20 })
  private readonly hash: Hash = createHash('sha256')
  private readonly measured: Promise<Measured>
  received = 0

  constructor() {
    this.measured = measureBlob(this.input)
    this.measured.catch(() => undefined) // reported when the upload completes
  }

  /** Feeds one request's body in, keeping the upload open. */
  async receive(request: http.IncomingMessage): Promise<void> {
    for await (const chunk of request) {
      const buffer = chunk as Buffer
      this.received += buffer.length
      this.hash.update(buffer)
      if (!this.input.write(buffer)) {
        await new Promise(resolve => this.input.once('drain', resolve))
      }
    }
  }

  /** Ends the upload: the blob as measured, or why it is refused. */
  async finish(digest: string): Promise<{ blob: StoredBlob } | UploadProblem> {
    this.input.end()
    const received = `sha256:${this.hash.digest('hex')}`
    if (received !== digest) {
      // As a registry does: bytes that are not what the digest names are never stored.
      await this.measured.then(
        measured => measured.entries?.discard(),
        () => undefined
      )
      return {
        code: 'DIGEST_INVALID',
        message: `the upload's content has digest ${received}, not ${digest}`
      }
    }
    try {
      return {
        blob: { digest, size: this.received, ...withDiffId(await this.measured, digest) }
      }
    } catch (error) {
      return { code: 'BLOB_UPLOAD_INVALID', message: `${digest}: ${String(error)}` }
    }
  }

  /** Abandons the upload (the registry is closing). */
  abandon(): void {
    this.input.destroy()
  }
}
