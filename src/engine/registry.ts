import { createHash, randomUUID } from 'node:crypto'
import http from 'node:http'
import { closeNow, listening } from './http-listener.js'
import type { PushedContent, StoredBlob, StoredManifest } from '../core/blobs.js'
import type { BlobCache } from './blob-cache.js'
import type { LayerEntry } from '../core/layer-entries.js'
import { KnownBlobs } from './known-blobs.js'
import { MAX_KEPT_BLOB, readAll } from './blob-measurer.js'
import { Upload } from './upload.js'
import { registryError, reply } from './registry-replies.js'

/**
 * A write-only OCI distribution endpoint on 127.0.0.1 that the Docker engine
 * pushes stage images to: the registry protocol only. Nothing is stored: each
 * blob streams into the layer measurer (its compressed size as received, its
 * file bytes by decompressing and reading the tar), so every number is what a
 * real registry would hold, on either image store, and a layer already known
 * (KnownBlobs) is never sent again: the engine asks first, and we say we have it.
 */
export class MeasuringRegistry implements PushedContent {
  private readonly manifests = new Map<string, StoredManifest>()
  private readonly tags = new Map<string, string>()
  private readonly uploads = new Map<string, Upload>()
  private readonly blobs: KnownBlobs
  /** Listeners on other addresses (a Docker bridge's gateway), each for one peer. */
  private readonly others: http.Server[] = []

  private constructor(
    private readonly server: http.Server,
    /** `127.0.0.1:<port>`, the registry part of the image names to push. */
    readonly host: string,
    cache: BlobCache | null
  ) {
    this.blobs = new KnownBlobs(cache)
  }

  /** Starts on a free port; blobs earlier runs measured come from `cache`, and new ones go to it. */
  static async start(cache: BlobCache | null = null): Promise<MeasuringRegistry> {
    const { server, port } = await listening('127.0.0.1')
    const registry = new MeasuringRegistry(server, `127.0.0.1:${port}`, cache)
    server.on('request', (request, response) => registry.serve(request, response))
    return registry
  }

  /**
   * Listens on `address` too (a Docker bridge's gateway, this machine's end
   * of a container's network), answering only `peer` (the builder's container:
   * other containers on the bridge get nothing). Returns `<address>:<port>`.
   */
  async listenOn(address: string, peer: string): Promise<string> {
    const { server, port } = await listening(address)
    this.others.push(server)
    server.on('request', (request, response) => {
      const from = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
      if (from === peer) return this.serve(request, response)
      request.socket.destroy()
    })
    return `${address}:${port}`
  }

  private serve(request: http.IncomingMessage, response: http.ServerResponse): void {
    this.route(request, response).catch(error => {
      if (!response.headersSent) registryError(response, 500, 'UNKNOWN', String(error))
    })
  }

  async close(): Promise<void> {
    this.blobs.settleAll()
    for (const upload of this.uploads.values()) upload.abandon()
    await Promise.all([this.server, ...this.others].map(closeNow))
  }

  manifest(repository: string, reference: string): StoredManifest | undefined {
    const digest = reference.startsWith('sha256:')
      ? reference
      : this.tags.get(`${repository}:${reference}`)
    return digest === undefined ? undefined : this.manifests.get(digest)
  }

  blob(digest: string): StoredBlob | undefined {
    return this.blobs.measured(digest)
  }

  get uploadCount(): number {
    return this.blobs.receivedCount
  }

  /** Layers received and read in this run (the others were known: measured earlier or cached). */
  get layersRead(): number {
    return this.blobs.layersRead
  }

  get layerBytesRead(): number {
    return this.blobs.layerBytesRead
  }

  /** The repositories clients have asked about: a client that did shares this machine's network. */
  private readonly asked = new Set<string>()

  /** Whether a client (an engine, a builder) has asked about `repository`: it reached the registry. */
  reachedFor(repository: string): boolean {
    return this.asked.has(repository)
  }

  /** A blob measured from an archive (the OCI path), as a push would have delivered it. */
  async addBlob(blob: StoredBlob): Promise<void> {
    await this.blobs.add(blob)
  }

  known(digest: string): Promise<StoredBlob | undefined> {
    return this.blobs.known(digest)
  }

  skipped(digest: string): Promise<StoredBlob | undefined> {
    return this.blobs.skipped(digest)
  }

  /** Layers a stored report measured elsewhere: known for this run, not read again. */
  seed(blobs: readonly StoredBlob[]): void {
    this.blobs.seed(blobs)
  }

  /** Every layer the registry would say it has (so an engine need not send it). */
  knownLayers(): Promise<string[]> {
    return this.blobs.layerDigests()
  }

  /** A layer's file list, measured in this run or an earlier one; null when none is kept. */
  async fileList(digest: string): Promise<AsyncIterable<LayerEntry> | null> {
    const blob = await this.blobs.known(digest)
    return (blob && this.blobs.fileList(blob)) ?? this.blobs.importedList(digest)
  }

  /** Keeps a manifest (pushed, or from an archive) by its digest, and under its tag when it has one. */
  addManifest(
    repository: string,
    reference: string,
    mediaType: string,
    body: Buffer
  ): string {
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    this.manifests.set(digest, { digest, mediaType, body })
    if (!reference.startsWith('sha256:'))
      this.tags.set(`${repository}:${reference}`, digest)
    return digest
  }

  private async route(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://registry')
    const path = decodeURIComponent(url.pathname)
    const repository = path.match(/^\/v2\/(.+?)\/(?:blobs|manifests)\//)?.[1]
    if (repository) this.asked.add(repository)
    const method = request.method ?? 'GET'
    let match: RegExpMatchArray | null
    if (path === '/v2/' || path === '/v2') {
      return reply(response, 200, {}, '{}')
    }
    if ((match = path.match(/^\/v2\/(.+)\/blobs\/uploads\/?$/)) && method === 'POST') {
      const mount = url.searchParams.get('mount')
      return this.startUpload(
        match[1],
        mount ? await this.blobs.known(mount) : undefined,
        response
      )
    }
    if ((match = path.match(/^\/v2\/(.+)\/blobs\/uploads\/([\w-]+)$/))) {
      return this.continueUpload(match[1], match[2], method, url, request, response)
    }
    if ((match = path.match(/^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/))) {
      return this.headBlob(await this.blobs.knownOrAwaited(match[2]), method, response)
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
    this.uploads.set(id, new Upload())
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
    await upload.receive(request)
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
    await this.complete(upload, repository, digest, response)
  }

  /** Ends an upload: keeps what was measured, or says why it is refused. */
  private async complete(
    upload: Upload,
    repository: string,
    digest: string,
    response: http.ServerResponse
  ) {
    const finished = await upload.finish(digest)
    if ('blob' in finished) await this.blobs.add(finished.blob)
    this.blobs.settle(digest)
    if (!('blob' in finished))
      return registryError(response, 400, finished.code, finished.message)
    reply(response, 201, {
      Location: `/v2/${repository}/blobs/${digest}`,
      'Docker-Content-Digest': digest
    })
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
    const mediaType = request.headers['content-type'] ?? ''
    const digest = this.addManifest(repository, reference, mediaType, body)
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
