import { parseArgs } from 'node:util'
import { UserError, messageOf } from './errors.js'
import type { Log } from './log.js'
import {
  dockerfilePath,
  parseBuildArgs,
  parsePlatform,
  parseStageList,
  type MeasureOptions
} from './options.js'
import { measureStages } from './pipeline.js'
import { jsonText, writeJsonFile } from './files.js'
import { renderStageTable } from './table.js'

export const HELP = `Usage: stage-size [options] [CONTEXT]

Builds every stage of a multi-stage Dockerfile and measures each stage's image:
uncompressed bytes (the files the layers hold) and compressed bytes (what a
registry stores), the same on every Docker engine and image store.

Options:
  -f, --file PATH         the Dockerfile (default: CONTEXT/Dockerfile)
  -c, --context DIR       the build context (default: .)
  -t, --target STAGE      the product stage (default: the last stage)
      --stages LIST       the other stages to measure: all (default), or names
                          separated by commas
      --build-arg K=V     a build argument (repeat for more)
      --platform P        one platform, e.g. linux/amd64
      --builder NAME      the buildx builder to use
      --json PATH         write the JSON report to PATH ("-": print it instead
                          of the table)
      --keep-images       keep the stage images, tagged stage-size/<stage>:head
  -v, --verbose           show the build log
  -h, --help              show this help
`

export interface Terminal {
  out(text: string): void
  err(text: string): void
}

interface CliOptions extends MeasureOptions {
  json?: string
  verbose: boolean
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], terminal: Terminal): Promise<number> {
  try {
    const options = parseCommandLine(argv)
    if (!options) {
      terminal.out(HELP)
      return 0
    }
    const report = await measureStages(options, terminalLog(terminal, options.verbose))
    if (options.json === '-') {
      terminal.out(jsonText(report))
      return 0
    }
    if (options.json) await writeJsonFile(options.json, report)
    terminal.out(renderStageTable(report) + '\n')
    return 0
  } catch (error) {
    if (error instanceof UserError) {
      if (error.details) terminal.err(indent(error.details) + '\n')
      terminal.err(`stage-size: error: ${error.message}\n`)
      return 1
    }
    terminal.err(
      `stage-size: internal error: ${error instanceof Error ? error.stack : messageOf(error)}\n`
    )
    return 1
  }
}

/** The options from the command line, or null when help was asked for. */
export function parseCommandLine(argv: string[]): CliOptions | null {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f' },
        context: { type: 'string', short: 'c' },
        target: { type: 'string', short: 't' },
        stages: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        platform: { type: 'string' },
        builder: { type: 'string' },
        json: { type: 'string' },
        'keep-images': { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    throw new UserError(`${messageOf(error).split('. ')[0]} (see stage-size --help)`)
  }
  const { values, positionals } = parsed
  if (values.help) return null
  if (positionals.length > 1 || (positionals.length === 1 && values.context)) {
    throw new UserError(
      `give the build context once, as --context DIR or as the last argument (got: ${[values.context, ...positionals].filter(Boolean).join(', ')})`
    )
  }
  const context = values.context ?? positionals[0] ?? '.'
  return {
    context,
    file: dockerfilePath(context, values.file ?? ''),
    target: values.target?.trim() || undefined,
    stages: parseStageList(values.stages ?? 'all', '--stages'),
    buildArgs: parseBuildArgs(values['build-arg'] ?? [], '--build-arg'),
    platform: parsePlatform(values.platform ?? '', '--platform'),
    builder: values.builder?.trim() || undefined,
    keepImages: values['keep-images'] ?? false,
    json: values.json,
    verbose: values.verbose ?? false
  }
}

function terminalLog(terminal: Terminal, verbose: boolean): Log {
  return {
    info: message => terminal.err(`${message}\n`),
    notice: message => terminal.err(`notice: ${message}\n`),
    warning: message => terminal.err(`warning: ${message}\n`),
    detail: line => {
      if (verbose) terminal.err(`  ${line}\n`)
    },
    group: async (title, work) => {
      terminal.err(`${title}...\n`)
      return work()
    }
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map(line => `  | ${line}`)
    .join('\n')
}
