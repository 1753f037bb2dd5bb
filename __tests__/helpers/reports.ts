import { buildSettings } from './options.js'
import { createHash } from 'node:crypto'
import type { GateSettings } from '../../src/core/limits.js'
import type { ImageSize, LayerSize } from '../../src/core/image.js'
import { imageKey, type ImageReport } from '../../src/core/image-reports.js'
import { buildReport, type Report, type SideStage } from '../../src/core/report.js'
import { parseGrowth } from '../../src/core/threshold.js'

/** A digest as a registry names a blob, made from any text: equal texts, equal digests. */
export function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}

/** A layer: `bytes` uncompressed, half that compressed, made by `createdBy`. */
export function layer(
  createdBy: string,
  bytes: number,
  digest = digestOf(`${createdBy}:${bytes}`)
): LayerSize {
  return {
    digest,
    createdBy,
    uncompressedBytes: bytes,
    compressedBytes: Math.round(bytes / 2),
    files: bytes > 0 ? 1 : 0,
    largestFiles:
      bytes > 0
        ? [{ path: `/${createdBy.split(' ').at(-1)?.replace(/^\//, '')}`, bytes }]
        : []
  }
}

export function image(...layers: LayerSize[]): ImageSize {
  return {
    uncompressedBytes: layers.reduce((sum, l) => sum + l.uncompressedBytes, 0),
    compressedBytes: layers.reduce((sum, l) => sum + (l.compressedBytes ?? 0), 0),
    layers
  }
}

export function sideStage(
  name: string,
  index: number,
  size: ImageSize,
  isTarget = false
): SideStage {
  return { name, index, isTarget, named: true, baseImage: 'busybox', dependsOn: [], size }
}

export const GATE: GateSettings = {
  metric: 'uncompressed',
  threshold: parseGrowth('5%', 'threshold'),
  warnThreshold: null,
  maxSize: null,
  stageThresholds: new Map()
}

/** A report comparing two sides, as the pipeline would build it. */
export function comparedReport(
  head: SideStage[],
  base: SideStage[] | null,
  gate: Partial<GateSettings> = {},
  buildArgs: Record<string, string> = {}
): Report {
  return buildReport({
    buildControls: buildSettings().controls,
    dockerfile: 'app/Dockerfile',
    context: 'app',
    engine: { version: '29.1.0', imageStore: 'containerd', builder: 'buildkit' },
    target: head.find(stage => stage.isTarget)?.name ?? head[0].name,
    head: { ref: 'feature', sha: 'a'.repeat(40) },
    pullRequest: { number: 7, headSha: 'a'.repeat(40) },
    headStages: head,
    base: base
      ? {
          ref: {
            ref: 'main',
            sha: 'b'.repeat(40),
            reason: 'the merge-base of HEAD and main',
            source: 'build'
          },
          stages: base
        }
      : { missing: 'a schedule event has no base to compare with' },
    gate: { ...GATE, ...gate },
    platforms: [],
    buildArgs,
    stageSelection: 'all',
    baseHistory: [],
    measuredAt: '2026-11-28T12:00:00.000Z'
  })
}

/** An image whose target went from `base` to `head` bytes, built from `dockerfile`. */
export function imageReport(dockerfile: string, base: number, head: number): ImageReport {
  const report: Report = {
    ...comparedReport(
      [sideStage('app', 0, image(layer('RUN build', head)), true)],
      [sideStage('app', 0, image(layer('RUN build', base)), true)]
    ),
    dockerfile
  }
  return { key: imageKey(report), file: `${dockerfile}.json`, report }
}
