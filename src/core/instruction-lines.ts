import type { Instruction } from 'dockerfile-ast'
import type { ParsedDockerfile } from './dockerfile.js'
import { instructionText, type FromImage, type LayerSize } from './image.js'
import type { SideStage } from './report.js'
import { resolvedDigest } from './provenance.js'

/** An instruction that makes a layer: its line in the Dockerfile (from 1) and its text, normalized. */
export interface InstructionLine {
  line: number
  text: string
}

const LAYER_MAKERS = new Set(['RUN', 'COPY', 'ADD'])

/**
 * Each stage's RUN, COPY and ADD instructions, by stage index, normalized as
 * an image's history would write them, so a layer can be found on its line.
 */
export function stageInstructions(
  instructions: readonly Instruction[]
): InstructionLine[][] {
  const stages: InstructionLine[][] = []
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword()
    if (keyword === 'FROM') stages.push([])
    else if (stages.length > 0 && LAYER_MAKERS.has(keyword)) {
      const text = normalized(instruction.getTextContent())
      stages[stages.length - 1].push({
        line: instruction.getRange().start.line + 1,
        text
      })
    }
  }
  return stages
}

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
 * An instruction as history and Dockerfile both can be compared: the keyword,
 * then its arguments without flags (history drops `--from`, `--chown`,
 * `--mount`), RUN's shell (`/bin/sh -c`) and build-arg prefix (`|1 A=b`) taken
 * off, line continuations and runs of spaces folded.
 */
export function normalized(instruction: string): string {
  const words = instruction
    .replace(/\\\r?\n/g, ' ')
    .trim()
    .split(/\s+/)
  const keyword = (words.shift() ?? '').toUpperCase()
  while (words[0]?.startsWith('--')) words.shift()
  if (keyword === 'RUN') {
    if (/^\|\d+$/.test(words[0] ?? '')) words.splice(0, 1 + Number(words[0].slice(1)))
    if (words[0] === '/bin/sh' && words[1] === '-c') words.splice(0, 2)
  }
  return [keyword, ...words].join(' ')
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
