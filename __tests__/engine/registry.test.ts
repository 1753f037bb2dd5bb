import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { gzipSync, gunzipSync } from 'node:zlib'
import tar from 'tar-stream'
import { describePushedImage, instructionText } from '../../src/core/image.js'
import { MeasuringRegistry } from '../../src/engine/registry.js'

/** A layer tar holding the given files (path -> size), plus a directory, a symlink and a hard link. */
async function layerTar(files: Record<string, number>): Promise<Buffer> {
  const pack = tar.pack()
  pack.entry({ name: 'dir/', type: 'directory' })
  for (const [name, size] of Object.entries(files))
    pack.entry({ name }, Buffer.alloc(size, 7))
  pack.entry({ name: 'link', type: 'symlink', linkname: 'dir' })
  const first = Object.keys(files)[0]
  if (first) pack.entry({ name: 'hardlink', type: 'link', linkname: first })
  pack.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of pack) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const digestOf = (bytes: Buffer) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`

describe('MeasuringRegistry', () => {
  let registry: MeasuringRegistry
  let base: string
  beforeEach(async () => {
    registry = await MeasuringRegistry.start()
    base = `http://${registry.host}`
  })
  afterEach(() => registry.close())

  /** Pushes a blob the way dockerd does: POST, one streaming PATCH, then PUT ?digest=. */
  async function pushChunked(repository: string, blob: Buffer): Promise<string> {
    const digest = digestOf(blob)
    const start = await fetch(`${base}/v2/${repository}/blobs/uploads/`, {
      method: 'POST'
    })
    expect(start.status).toBe(202)
    const location = start.headers.get('location')!
    const patch = await fetch(`${base}${location}`, { method: 'PATCH', body: blob })
    expect(patch.status).toBe(202)
    expect(patch.headers.get('range')).toBe(`0-${blob.length - 1}`)
    const put = await fetch(`${base}${location}?digest=${encodeURIComponent(digest)}`, {
      method: 'PUT'
    })
    expect(put.status).toBe(201)
    return digest
  }

  /** Pushes a blob the way containerd does: POST, then one PUT with the body. */
  async function pushMonolithic(repository: string, blob: Buffer): Promise<string> {
    const digest = digestOf(blob)
    const start = await fetch(`${base}/v2/${repository}/blobs/uploads/`, {
      method: 'POST'
    })
    const location = start.headers.get('location')!
    const put = await fetch(`${base}${location}?digest=${encodeURIComponent(digest)}`, {
      method: 'PUT',
      body: blob
    })
    expect(put.status).toBe(201)
    return digest
  }

  async function putManifest(
    repository: string,
    reference: string,
    manifest: object,
    mediaType: string
  ) {
    const body = Buffer.from(JSON.stringify(manifest))
    const response = await fetch(`${base}/v2/${repository}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'Content-Type': mediaType },
      body
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('docker-content-digest')).toBe(digestOf(body))
    return { digest: digestOf(body), size: body.length }
  }

  it('measures gzip and plain tar layers as they stream in, and sizes the image from its manifest', async () => {
    const gzipped = gzipSync(await layerTar({ 'app/a.bin': 3000, 'app/b.bin': 500 }))
    const plain = await layerTar({ 'etc/conf': 42 })
    const config = Buffer.from(
      JSON.stringify({
        history: [
          { created_by: 'COPY . /app # buildkit' },
          { created_by: 'ENV A=b', empty_layer: true },
          { created_by: '/bin/sh -c echo 42 > /etc/conf' }
        ]
      })
    )
    const layer1 = await pushChunked('repo', gzipped)
    const layer2 = await pushMonolithic('repo', plain)
    const configDigest = await pushMonolithic('repo', config)
    await putManifest(
      'repo',
      'app',
      {
        schemaVersion: 2,
        config: { digest: configDigest, size: config.length },
        layers: [
          { digest: layer1, size: gzipped.length },
          { digest: layer2, size: plain.length }
        ]
      },
      'application/vnd.oci.image.manifest.v1+json'
    )

    const image = describePushedImage(registry, 'repo', 'app')
    expect(image.layers).toEqual([
      {
        digest: layer1,
        createdBy: 'COPY . /app',
        uncompressedBytes: 3500,
        compressedBytes: gzipped.length,
        diffId: digestOf(gunzipSync(gzipped)),
        tarBytes: gunzipSync(gzipped).length,
        files: 2,
        largestFiles: [
          { path: '/app/a.bin', bytes: 3000 },
          { path: '/app/b.bin', bytes: 500 }
        ]
      },
      {
        digest: layer2,
        createdBy: 'RUN echo 42 > /etc/conf',
        uncompressedBytes: 42,
        compressedBytes: plain.length,
        diffId: layer2,
        tarBytes: plain.length,
        files: 1,
        largestFiles: [{ path: '/etc/conf', bytes: 42 }]
      }
    ])
    expect(image.uncompressedBytes).toBe(3542)
    expect(image.compressedBytes).toBe(gzipped.length + plain.length)
  })

  it('listens on another address for one peer only (a bridge gateway, for the builder container)', async () => {
    const [other] = (await registry.listenOn('127.0.0.1', '127.0.0.1'))
      .split(':')
      .slice(-1)
    expect((await fetch(`http://127.0.0.1:${other}/v2/`)).status).toBe(200)
    const closed = await registry.listenOn('127.0.0.1', '192.0.2.99')
    await expect(fetch(`http://${closed}/v2/`)).rejects.toThrow()
    // The same registry behind both: what one listener took, the other knows.
    await fetch(
      `http://127.0.0.1:${other}/v2/reached-here/blobs/sha256:${'0'.repeat(64)}`,
      {
        method: 'HEAD'
      }
    )
    expect(registry.reachedFor('reached-here')).toBe(true)
  })

  it('answers that it has a blob once measured, so the engine sends it only once', async () => {
    const blob = gzipSync(await layerTar({ f: 10 }))
    const digest = digestOf(blob)
    expect((await fetch(`${base}/v2/r/blobs/${digest}`, { method: 'HEAD' })).status).toBe(
      404
    )
    await pushChunked('r', blob)
    const head = await fetch(`${base}/v2/r/blobs/${digest}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(blob.length))
    const mount = await fetch(`${base}/v2/other/blobs/uploads/?mount=${digest}&from=r`, {
      method: 'POST'
    })
    expect(mount.status).toBe(201)
  })

  it('knows a gzip layer by its diff ID too: the same layer exported uncompressed is not sent again', async () => {
    const tar = await layerTar({ twin: 12 })
    await pushChunked('r', gzipSync(tar))
    const twin = await fetch(`${base}/v2/r/blobs/${digestOf(tar)}`, { method: 'HEAD' })
    expect(twin.status).toBe(200)
    expect(twin.headers.get('content-length')).toBe(String(tar.length))
    expect(await registry.knownLayers()).toContain(digestOf(tar))
  })

  it('makes a second asker wait while a blob is being sent, so it is sent once', async () => {
    const blob = gzipSync(await layerTar({ f: 10 }))
    const digest = digestOf(blob)
    expect((await fetch(`${base}/v2/r/blobs/${digest}`, { method: 'HEAD' })).status).toBe(
      404
    )
    let answered = false
    const second = fetch(`${base}/v2/other/blobs/${digest}`, { method: 'HEAD' }).then(
      response => {
        answered = true
        return response.status
      }
    )
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(answered).toBe(false)
    await pushMonolithic('r', blob)
    expect(await second).toBe(200)
    expect(registry.layersRead).toBe(1)
  })

  it('picks the image manifest out of an index, past attestation manifests', async () => {
    const layer = gzipSync(await layerTar({ 'x.bin': 99 }))
    const layerDigest = await pushChunked('r', layer)
    const config = Buffer.from(
      JSON.stringify({ history: [{ created_by: 'COPY x.bin / # buildkit' }] })
    )
    const configDigest = await pushMonolithic('r', config)
    const image = await putManifest(
      'r',
      'ignored-tag',
      {
        config: { digest: configDigest },
        layers: [{ digest: layerDigest, size: layer.length }]
      },
      'application/vnd.oci.image.manifest.v1+json'
    )
    await putManifest(
      'r',
      'stage',
      {
        manifests: [
          {
            digest: 'sha256:' + 'a'.repeat(64),
            platform: { os: 'unknown', architecture: 'unknown' }
          },
          { ...image, platform: { os: 'linux', architecture: 'amd64' } }
        ]
      },
      'application/vnd.oci.image.index.v1+json'
    )
    expect(describePushedImage(registry, 'r', 'stage').uncompressedBytes).toBe(99)
    const manifest = await fetch(`${base}/v2/r/manifests/stage`)
    expect(manifest.status).toBe(200)
    expect(manifest.headers.get('content-type')).toBe(
      'application/vnd.oci.image.index.v1+json'
    )
  })

  it('refuses bytes that do not match the digest they are sent under (DIGEST_INVALID)', async () => {
    const layer = gzipSync(await layerTar({ f: 10_000 }))
    const claimed = digestOf(gzipSync(await layerTar({ f: 20_000 })))
    const start = await fetch(`${base}/v2/r/blobs/uploads/`, { method: 'POST' })
    const location = start.headers.get('location')!
    const put = await fetch(`${base}${location}?digest=${encodeURIComponent(claimed)}`, {
      method: 'PUT',
      body: layer
    })
    expect(put.status).toBe(400)
    expect(await put.json()).toEqual({
      errors: [expect.objectContaining({ code: 'DIGEST_INVALID' })]
    })
    expect(registry.blob(claimed)).toBeUndefined()
    const head = await fetch(`${base}/v2/r/blobs/${claimed}`, { method: 'HEAD' })
    expect(head.status).toBe(404)
  })

  it('refuses a corrupt gzip layer instead of measuring it wrongly', async () => {
    const corrupt = Buffer.concat([
      gzipSync(await layerTar({ f: 10_000 })).subarray(0, 40),
      Buffer.alloc(600, 1)
    ])
    const start = await fetch(`${base}/v2/r/blobs/uploads/`, { method: 'POST' })
    const location = start.headers.get('location')!
    const put = await fetch(
      `${base}${location}?digest=${encodeURIComponent(digestOf(corrupt))}`,
      {
        method: 'PUT',
        body: corrupt
      }
    )
    expect(put.status).toBe(400)
    expect(registry.blob(digestOf(corrupt))).toBeUndefined()
  })

  it('closes cleanly while a layer is half sent (the engine went away mid-push)', async () => {
    const uncaught: unknown[] = []
    const record = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', record)
    try {
      const layer = gzipSync(await layerTar({ big: 4_000_000 }), { level: 0 })
      const start = await fetch(`${base}/v2/r/blobs/uploads/`, { method: 'POST' })
      const location = start.headers.get('location')!
      const sending = new AbortController()
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(layer.subarray(0, 1_000_000))
        }
      })
      const patch = fetch(`${base}${location}`, {
        method: 'PATCH',
        body,
        duplex: 'half',
        signal: sending.signal
      } as RequestInit).catch(() => undefined)
      await new Promise(resolve => setTimeout(resolve, 200))
      sending.abort()
      await registry.close()
      await patch
      await new Promise(resolve => setTimeout(resolve, 200))
      expect(uncaught).toEqual([])
    } finally {
      process.off('uncaughtException', record)
    }
  })
})

describe('instructionText', () => {
  it.each([
    ['RUN /bin/sh -c make # buildkit', 'RUN /bin/sh -c make'],
    ['COPY /out/app /app # buildkit', 'COPY /out/app /app'],
    [
      '/bin/sh -c #(nop) COPY file:0a1b in /bin/busybox ',
      'COPY file:0a1b in /bin/busybox'
    ],
    ['/bin/sh -c #(nop)  ENV PATH=/bin', 'ENV PATH=/bin'],
    ['/bin/sh -c head -c 10 /dev/urandom > /x', 'RUN head -c 10 /dev/urandom > /x'],
    ['ADD alpine-minirootfs.tar.gz / # buildkit', 'ADD alpine-minirootfs.tar.gz /']
  ])('%p reads as %p', (createdBy, text) => {
    expect(instructionText(createdBy)).toBe(text)
  })
})
