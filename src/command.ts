import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError, messageOf } from './core/errors.js'
import { diskFull, jsonText } from './system/files.js'
import { runReportCommand } from './report-command.js'
import { writeOutput, type Terminal } from './terminal.js'
import { renderMarkdown } from './core/markdown.js'
import { outcomeOf } from './core/gate.js'
import type { Log } from './core/log.js'
import {
  parseOptions,
  type BaselineOption,
  type OptionNames,
  type Options,
  type RawOptions
} from './core/options.js'
import { runPipeline } from './pipeline.js'
import { FILES_SHOWN, renderStageTable } from './core/table.js'

export const HELP = `Usage: stage-size [options] [CONTEXT]
       stage-size report FILE... [--markdown PATH]

Builds every stage of a multi-stage Dockerfile, measures each stage's image
(uncompressed: the bytes of its files; compressed: what a registry stores),
compares them with the base commit's, and fails when the target grew too much.

What to build:
  -f, --file PATH              the Dockerfile (default: CONTEXT/Dockerfile)
  -c, --context DIR            the build context (default: .)
  -t, --target STAGE           the product stage (default: the last stage)
      --stages LIST            the other stages to measure: all (default), or
                               names separated by commas
      --build-arg K=V          a build argument (repeat for more)
      --platform LIST          platforms separated by commas, e.g.
                               linux/amd64,linux/arm64 (default: the engine's)
      --builder NAME           the buildx builder to use
      --cache-from CACHE       a build cache to read, e.g. type=local,src=DIR
                               (repeat for more)
      --cache-to CACHE         where to write the target's build cache, e.g.
                               type=local,dest=DIR,mode=max
      --secret SECRET          a BuildKit secret for every stage's build:
                               id=ID,src=PATH or id=ID,env=VARIABLE (repeat
                               for more); never written anywhere

What to compare with:
      --base REF               a branch, tag or commit to build as the base
                               (default: the merge-base of HEAD and origin/HEAD,
                               main or master)
      --baseline-report PATH   read the base's sizes from an earlier report
                               instead of building the base
      --no-base                measure only

The gate:
      --threshold LIMIT        largest allowed growth of the target: N%, a size
                               (500kB, 20MB, 1.5GiB) or off (default: 5%)
      --warn-threshold LIMIT   growth past this warns
      --max-size SIZE          an absolute budget for the target
      --max-waste LIMIT        the bytes the target's layers may store but its
                               filesystem not show: a size, or N% of the image
      --stage-threshold S=LIMIT  a limit for another stage (repeat for more)
      --metric M               uncompressed (default) or compressed
      --fail-on-regression B   false: a failing gate only warns (default: true)
      --fail-on-missing-baseline B  true: fail when there is no baseline

Output:
      --json PATH              write the JSON report to PATH ("-": print it
                               instead of the table)
      --markdown PATH          write the report as markdown (what the action
                               posts as the PR comment) to PATH ("-": print it
                               instead of the table)
      --keep-images            keep the images, tagged stage-size/<stage>:head
      --files N                list the target's N largest file changes after
                               the table (default: 10; 0: none)
  -v, --verbose                show the build log
  -h, --help                   show this help

stage-size report FILE... renders reports written with --json (one image's,
or several images' merged into one comment, as the action's
comment-from-report does) to the --markdown PATH ("-" or none: stdout), for
other CI systems; it exits with 2 when an image failed its gate.

Exit status: 0 when the gate passes (or warns, or has no baseline), 1 on an
error (bad input, a failing build), 2 when the gate fails.
`

