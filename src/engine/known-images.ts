import type { MeasuringRegistry } from './registry.js'

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const CONFIG = 'application/vnd.oci.image.config.v1+json'
const LAYER = 'application/vnd.oci.image.layer.v1.tar'

/** An image in the engine's store, as `docker image inspect` names it: its config's digest and its layers' diff IDs. */
export interface StoredImage {
  id: string
  diffIds: string[]
}

/**
 * Describes an image without reading it, when its config and every layer
 * were measured before (an earlier run's save or push): the manifest a save
 * would have given, its layers uncompressed and named by their diff IDs.
 * False when anything is unknown, and the image must be read.
 */
export async function describeKnownImage(
  registry: MeasuringRegistry,
  repository: string,
  tag: string,
  image: StoredImage
): Promise<boolean> {
  const config = await registry.known(image.id)
  if (!config?.content) return false
  const layers = []
  for (const diffId of image.diffIds) {
    const layer = await registry.skipped(diffId)
    if (!layer?.layer) return false
    layers.push({ mediaType: LAYER, digest: diffId, size: layer.layer.tarBytes })
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: MANIFEST,
    config: { mediaType: CONFIG, digest: image.id, size: config.size },
    layers
  }
  registry.addManifest(repository, tag, MANIFEST, Buffer.from(JSON.stringify(manifest)))
  return true
}
