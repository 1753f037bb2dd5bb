import type { Instruction } from 'dockerfile-ast'

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