/** The CLI's flags: --help must describe exactly these (a test checks). */
export const CLI_OPTIONS = {
  file: { type: 'string', short: 'f' },
  context: { type: 'string', short: 'c' },
  target: { type: 'string', short: 't' },
  stages: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  platform: { type: 'string' },
  builder: { type: 'string' },
  'cache-from': { type: 'string', multiple: true },
  'cache-to': { type: 'string', multiple: true },
  secret: { type: 'string', multiple: true },
  base: { type: 'string' },
  'baseline-report': { type: 'string' },
  'no-base': { type: 'boolean' },
  threshold: { type: 'string' },
  'warn-threshold': { type: 'string' },
  'max-size': { type: 'string' },
  'max-waste': { type: 'string' },
  'stage-threshold': { type: 'string', multiple: true },
  metric: { type: 'string' },
  'fail-on-regression': { type: 'string' },
  'fail-on-missing-baseline': { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'keep-images': { type: 'boolean' },
  files: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options']

/** The CLI's flag for each option, for error messages. */
const FLAG_NAMES: OptionNames = {
  context: '--context',
  file: '--file',
  target: '--target',
  stages: '--stages',
  buildArgs: '--build-arg',
  platform: '--platform',
  builder: '--builder',
  cacheFrom: '--cache-from',
  cacheTo: '--cache-to',
  secrets: '--secret',
  secretEnvs: '--secret',
  secretFiles: '--secret',
  dockerSecrets: '--secret',
  keepImages: '--keep-images',
  threshold: '--threshold',
  warnThreshold: '--warn-threshold',
  maxSize: '--max-size',
  maxWaste: '--max-waste',
  stageThresholds: '--stage-threshold',
  metric: '--metric',
  failOnRegression: '--fail-on-regression',
  failOnMissingBaseline: '--fail-on-missing-baseline'
}

const EXIT_GATE_FAILED = 2

interface CliOptions extends Options {
  json?: string
  markdown?: string
  /** The target's largest file changes listed after the table. */
  files: number
  verbose: boolean
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], terminal: Terminal): Promise<number> {
  if (argv[0] === 'report') return runReportCommand(argv.slice(1), terminal)
  try {
    const options = parseCommandLine(argv)
    if (!options) {
      terminal.out(HELP)
      return 0
    }
    const report = await runPipeline(options, terminalLog(terminal, options.verbose))
    if (options.json) await writeOutput(options.json, jsonText(report), terminal)
    if (options.markdown)
      await writeOutput(options.markdown, renderMarkdown(report), terminal)
    if (options.json !== '-' && options.markdown !== '-') {
      terminal.out(renderStageTable(report, options.files) + '\n')
    }
    const outcome = outcomeOf(report, options)
    outcome.warnings.forEach(warning => terminal.err(`warning: ${warning}\n`))
    if (!outcome.failure) return 0
    terminal.err(`stage-size: ${outcome.failure}\n`)
    return EXIT_GATE_FAILED
  } catch (error) {
    if (error instanceof UserError) {
      if (error.details) terminal.err(indent(error.details) + '\n')
      terminal.err(`stage-size: error: ${error.message}\n`)
      return 1
    }
    const full = diskFull(error)
    if (full) {
      terminal.err(`stage-size: error: ${full}\n`)
      return 1
    }
    terminal.err(
      `stage-size: internal error: ${error instanceof Error ? error.stack : messageOf(error)}\n`
    )
    return 1
  }
}

/** The options from the command line, or null when help was asked for. */
function parseCommandLine(argv: string[]): CliOptions | null {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS })
  } catch (error) {
    throw new UserError(`${argumentProblem(error)} (see stage-size --help)`)
  }
  const { values, positionals } = parsed
  if (values.help) return null
  if (positionals.length > 1 || (positionals.length === 1 && values.context)) {
    throw new UserError(
      `give the build context once, as --context DIR or as the last argument (got: ${[values.context, ...positionals].filter(Boolean).join(', ')})`
    )
  }
  const options = parseOptions(
    rawOptions(values, positionals[0]),
    FLAG_NAMES,
    baselineOption(values),
    null,
    process.env
  )
  return {
    ...options,
    json: values.json,
    markdown: values.markdown,
    files: parseFileCount(values.files),
    verbose: values.verbose ?? false
  }
}

/** --files: a whole number of files, 0 for none. */
function parseFileCount(value: string | undefined): number {
  if (value === undefined) return FILES_SHOWN
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  throw new UserError(
    `--files: "${value}" is not a number of files; use a whole number, 0 for none (default ${FILES_SHOWN})`
  )
}

type CliValues = ReturnType<typeof parseArgs<{ options: typeof CLI_OPTIONS }>>['values']

/** The shared options as the flags gave them; an absent flag is empty, as an unset input is. */
function rawOptions(values: CliValues, context: string | undefined): RawOptions {
  return {
    context: values.context ?? context ?? '',
    file: values.file ?? '',
    target: values.target ?? '',
    stages: values.stages ?? '',
    buildArgs: values['build-arg'] ?? [],
    platform: values.platform ?? '',
    builder: values.builder ?? '',
    cacheFrom: values['cache-from'] ?? [],
    cacheTo: values['cache-to'] ?? [],
    secrets: [],
    secretEnvs: [],
    secretFiles: [],
    dockerSecrets: values.secret ?? [],
    keepImages: values['keep-images'] ? 'true' : '',
    threshold: values.threshold ?? '',
    warnThreshold: values['warn-threshold'] ?? '',
    maxSize: values['max-size'] ?? '',
    maxWaste: values['max-waste'] ?? '',
    stageThresholds: values['stage-threshold'] ?? [],
    metric: values.metric ?? '',
    failOnRegression: values['fail-on-regression'] ?? '',
    failOnMissingBaseline: values['fail-on-missing-baseline'] ?? ''
  }
}

/** parseArgs' complaint on one line: an unknown option needs only its first sentence. */
function argumentProblem(error: unknown): string {
  const message = messageOf(error).replace(/\s*\n\s*/g, ' ')
  const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  return unknown ? message.split('. ')[0] : message
}

function baselineOption(values: {
  base?: string
  'baseline-report'?: string
  'no-base'?: boolean
}): BaselineOption {
  const given = [
    values.base !== undefined,
    values['baseline-report'] !== undefined,
    values['no-base']
  ]
  if (given.filter(Boolean).length > 1) {
    throw new UserError('give at most one of --base, --baseline-report and --no-base')
  }
  if (values['no-base']) return { kind: 'none', reason: '--no-base was given' }
  if (values['baseline-report'] !== undefined) {
    return { kind: 'report', path: values['baseline-report'], input: '--baseline-report' }
  }
  return {
    kind: 'git',
    event: null,
    baseRef: values.base ? { ref: values.base, input: '--base' } : undefined
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
      terminal.err(`${title}\n`)
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
