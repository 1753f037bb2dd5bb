import type { ImageSize } from '../image.js'
import { normalized } from '../dockerfile-instructions.js'
import { codeSpan } from './text.js'

/** Long enough to tell instructions apart, short enough not to wrap a table cell at 830 px. */
const INSTRUCTION_WIDTH = 60

/** "RUN /bin/sh -c chmod -R a-w /app/deps" → "RUN chmod -R a-w /app/deps", at most 60 characters. */
export function shortInstruction(createdBy: string): string {
  const line = normalized(createdBy)
  return line.length > INSTRUCTION_WIDTH
    ? `${line.slice(0, INSTRUCTION_WIDTH - 1)}…`
    : line
}

/**
 * Names an image's layers by the instruction that made them, in full the first
 * time and by its Dockerfile line after that, so one part of the comment
 * writes each instruction once. The FROM image's layers are named by that image.
 */
export class InstructionNames {
  private readonly named = new Set<number>()

  constructor(private readonly image: ImageSize) {}

  /** The name of the group a layer's files are listed under: the FROM image's layers share one. */
  groupOf(layer: number): number {
    return this.fromImage(layer) ? -1 : layer
  }

  name(layer: number): string {
    const from = this.fromImage(layer)
    if (from) return `${codeSpan(from)} (the FROM image)`
    const made = this.image.layers[layer]
    const line = made?.line
    if (line !== undefined && this.named.has(layer)) return `line ${line}`
    this.named.add(layer)
    const text = codeSpan(shortInstruction(made?.createdBy ?? '')) || 'an unnamed layer'
    return line === undefined ? text : `${text} (line ${line})`
  }

  private fromImage(layer: number): string | null {
    const from = this.image.fromImage
    return from && layer < from.layers ? from.name : null
  }
}
