import { formatBytes, formatSignedBytes } from './bytes.js'
import type { LayerSize } from './image.js'
import type { Report } from './report.js'

/** A check annotation on the Dockerfile: GitHub shows it on that line in the pull request's Files tab. */
export interface DockerfileAnnotation {
  level: 'error' | 'warning'
  file: string
  /** From 1. */
  line: number
  title: string
  message: string
}

/**
 * When the target failed or warned: an annotation on the line of the
 * instruction whose new layer added the most bytes (a layer the base does
 * not have), naming the stage and the bytes; null otherwise, or when no new
 * layer has a line (the growth came with the FROM image).
 */
export function dockerfileAnnotation(report: Report): DockerfileAnnotation | null {
  const target = report.stages.find(stage => stage.isTarget)
  if (!target?.head || !target.base || target.deltaBytes === null) return null
  const failed = target.status === 'fail'
  if (!failed && !target.warned) return null
  const inBase = new Set(target.base.layers.map(layer => layer.diffId ?? layer.digest))
  const heaviest = target.head.layers
    .filter(
      layer => layer.line !== undefined && !inBase.has(layer.diffId ?? layer.digest)
    )
    .reduce<LayerSize | null>(
      (most, layer) =>
        most && most.uncompressedBytes >= layer.uncompressedBytes ? most : layer,
      null
    )
  if (!heaviest?.line) return null
  return {
    level: failed ? 'error' : 'warning',
    file: report.dockerfile,
    line: heaviest.line,
    title: `Image size: ${target.name} ${failed ? 'failed' : 'warned'}`,
    message: `${target.name} grew ${formatSignedBytes(target.deltaBytes)} (${report.metric}); this instruction's layer adds ${formatBytes(heaviest.uncompressedBytes)} uncompressed.`
  }
}
