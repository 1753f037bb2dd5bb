import type { FileSize, PushedContent, StoredBlob, StoredManifest } from './blobs.js'
import type { WastedFile } from './final-filesystem.js'

export interface LayerSize {
  /** The layer blob's digest as pushed (it differs between image stores; the content does not). */
  digest: string
  /** The Dockerfile instruction that made the layer, from the image history. */
  createdBy: string
  uncompressedBytes: number
  /**
   * The blob's size as a registry stores it (gzip as the engine pushes it);
   * null for a stage whose compressed size was not asked for (`compressed`),
   * exported uncompressed so that measuring it costs no compression.
   */
  compressedBytes: number | null
  /** The digest of the layer's uncompressed tar (its diff ID), and the tar's bytes. */
  diffId?: string
  tarBytes?: number
  /** The Dockerfile line (from 1) of the instruction that made it; absent for a layer of the FROM image. */
  line?: number
  files: number
  largestFiles: FileSize[]
}

/** One platform's image. */
export interface PlatformSize {
  uncompressedBytes: number
  /** Null when the stage's compressed size was not asked for (see LayerSize). */
  compressedBytes: number | null
  layers: LayerSize[]
  /** Bytes the layers store that the final filesystem does not show (absent when not known). */
  wastedBytes?: number
  /** The largest wasted copies, largest first. */
  wasted?: WastedFile[]
}

/** An image: with several platforms, the first listed one's sizes, and each platform's in `platforms`. */
/**
 * The image at the root of a stage's FROM chain, as it sits at the bottom of
 * the stage's image: the layers below the first one a Dockerfile instruction
 * made.
 */
export interface FromImage {
  /** As the Dockerfile writes it, global ARGs expanded. */
  name: string
  /**
   * What BuildKit resolved the name to (the image's manifest or index digest,
   * from the build's provenance); null when the build did not say (the
   * classic builder, provenance turned off); absent in reports before it.
   */
  digest?: string | null
  layers: number
  uncompressedBytes: number
  compressedBytes: number | null
}

export interface ImageSize extends PlatformSize {
  platforms?: Record<string, PlatformSize>
  /** Absent when unknown (a report from before it, or no layer matched an instruction). */
  fromImage?: FromImage
}

interface Descriptor {
  digest: string
  size: number
  mediaType?: string
  platform?: { os?: string; architecture?: string; variant?: string }
}

interface ImageConfig {
  history?: { created_by?: string; empty_layer?: boolean }[]
}

/**
 * Sizes one pushed image: its layers (the manifest's blob sizes, the file bytes
 * measured while they streamed in) each with the instruction that made it.
 */
export function describePushedImage(
  pushed: PushedContent,
  repository: string,
  tag: string,
  platform?: string,
  /** False for a stage exported uncompressed: its blobs' sizes are no registry's. */
  compressed = true
): ImageSize {
  const manifest = imageManifest(pushed, repository, tag, platform)
  const layers: Descriptor[] = manifest.layers ?? []
  const config = readConfig(pushed, manifest.config.digest)
  const instructions = layerInstructions(config, layers.length)
  const sizes = layers.map((descriptor, index): LayerSize => {
    const content = pushed.blob(descriptor.digest)?.layer
    if (!content) throw new Error(`layer ${descriptor.digest} of ${tag} was not measured`)
    return {
      digest: descriptor.digest,
      createdBy: instructions[index],
      uncompressedBytes: content.fileBytes,
      compressedBytes: compressed ? descriptor.size : null,
      diffId: content.diffId,
      tarBytes: content.tarBytes,
      files: content.files,
      largestFiles: content.largestFiles
    }
  })
  return {
    uncompressedBytes: sum(sizes.map(layer => layer.uncompressedBytes)),
    compressedBytes: compressed
      ? sum(sizes.map(layer => layer.compressedBytes ?? 0))
      : null,
    layers: sizes
  }
}

/**
 * Sizes a pushed image for each platform asked for: the first platform's
 * sizes, and with several, every platform's under `platforms`.
 */
