import { createHash, randomUUID, type Hash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { PassThrough, Readable, type Transform } from 'node:stream'
import zlib from 'node:zlib'
import type { BlobCache } from './blob-cache.js'
import { UserError } from '../core/errors.js'
import type { PushedContent, StoredBlob, StoredManifest } from '../core/blobs.js'
import { measureLayerTar } from './layers.js'

/** Non-layer blobs (configs, attestations) larger than this are counted, not kept. */
const MAX_KEPT_BLOB = 8 * 1024 * 1024
const SNIFF_BYTES = 512
const INFLATE_CHUNK = 1 << 20
/** How long a question about a blob being sent waits for it. */
const ANNOUNCED_WAIT_MS = 120_000

interface Upload {
  input: PassThrough
  received: number
  /** The digest of the bytes received, checked against the one the client completes the upload with. */
  hash: Hash
  measured: Promise<Omit<StoredBlob, 'digest' | 'size'>>
}

/**
 * A write-only OCI distribution endpoint on 127.0.0.1 that the Docker engine
 * pushes stage images to. Nothing is stored: each layer is measured as it
 * streams in (its compressed size as received, its file bytes by decompressing
 * and reading the tar), so every number is what a real registry would hold, on
 * either image store, and a layer already measured in this run is never sent
 * again (the engine asks first, and we answer that we have it).
 */
export class MeasuringRegistry implements PushedContent {
  private readonly blobs = new Map<string, StoredBlob>()
  private readonly manifests = new Map<string, StoredManifest>()
  private readonly tags = new Map<string, string>()
  private readonly uploads = new Map<string, Upload>()
  /** Blobs a client was told are missing, so is sending: other askers wait for them. */
  private readonly announced = new Map<
    string,
    { arrived: Promise<void>; arrive: () => void; timer: NodeJS.Timeout }
  >()
  /** Blobs received in full: each is read once per run, however many images share it. */
  private completedUploads = 0
  private layerUploads = 0

  private constructor(
    private readonly server: http.Server,
    /** `127.0.0.1:<port>`, the registry part of the image names to push. */
    readonly host: string,
    private readonly cache: BlobCache | null
  ) {}

  /** Starts on a free port; blobs earlier runs measured come from `cache`, and new ones go to it. */
  static async start(cache: BlobCache | null = null): Promise<MeasuringRegistry> {
    const server = http.createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', resolve)
    })
    const { port } = server.address() as AddressInfo
    const registry = new MeasuringRegistry(server, `127.0.0.1:${port}`, cache)
    server.on('request', (request, response) => {
      registry.route(request, response).catch(error => {
        if (!response.headersSent) registryError(response, 500, 'UNKNOWN', String(error))
      })
    })
    return registry
  }

  async close(): Promise<void> {
    for (const digest of [...this.announced.keys()]) this.settleAnnounced(digest)
    for (const upload of this.uploads.values()) upload.input.destroy()
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  manifest(repository: string, reference: string): StoredManifest | undefined {
    const digest = reference.startsWith('sha256:')
      ? reference
      : this.tags.get(`${repository}:${reference}`)
    return digest === undefined ? undefined : this.manifests.get(digest)
  }

  blob(digest: string): StoredBlob | undefined {
    return this.blobs.get(digest)
  }

  get uploadCount(): number {
    return this.completedUploads
  }

  /** Layers received and read in this run (the others were known: measured earlier or cached). */
  get layersRead(): number {
    return this.layerUploads
  }

  /**
   * A blob measured in this run or an earlier one; when another client was
   * just told it is missing (and is sending it), the answer waits for that
   * upload, so that two concurrent pushes of images sharing a layer (BuildKit
   * pushes its targets side by side) send it once.
   */
  private async knownOrAwaited(digest: string): Promise<StoredBlob | undefined> {
    const known = await this.known(digest)
    if (known) return known
    const sending = this.announced.get(digest)
    if (sending) {
      await sending.arrived
      return this.known(digest)
    }
    let arrive = () => {}
    const arrived = new Promise<void>(resolve => (arrive = resolve))
    // The client may send the blob under another digest, or not at all: do not wait for ever.
    const timer = setTimeout(
      () => this.settleAnnounced(digest),
      ANNOUNCED_WAIT_MS
    ).unref()
    this.announced.set(digest, { arrived, arrive, timer })
    return undefined
  }

  private settleAnnounced(digest: string): void {
    const sending = this.announced.get(digest)
    if (!sending) return
    clearTimeout(sending.timer)
    this.announced.delete(digest)
    sending.arrive()
  }

  /** A blob measured in this run or an earlier one. */
  private async known(digest: string): Promise<StoredBlob | undefined> {
    const measured = this.blobs.get(digest)
    if (measured || !this.cache) return measured
    const cached = await this.cache.get(digest)
    if (cached) this.blobs.set(digest, cached)
    return cached
  }

  private async route(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://registry')
    const path = decodeURIComponent(url.pathname)
    const method = request.method ?? 'GET'
    let match: RegExpMatchArray | null
    if (path === '/v2/' || path === '/v2') {
      return reply(response, 200, {}, '{}')
    }
    if ((match = path.match(/^\/v2\/(.+)\/blobs\/uploads\/?$/)) && method === 'POST') {
      const mount = url.searchParams.get('mount')
      return this.startUpload(
        match[1],
        mount ? await this.known(mount) : undefined,
        response
      )
    }
    if ((match = path.match(/^\/v2\/(.+)\/blobs\/uploads\/([\w-]+)$/))) {
      return this.continueUpload(match[1], match[2], method, url, request, response)
    }
    if ((match = path.match(/^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/))) {
      return this.headBlob(await this.knownOrAwaited(match[2]), method, response)
    }
    if ((match = path.match(/^\/v2\/(.+)\/manifests\/([^/]+)$/))) {
      if (method === 'PUT') return this.putManifest(match[1], match[2], request, response)
      return this.getManifest(match[1], match[2], method, response)
    }
    request.resume()
    registryError(response, 404, 'UNSUPPORTED', `${method} ${path} is not served here`)
  }

  private startUpload(
    repository: string,
    mounted: StoredBlob | undefined,
    response: http.ServerResponse
  ) {
    if (mounted) {
      return reply(response, 201, {
        Location: `/v2/${repository}/blobs/${mounted.digest}`,
        'Docker-Content-Digest': mounted.digest
      })
    }
    const id = randomUUID()
    const input = new PassThrough({ highWaterMark: 1 << 20 })
    const measured = measureBlob(input)
    measured.catch(() => undefined) // reported when the upload completes
    this.uploads.set(id, { input, received: 0, hash: createHash('sha256'), measured })
    reply(response, 202, {
      Location: `/v2/${repository}/blobs/uploads/${id}`,
      Range: '0-0',
      'Docker-Upload-UUID': id
    })
  }

  private async continueUpload(
    repository: string,
    id: string,
    method: string,
    url: URL,
    request: http.IncomingMessage,
    response: http.ServerResponse
  ) {
    const upload = this.uploads.get(id)
    if (!upload) {
      request.resume()
      return registryError(response, 404, 'BLOB_UPLOAD_UNKNOWN', `no upload ${id}`)
    }
    await receiveInto(upload, request)
    if (method === 'PATCH') {
      return reply(response, 202, {
        Location: `/v2/${repository}/blobs/uploads/${id}`,
        Range: `0-${Math.max(upload.received - 1, 0)}`,
        'Docker-Upload-UUID': id
      })
    }
    const digest = url.searchParams.get('digest')
    if (method !== 'PUT' || !digest) {
      return registryError(
        response,
        400,
        'DIGEST_INVALID',
        'a PUT with ?digest= completes an upload'
      )
    }
    this.uploads.delete(id)
    const problem = await this.complete(upload, digest)
    this.settleAnnounced(digest)
    if (problem) return registryError(response, 400, problem.code, problem.message)
    reply(response, 201, {
      Location: `/v2/${repository}/blobs/${digest}`,
      'Docker-Content-Digest': digest
    })
  }

  /** Ends an upload: keeps what was measured, or says why it is refused. */
  private async complete(
    upload: Upload,
    digest: string
  ): Promise<{ code: string; message: string } | null> {
    upload.input.end()
    const received = `sha256:${upload.hash.digest('hex')}`
    if (received !== digest) {
      // As a registry does: bytes that are not what the digest names are never stored.
      return {
        code: 'DIGEST_INVALID',
        message: `the upload's content has digest ${received}, not ${digest}`
      }
    }
    try {
      const blob = { digest, size: upload.received, ...(await upload.measured) }
      this.blobs.set(digest, blob)
      this.completedUploads++
      if (blob.layer) this.layerUploads++
      await this.cache?.put(blob)
      return null
    } catch (error) {
      return { code: 'BLOB_UPLOAD_INVALID', message: `${digest}: ${String(error)}` }
    }
  }

  private headBlob(
    blob: StoredBlob | undefined,
    method: string,
    response: http.ServerResponse
  ) {
    if (!blob) return registryError(response, 404, 'BLOB_UNKNOWN', 'unknown blob')
    const headers = {
      'Docker-Content-Digest': blob.digest,
      'Content-Length': String(blob.size)
    }
    // Only kept blobs can be read back; the engine only asks whether a blob exists.
    if (method === 'GET' && blob.content)
      return reply(response, 200, headers, blob.content)
    reply(response, method === 'HEAD' ? 200 : 404, headers)
  }

  private async putManifest(
    repository: string,
    reference: string,
    request: http.IncomingMessage,
    response: http.ServerResponse
  ) {
    const body = await readAll(request, MAX_KEPT_BLOB)
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    const mediaType = request.headers['content-type'] ?? ''
    this.manifests.set(digest, { digest, mediaType, body })
    if (!reference.startsWith('sha256:'))
      this.tags.set(`${repository}:${reference}`, digest)
    reply(response, 201, {
      Location: `/v2/${repository}/manifests/${digest}`,
      'Docker-Content-Digest': digest
    })
  }

  private getManifest(
    repository: string,
    reference: string,
    method: string,
    response: http.ServerResponse
  ) {
    const manifest = this.manifest(repository, reference)
    if (!manifest) return registryError(response, 404, 'MANIFEST_UNKNOWN', reference)
    const headers = {
      'Content-Type': manifest.mediaType,
      'Docker-Content-Digest': manifest.digest,
      'Content-Length': String(manifest.body.length)
    }
    reply(response, 200, headers, method === 'HEAD' ? undefined : manifest.body)
  }
}

