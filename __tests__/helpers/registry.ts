import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface RealRegistry {
  host: string
  /** The layer sizes of a pushed image's manifest, as the registry stores them. */
  layerSizes(repository: string, tag: string): Promise<number[]>
  stop(): Promise<void>
}

export function hasRealRegistry(): boolean {
  return spawnSync('docker-registry', ['--version']).status === 0
}

/** Debian's docker-registry (the CNCF distribution registry) on a free loopback port. */
export async function startRealRegistry(): Promise<RealRegistry> {
  const port = await freePort()
  const dir = await mkdtemp(path.join(tmpdir(), 'stage-size-registry-'))
  const config = path.join(dir, 'config.yml')
  await writeFile(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: 127.0.0.1:${port}\n`
  )
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
  const host = `127.0.0.1:${port}`
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`http://${host}/v2/`).then(
      r => r.ok,
      () => false
    )
    if (ok) break
    if (attempt > 100) throw new Error('docker-registry did not start')
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return {
    host,
    async layerSizes(repository, tag) {
      const manifest = await getManifest(host, repository, tag)
      if (manifest.layers) return manifest.layers.map(layer => layer.size)
      const image = manifest.manifests?.find(entry => entry.platform?.os !== 'unknown')
      if (!image) throw new Error(`${repository}:${tag} has no image manifest`)
      const child = await getManifest(host, repository, image.digest)
      return (child.layers ?? []).map(layer => layer.size)
    },
    async stop() {
      child.kill()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

interface Manifest {
  layers?: { size: number }[]
  manifests?: { digest: string; platform?: { os?: string } }[]
}

async function getManifest(host: string, repository: string, reference: string) {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
    headers: {
      Accept: [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.docker.distribution.manifest.v2+json'
      ].join(', ')
    }
  })
  if (!response.ok)
    throw new Error(`GET manifest ${repository}:${reference}: ${response.status}`)
  return (await response.json()) as Manifest
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject()
      )
    })
  })
}
