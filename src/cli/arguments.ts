import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError, messageOf } from '../core/errors.js'
import { runOptions, type Options } from '../core/options/options.js'
import {
  FLAG_NAMES,
  parseOptions,
  rowsOf,
  type RawOptions
} from '../core/options/table.js'

/** The CLI's flags, as node's parseArgs takes them: --help describes exactly these (a test checks). */
export const CLI_OPTIONS: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  rowsOf('flag').map(([, row]) => [
    row.flag as string,
    {
      type: row.kind === 'text' && row.switch ? 'boolean' : 'string',
      ...(row.short ? { short: row.short } : {}),
      ...(row.kind === 'list' ? { multiple: true } : {})
    }
  ])
)

type Values = Record<string, string | boolean | string[] | undefined>

/** The options from the command line, or what was asked instead of a run: the help, or the version. */
export function parseCommandLine(argv: string[]): Options | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS })
  } catch (error) {
    throw new UserError(`${argumentProblem(error)} (see stage-size --help)`)
  }
  const values = parsed.values as Values
  if (values.help) return 'help'
  if (values.version) return 'version'
  const { positionals } = parsed
  if (positionals.length > 1 || (positionals.length === 1 && values.context)) {
    throw new UserError(
      `give the build context once, as --context DIR or as the last argument (got: ${[values.context, ...positionals].filter(Boolean).join(', ')})`
    )
  }
  const given = ['base', 'baseline-report', 'no-base'].filter(
    flag => values[flag] !== undefined
  )
  if (given.length > 1) {
    throw new UserError('give at most one of --base, --baseline-report and --no-base')
  }
  const options = parseOptions(rawFlags(values, positionals[0]), FLAG_NAMES, process.env)
  return runOptions(options, FLAG_NAMES, null)
}

/** Each flag as given: an absent one is empty, as an unset input is; a switch is "true". */
function rawFlags(values: Values, context: string | undefined): Partial<RawOptions> {
  const raw = Object.fromEntries(
    rowsOf('flag').map(([key, row]) => {
      const value = values[row.flag as string]
      if (row.kind === 'list') return [key, (value as string[] | undefined) ?? []]
      return [key, value === true ? 'true' : ((value as string | undefined) ?? '')]
    })
  ) as Partial<RawOptions>
  return { ...raw, context: raw.context || context || '' }
}

/** parseArgs' complaint on one line: an unknown option needs only its first sentence. */
function argumentProblem(error: unknown): string {
  const message = messageOf(error).replace(/\s*\n\s*/g, ' ')
  const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  return unknown ? message.split('. ')[0] : message
}
