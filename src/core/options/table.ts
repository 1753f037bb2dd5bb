import { BUILD_OPTIONS } from './build.js'
import { BUILD_CONTROL_OPTIONS } from './build-controls.js'
import { COMPARE_OPTIONS } from './compare.js'
import { GATE_OPTIONS } from './gate.js'
import { OUTPUT_OPTIONS } from './output.js'
import type { ListRow, Row } from './row.js'

/**
 * Every option of the action and the CLI, declared once: its input and flag
 * spellings, what it does, its default and its parser. The action's and the
 * CLI's raw options, --help, and the checks of action.yml and the README
 * derive from it: a new option is one row.
 */
export const OPTIONS = {
  ...BUILD_OPTIONS,
  ...BUILD_CONTROL_OPTIONS,
  ...COMPARE_OPTIONS,
  ...GATE_OPTIONS,
  ...OUTPUT_OPTIONS
} satisfies Record<string, Row>

export type OptionKey = keyof typeof OPTIONS

/** An option as the user wrote it: an input's text or a flag's value; a list's entries. */
export type RawOptions = {
  [K in OptionKey]: (typeof OPTIONS)[K] extends ListRow<unknown> ? string[] : string
}

/** Every option, read and checked. */
export type ParsedOptions = {
  [K in OptionKey]: ReturnType<(typeof OPTIONS)[K]['parse']>
}

/** What the user calls each option where they write it (an input, or a flag), for error messages. */
export type OptionNames = Record<OptionKey, string>

const rows = () => Object.entries(OPTIONS) as [OptionKey, Row][]

/** The action's input names, and for options the action has not, the CLI's flags. */
export const INPUT_NAMES = Object.fromEntries(
  rows().map(([key, row]) => [key, row.input ?? `--${row.flag}`])
) as OptionNames

/** The CLI's flags (`--name`), and for options the CLI has not, the action's inputs. */
export const FLAG_NAMES = Object.fromEntries(
  rows().map(([key, row]) => [key, row.flag ? `--${row.flag}` : (row.input as string)])
) as OptionNames

/** The rows one door has: those with an input (the action) or a flag (the CLI). */
export function rowsOf(door: 'input' | 'flag'): [OptionKey, Row][] {
  return rows().filter(([, row]) => row[door] !== undefined)
}

/**
 * Reads every option: an empty value takes the row's default, then the row's
 * parser checks it; the first bad one throws a UserError that names it.
 */
export function parseOptions(
  raw: Partial<RawOptions>,
  names: OptionNames,
  env: Readonly<Record<string, string | undefined>> = {}
): ParsedOptions {
  const given = Object.fromEntries(
    rows().map(([key, row]) => [key, raw[key] ?? (row.kind === 'list' ? [] : '')])
  ) as RawOptions
  const parsed = rows().map(([key, row]) => {
    const context = { name: names[key], raw: given, env }
    if (row.kind === 'list') return [key, row.parse(given[key] as string[], context)]
    const value = given[key] as string
    return [key, row.parse(value.trim() === '' ? (row.default ?? '') : value, context)]
  })
  return Object.fromEntries(parsed) as ParsedOptions
}
