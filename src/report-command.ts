import { parseArgs } from 'node:util'
import { UserError, messageOf } from './core/errors.js'
import { COMMENT_LIMIT, renderWithin } from './core/markdown.js'
import { mergedOutcome, renderMerged } from './core/merged.js'
import { readImageReports } from './report-file.js'
import { writeOutput, type Terminal } from './terminal.js'

const EXIT_GATE_FAILED = 2
const NOTE = "Each image's full report is in its JSON report."

/**
 * `stage-size report FILE… [--markdown PATH]`: the comment for reports other
 * runs wrote (merged when several), for CI systems other than GitHub Actions.
 * Exits with 2 when an image failed its gate, as a measuring run does.
 */
export async function runReportCommand(
  argv: string[],
  terminal: Terminal
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { markdown: { type: 'string' } }
    })
    if (positionals.length === 0) {
      throw new UserError(
        'report: give the report files to render, e.g. stage-size report reports/*.json'
      )
    }
    const images = await readImageReports(positionals, 'report')
    const markdown =
      images.length === 1
        ? renderWithin(images[0].report, COMMENT_LIMIT, NOTE)
        : renderMerged(images, COMMENT_LIMIT, NOTE)
    await writeOutput(values.markdown ?? '-', markdown, terminal)
    const outcome = mergedOutcome(images, {
      failOnRegression: true,
      failOnMissingBaseline: false
    })
    outcome.warnings.forEach(warning => terminal.err(`warning: ${warning}\n`))
    if (!outcome.failure) return 0
    terminal.err(`stage-size: ${outcome.failure}\n`)
    return EXIT_GATE_FAILED
  } catch (error) {
    terminal.err(`stage-size: error: ${messageOf(error).replace(/\s*\n\s*/g, ' ')}\n`)
    return 1
  }
}
