import { measure } from '../app/measure.js'
import { reportsOutcome, settle } from '../app/outcome.js'
import { UserError, messageOf } from '../core/errors.js'
import { renderMarkdown } from '../core/render/comment.js'
import { imageKey } from '../core/image-reports.js'
import { renderStageTable } from '../core/render/terminal-table.js'
import { diskFull, jsonText } from '../system/files.js'
import { parseCommandLine } from './arguments.js'
import { VERSION } from '../core/version.js'
import { HELP } from './help.js'
import { runReportCommand } from './report-command.js'
import { sayOn, terminalLog, writeOutput, type Terminal } from './terminal.js'

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], terminal: Terminal): Promise<number> {
  if (argv[0] === 'report') return runReportCommand(argv.slice(1), terminal)
  try {
    const options = parseCommandLine(argv)
    if (options === 'help' || options === 'version') {
      terminal.out(options === 'help' ? HELP : `stage-size ${VERSION}\n`)
      return 0
    }
    const report = await measure(options, terminalLog(terminal, options.verbose))
    if (options.json) await writeOutput(options.json, jsonText(report), terminal)
    if (options.markdown)
      await writeOutput(options.markdown, renderMarkdown(report), terminal)
    if (options.json !== '-' && options.markdown !== '-') {
      terminal.out(renderStageTable(report, options.files) + '\n')
    }
    const images = [{ key: imageKey(report), file: options.json ?? '', report }]
    return settle(reportsOutcome(images, options), sayOn(terminal))
  } catch (error) {
    return failed(error, terminal)
  }
}

/** One line for the user (the details indented above it); exit status 1. */
function failed(error: unknown, terminal: Terminal): number {
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

function indent(text: string): string {
  return text
    .split('\n')
    .map(line => `  | ${line}`)
    .join('\n')
}
