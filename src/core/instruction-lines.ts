import type { ParsedDockerfile } from './dockerfile.js'
import { normalized, type InstructionLine } from './dockerfile-instructions.js'
import { instructionText, type FromImage, type LayerSize } from './image.js'
import type { SideStage } from './report.js'
import { resolvedDigest } from './provenance.js'

/**
 * The line of the instruction that made a layer (its history's created-by):
 * the last one of that text in the stage, else in the stages it is built on,
 * nearest first; null when none matches (a layer of the FROM image).
 */
export function lineOfLayer(
  createdBy: string,
  chain: readonly (readonly InstructionLine[])[]
): number | null {
  const text = normalized(instructionText(createdBy))
  for (const instructions of chain) {
    const found = instructions.findLast(instruction => instruction.text === text)
    if (found) return found.line
  }
  return null
}

/**
 * A side's stages with each layer's Dockerfile line, where an instruction of
 * its stage (or of one it is built on) made it, and the FROM image they sit on.
 */
export function withLines(
  stages: readonly SideStage[],
  dockerfile: ParsedDockerfile,
  /** Each stage's build metadata, by name: its provenance gives the FROM image's digest. */
  metadata: ReadonlyMap<string, unknown> = new Map()
): SideStage[] {
  const lines = dockerfile.instructions
  const chainOf = (index: number): number[] => {
    const builtOn = dockerfile.stages[index]?.builtOn
    return builtOn === null || builtOn === undefined
      ? [index]
      : [index, ...chainOf(builtOn)]
  }
  return stages.map(stage => {
    const chain = chainOf(stage.index)
    const layers = stage.size.layers.map(layer => {
      const line = lineOfLayer(
        layer.createdBy,
        chain.map(index => lines[index] ?? [])
      )
      return line === null ? layer : { ...layer, line }
    })
    const root = dockerfile.stages[chain[chain.length - 1]]
    const fromImage =
      root &&
      fromImageOf(
        root.baseImage,
        layers,
        resolvedDigest(root.baseImage, metadata.get(stage.name))
      )
    return {
      ...stage,
      size: { ...stage.size, layers, ...(fromImage ? { fromImage } : {}) }
    }
  })
}

/** The layers below the first an instruction made; none when no layer matched one (nothing to tell them apart by). */
function fromImageOf(
  name: string,
  layers: readonly LayerSize[],
  digest: string | null
): FromImage | null {
  const own = layers.findIndex(layer => layer.line !== undefined)
  if (own === -1) return null
  const bottom = layers.slice(0, own)
  const compressed = bottom.map(layer => layer.compressedBytes)
  return {
    name,
    digest,
    layers: bottom.length,
    uncompressedBytes: bottom.reduce((sum, layer) => sum + layer.uncompressedBytes, 0),
    compressedBytes: compressed.includes(null)
      ? null
      : compressed.reduce<number>((sum, bytes) => sum + (bytes ?? 0), 0)
  }
}
