import { bytesOf as figureOf, type Metric } from './limits.js'

/** Layers of stages a diff is shown for have the metric's figure; a missing one counts nothing. */
const bytesOf = (layer: LayerSize, metric: Metric): number => figureOf(layer, metric) ?? 0
import type { ImageSize, LayerSize } from './image.js'

export interface LayerChange {
  /** The instruction that made the layer (the head's, for a changed layer). */
  createdBy: string
  kind: 'added' | 'removed' | 'changed'
  /** Head minus base, in the metric. */
  deltaBytes: number
  head: LayerSize | null
  base: LayerSize | null
}

/**
 * Why an image's size changed, layer by layer, largest change first. Layers
 * both images share (same content) are left out. A layer made by the same
 * instruction on both sides, or else standing at the same position (an edited
 * instruction), changed in place; the rest were added or removed.
 */
export function changedLayers(
  base: ImageSize,
  head: ImageSize,
  metric: Metric
): LayerChange[] {
  const baseLeft = unsharedPositions(base.layers, head.layers)
  const headLeft = unsharedPositions(head.layers, base.layers)
  const changes: LayerChange[] = []
  for (const position of headLeft) {
    const layer = head.layers[position]
    const twin =
      baseLeft.find(at => base.layers[at].createdBy === layer.createdBy) ??
      baseLeft.find(at => at === position)
    if (twin !== undefined) baseLeft.splice(baseLeft.indexOf(twin), 1)
    const before = twin === undefined ? null : base.layers[twin]
    changes.push({
      createdBy: layer.createdBy,
      kind: before ? 'changed' : 'added',
      deltaBytes: bytesOf(layer, metric) - (before ? bytesOf(before, metric) : 0),
      head: layer,
      base: before
    })
  }
  for (const position of baseLeft) {
    const layer = base.layers[position]
    changes.push({
      createdBy: layer.createdBy,
      kind: 'removed',
      deltaBytes: -bytesOf(layer, metric),
      head: null,
      base: layer
    })
  }
  return changes
    .filter(change => change.deltaBytes !== 0 || change.kind !== 'changed')
    .sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes))
}

/**
 * A layer's content: its diff ID, the same whether the blob is gzip or not (a
 * stage measured uncompressed holds a layer the target shares as the target's
 * gzip blob); reports older than diff IDs have only the blob's digest.
 */
const contentOf = (layer: LayerSize): string => layer.diffId ?? layer.digest

/** The positions of `layers` whose content `other` does not have (each shared layer matched once). */
function unsharedPositions(
  layers: readonly LayerSize[],
  other: readonly LayerSize[]
): number[] {
  const unmatched = other.map(contentOf)
  return layers.flatMap((layer, position) => {
    const at = unmatched.indexOf(contentOf(layer))
    if (at === -1) return [position]
    unmatched.splice(at, 1)
    return []
  })
}
