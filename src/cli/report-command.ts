import { parseArgs } from 'node:util'
import { reportsMarkdown, reportsOutcome, settle } from '../app/outcome.js'
import { readImageReports } from '../app/report-file.js'
import { UserError, messageOf } from '../core/errors.js'
import { COMMENT_LIMIT, NO_LINKS } from '../core/render/comment.js'
import { sayOn, writeOutput, type Terminal } from './terminal.js'

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
    const markdown = reportsMarkdown(images, COMMENT_LIMIT, NOTE, NO_LINKS)
    await writeOutput(values.markdown ?? '-', markdown, terminal)
    const policy = { failOnRegression: true, failOnMissingBaseline: false }
    return settle(reportsOutcome(images, policy), sayOn(terminal))
  } catch (error) {
    terminal.err(`stage-size: error: ${messageOf(error).replace(/\s*\n\s*/g, ' ')}\n`)
    return 1
  }
}
