import type { ImageSize } from './image.js'
import type { Growth } from './threshold.js'

/** The size the gate compares. */
export type Metric = 'uncompressed' | 'compressed'

export interface GateSettings {
  /** The size the gate compares. */
  metric: Metric
  /** The target's largest allowed growth. */
  threshold: Growth
  /** Growth past this (but within `threshold`) warns. */
  warnThreshold: Growth | null
  /** The target's absolute budget in bytes. */
  maxSize: number | null
  /** How many bytes the target's layers may waste: a size, or a share of its uncompressed size. */
  maxWaste?: Growth | null
  /** A change smaller than this (a size, or a share of the base) counts as none. */
  minimumChange?: Growth | null
  /** Limits for other stages, by lower-case name; stages without one are not gated. */
  stageThresholds: ReadonlyMap<string, Growth>
}

export interface MeasuredStage {
  name: string
  isTarget: boolean
  size: ImageSize
}

/** A gated stage's limits, as the report and the comment show them. */
export interface Limit {
  /** The threshold as written, or null when off. */
  threshold: string | null
  /** The growth the threshold allows from this base, in bytes; null when unlimited or new. */
  allowedGrowthBytes: number | null
  warnThreshold: string | null
  allowedWarnGrowthBytes: number | null
  maxSizeBytes: number | null
  /** The wasted bytes max-waste allows this image (absent without max-waste). */
  maxWasteBytes?: number | null
}

/** An image's or a layer's size in the metric; null when its compressed size was not measured. */
export function bytesOf(
  size: Pick<ImageSize, 'uncompressedBytes' | 'compressedBytes'>,
  metric: Metric
): number | null {
  return metric === 'compressed' ? size.compressedBytes : size.uncompressedBytes
}