/** Feeds one request's body into an upload, counting bytes, keeping the upload open. */
async function receiveInto(upload: Upload, request: http.IncomingMessage): Promise<void> {
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    upload.received += buffer.length
    upload.hash.update(buffer)
    if (!upload.input.write(buffer)) {
      await new Promise(resolve => upload.input.once('drain', resolve))
    }
  }
}

/**
 * Measures a blob whose kind is only known from its first bytes: gzip, zstd or
 * plain tar layers are read through; anything else (an image config) is kept.
 */
async function measureBlob(
  input: Readable
): Promise<Omit<StoredBlob, 'digest' | 'size'>> {
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
  if (tarStream) return { layer: await measureLayerTar(tarStream) }
  const content = await readAll(whole, MAX_KEPT_BLOB)
  return content.length < MAX_KEPT_BLOB ? { content } : {}
}

/** The uncompressed tar stream of a layer blob, or null when the blob is not a layer. */
function layerTar(head: Buffer, blob: Readable): Readable | null {
  if (head.length < 4) return null
  // Large output chunks: with zlib's 16 KiB default, handing chunks between
  // threads costs more than inflating them (about 2.7 times the CPU here).
  if (head[0] === 0x1f && head[1] === 0x8b)
    return blob.pipe(zlib.createGunzip({ chunkSize: INFLATE_CHUNK }))
  if (head.readUInt32LE(0) === 0xfd2fb528) return blob.pipe(zstdDecompressor())
  const isTar = head.length >= 512 && head.toString('latin1', 257, 262) === 'ustar'
  const isEmptyTar = head.length >= 512 && head.every(byte => byte === 0)
  return isTar || isEmptyTar ? blob : null
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
async function readAll(stream: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const kept: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const buffer = chunk as Buffer
    if (length < limit) kept.push(buffer)
    length += buffer.length
  }
  return Buffer.concat(kept)
}

function reply(
  response: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Buffer
) {
  response.writeHead(status, {
    'Docker-Distribution-API-Version': 'registry/2.0',
    ...(body === undefined && !('Content-Length' in headers)
      ? { 'Content-Length': '0' }
      : {}),
    ...headers
  })
  response.end(body)
}

function registryError(
  response: http.ServerResponse,
  status: number,
  code: string,
  message: string
) {
  reply(
    response,
    status,
    { 'Content-Type': 'application/json' },
    JSON.stringify({ errors: [{ code, message }] })
  )
}
