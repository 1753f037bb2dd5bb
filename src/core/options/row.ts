import { UserError } from '../errors.js'

/** Where an option is listed in --help and in the README. */
export type Section = 'build' | 'compare' | 'gate' | 'output'

/** What a parser knows besides its own value: how the user spells options, and the environment. */
export interface ParseContext {
  /** This option as the user writes it (`threshold`, `--threshold`), for error messages. */
  name: string
  /** Every option's raw value: a few depend on another (the Dockerfile on the context). */
  raw: Readonly<Record<string, string | string[]>>
  env: Readonly<Record<string, string | undefined>>
}

interface RowBase {
  /** The action input, as action.yml names it; absent for a CLI-only flag. */
  input?: string
  /** The CLI flag without its dashes; absent for an action-only input. */
  flag?: string
  short?: string
  section: Section
  /** action.yml's description (and the README's). */
  description: string
  /** The value when none is given, in both doors; action.yml's default. */
  default?: string
  /** action.yml's default when it is not the parser's (a runner expression). */
  actionDefault?: string
  /** --help: the value's placeholder (none for a switch) and what it does. */
  help?: { value?: string; text: string }
}

/** One value: an input's text, a flag's value; a switch reads "true" when given. */
export interface TextRow<T> extends RowBase {
  kind: 'text'
  /** A CLI flag that takes no value. */
  switch?: boolean
  parse(value: string, context: ParseContext): T
}

/**
 * Several entries: an input read as docker/build-push-action reads its list
 * (one per line, quoted lines, and commas too unless `commas` is false), a
 * flag given once per entry.
 */
export interface ListRow<T> extends RowBase {
  kind: 'list'
  commas: boolean
  parse(entries: string[], context: ParseContext): T
}

export type Row<T = unknown> = TextRow<T> | ListRow<T>

export const text = <T>(row: Omit<TextRow<T>, 'kind'>): TextRow<T> => ({
  kind: 'text',
  ...row
})
export const list = <T>(row: Omit<ListRow<T>, 'kind'>): ListRow<T> => ({
  kind: 'list',
  ...row
})

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** A boolean as @actions/core reads one (YAML 1.2 core schema). */
export function parseBoolean(value: string, name: string): boolean {
  const text = value.trim()
  if (TRUE.includes(text)) return true
  if (FALSE.includes(text)) return false
  throw new UserError(`${name}: "${value}" is not a boolean; use true or false`)
}

/** One of the accepted words. */
export function parseChoice<T extends string>(
  value: string,
  name: string,
  choices: readonly T[],
  what = 'one of'
): T {
  const choice = value.trim() as T
  if (!choices.includes(choice)) {
    throw new UserError(`${name}: "${value}" is not ${what} ${choices.join(', ')}`)
  }
  return choice
}

/** Text, or null when empty. */
export const optional = (value: string): string | null => value.trim() || null