export function describePlatforms(
  pushed: PushedContent,
  repository: string,
  tag: string,
  platforms: readonly string[],
  compressed = true
): ImageSize {
  const [first, ...others] = platforms
  const describe = (platform?: string) =>
    describePushedImage(pushed, repository, tag, platform, compressed)
  const image: ImageSize = describe(first)
  if (others.length === 0) return image
  return {
    ...image,
    platforms: Object.fromEntries(
      platforms.map(platform => [
        platform,
        platform === first ? image : describe(platform)
      ])
    )
  }
}

/** The image manifest for a tag, choosing the platform's entry when the tag is an index. */
function imageManifest(
  pushed: PushedContent,
  repository: string,
  tag: string,
  platform?: string
): { config: Descriptor; layers?: Descriptor[] } {
  const stored = pushed.manifest(repository, tag)
  if (!stored) throw new Error(`no manifest was pushed for ${repository}:${tag}`)
  const document = parse(stored)
  if (!Array.isArray(document.manifests)) return document
  const images = (document.manifests as Descriptor[]).filter(
    entry => entry.platform?.os !== 'unknown' // attestations
  )
  // An index of one image is that image (its platform may be written with a variant).
  const chosen =
    images.find(entry => platformOf(entry) === platform) ??
    (images.length === 1 || !platform ? images[0] : undefined)
  const child = chosen && pushed.manifest(repository, chosen.digest)
  if (!child) {
    throw new Error(
      `the index pushed for ${repository}:${tag} has no image${platform ? ` for ${platform}` : ''}`
    )
  }
  return parse(child)
}

function platformOf(entry: Descriptor): string {
  const { os, architecture, variant } = entry.platform ?? {}
  return [os, architecture, variant].filter(Boolean).join('/')
}

function readConfig(pushed: PushedContent, digest: string): ImageConfig {
  const content = pushed.blob(digest)?.content
  if (!content) throw new Error(`the image config ${digest} was not pushed`)
  return JSON.parse(content.toString('utf8')) as ImageConfig
}

/** The instruction of each layer: the history entries that made a layer, in order. */
function layerInstructions(config: ImageConfig, layerCount: number): string[] {
  const made = (config.history ?? []).filter(entry => !entry.empty_layer)
  return Array.from({ length: layerCount }, (_, index) =>
    made.length === layerCount ? instructionText(made[index].created_by ?? '') : ''
  )
}

/**
 * The Dockerfile instruction in a history entry, without the builder's
 * decorations: BuildKit appends "# buildkit"; the classic builder writes
 * "/bin/sh -c #(nop) COPY …" and "/bin/sh -c <command>" for RUN.
 */
export function instructionText(createdBy: string): string {
  const text = createdBy.replace(/\s+# buildkit$/, '').trim()
  const nop = text.match(/^\/bin\/sh -c #\(nop\)\s+(.*)$/s)
  if (nop) return nop[1].trim()
  const run = text.match(/^\/bin\/sh -c (.*)$/s)
  if (run) return `RUN ${run[1]}`
  return text
}

function parse(manifest: StoredManifest) {
  return JSON.parse(manifest.body.toString('utf8'))
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/**
 * The layers images were measured with (a stored report's), as blobs known
 * without reading them: each by its digest, and by its diff ID, the blob it
 * is when exported uncompressed. Layers of reports older than diff IDs give none.
 */
export function reportedBlobs(images: readonly ImageSize[]): StoredBlob[] {
  const layers = images.flatMap(image =>
    [image, ...Object.values(image.platforms ?? {})].flatMap(platform => platform.layers)
  )
  return layers.flatMap(layer => {
    const { diffId, tarBytes } = layer
    if (!diffId || tarBytes === undefined) return []
    const content = {
      fileBytes: layer.uncompressedBytes,
      files: layer.files,
      largestFiles: layer.largestFiles,
      diffId,
      tarBytes
    }
    // An uncompressed stage may hold a layer as an earlier gzip blob whose size it did not say.
    const size = layer.compressedBytes ?? (layer.digest === diffId ? tarBytes : null)
    const twin = { digest: diffId, size: tarBytes, layer: content }
    return size === null ? [twin] : [{ digest: layer.digest, size, layer: content }]
  })
}
