import {
  DockerfileParser,
  type Arg,
  type Copy,
  type From,
  type Instruction,
  type Run
} from 'dockerfile-ast'
import { UserError } from './errors.js'
import { stageInstructions, type InstructionLine } from './dockerfile-instructions.js'

/** A position in the Dockerfile's text, zero-based, as dockerfile-ast gives it. */
export interface TextPosition {
  line: number
  character: number
}

export interface Stage {
  index: number
  /** The `AS` name in lower case (BuildKit matches names case-insensitively), or `stage-<index>`. */
  name: string
  /** False for a stage without `AS name`: it cannot be given to `--target` as written. */
  named: boolean
  /** The FROM image with the global ARGs expanded (a stage name when built on another stage). */
  baseImage: string
  /** Indexes of the stages this one is built on or copies from, ascending. */
  dependsOn: number[]
  /** The index of the stage this one is built on (`FROM <stage>`), or null for an image. */
  builtOn: number | null
  /** Where ` AS <name>` can be inserted to name this stage. */
  fromEnd: TextPosition
}

export interface ParsedDockerfile {
  text: string
  stages: Stage[]
  /** Each stage's RUN, COPY and ADD instructions with their lines, by stage index: where a layer's line is found. */
  instructions: InstructionLine[][]
}

/**
 * Reads the stages of a Dockerfile and how they depend on each other, the way
 * BuildKit sees them: global ARGs (overridden by build args) expanded in FROM
 * and `--from`, stage names case-insensitive, `FROM <stage>`, `COPY --from=<name|index>`
 * and `RUN --mount=from=<name|index>` as dependencies.
 */
export function parseDockerfile(
  text: string,
  buildArgs: Readonly<Record<string, string>>,
  path: string,
  /** What the user calls the Dockerfile option (the action's `file`, the CLI's `--file`). */
  input = 'file'
): ParsedDockerfile {
  const dockerfile = DockerfileParser.parse(text)
  const froms = dockerfile.getFROMs()
  if (froms.length === 0) {
    throw new UserError(
      `${input}: ${path} has no FROM instruction; a Dockerfile needs at least one stage ("FROM <image> [AS <name>]")`
    )
  }
  const globals = globalArgs(dockerfile.getInitialARGs(), buildArgs)
  const stages = froms.map((from, index) => stageOf(from, index, globals))
  const references = referencesByStage(dockerfile.getInstructions(), froms.length)
  for (const stage of stages) {
    const dependencies = new Set<number>()
    const base = stageIndex(stage.baseImage, stages.slice(0, stage.index))
    stage.builtOn = base ?? null
    if (base !== undefined) dependencies.add(base)
    for (const reference of references[stage.index]) {
      const index = stageIndex(expandVariables(reference, globals), stages)
      if (index !== undefined && index !== stage.index) dependencies.add(index)
    }
    stage.dependsOn = [...dependencies].sort((a, b) => a - b)
  }
  return { text, stages, instructions: stageInstructions(dockerfile.getInstructions()) }
}

function stageOf(from: From, index: number, globals: ReadonlyMap<string, string>): Stage {
  const alias = from.getBuildStage()
  const args = from.getArguments()
  const last = args[args.length - 1]
  return {
    index,
    name: alias ? alias.toLowerCase() : `stage-${index}`,
    named: alias !== null,
    baseImage: expandVariables(from.getImage() ?? '', globals),
    dependsOn: [],
    builtOn: null,
    fromEnd: last ? last.getRange().end : from.getRange().end
  }
}

/** ARGs declared before the first FROM, with their defaults or the build args given. */
function globalArgs(
  args: Arg[],
  buildArgs: Readonly<Record<string, string>>
): Map<string, string> {
  const values = new Map<string, string>()
  for (const arg of args) {
    const property = arg.getProperty()
    if (!property) continue
    const name = property.getName()
    const fallback = property.getUnescapedValue()
    if (Object.hasOwn(buildArgs, name)) values.set(name, buildArgs[name])
    else if (fallback !== null) values.set(name, expandVariables(fallback, values))
  }
  return values
}

/** The raw `--from` values of each stage's COPY and RUN --mount instructions. */
function referencesByStage(instructions: Instruction[], stageCount: number): string[][] {
  const references: string[][] = Array.from({ length: stageCount }, () => [])
  let stage = -1
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword()
    if (keyword === 'FROM') stage++
    else if (stage >= 0) references[stage].push(...fromReferences(instruction, keyword))
  }
  return references
}

function fromReferences(instruction: Instruction, keyword: string): string[] {
  if (keyword === 'COPY') {
    const value = (instruction as Copy).getFromFlag()?.getValue()
    return value ? [value] : []
  }
  if (keyword === 'RUN') {
    return (instruction as Run)
      .getFlags()
      .filter(flag => flag.getName() === 'mount')
      .map(flag => flag.getOption('from')?.getValue())
      .filter((value): value is string => Boolean(value))
  }
  return []
}

/** The index of the stage a `FROM`/`--from` value names, if it names one. */
function stageIndex(reference: string, stages: readonly Stage[]): number | undefined {
  if (/^\d+$/.test(reference)) {
    const index = Number(reference)
    return index < stages.length ? index : undefined
  }
  const name = reference.toLowerCase()
  return stages.find(stage => stage.named && stage.name === name)?.index
}

const VARIABLE =
  /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and
 * `${NAME+word}` as BuildKit's shell lexer does; unknown names expand to "".
 */
export function expandVariables(
  value: string,
  variables: ReadonlyMap<string, string>
): string {
  return value.replace(
    VARIABLE,
    (_match, braced?: string, operator?: string, word?: string, bare?: string) => {
      const name = (braced ?? bare) as string
      const current = variables.get(name)
      switch (operator) {
        case ':-':
          return current ? current : (word ?? '')
        case '-':
          return current ?? word ?? ''
        case ':+':
          return current ? (word ?? '') : ''
        case '+':
          return current !== undefined ? (word ?? '') : ''
        default:
          return current ?? ''
      }
    }
  )
}

/**
 * The Dockerfile's text with `AS stage-<index>` added to every unnamed stage, so
 * that BuildKit can target it. Nothing else changes, so the build cache is shared.
 */
export function withStageNames(parsed: ParsedDockerfile): string {
  const lines = parsed.text.split('\n')
  for (const stage of parsed.stages) {
    if (stage.named) continue
    const { line, character } = stage.fromEnd
    const text = lines[line]
    lines[line] = `${text.slice(0, character)} AS ${stage.name}${text.slice(character)}`
  }
  return lines.join('\n')
}

/** The stage's FROM chain: the image at its root, then every stage it is built on, then itself. */
export function fromChain(stage: Stage, stages: readonly Stage[]): string[] {
  const chain = [stage.name]
  let current = stage
  while (current.builtOn !== null) {
    current = stages[current.builtOn]
    chain.unshift(current.name)
  }
  chain.unshift(current.baseImage.toLowerCase())
  return chain
}
