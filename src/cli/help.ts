import type { Section } from '../core/options/row.js'
import { rowsOf } from '../core/options/table.js'

const HEADINGS: Record<Section, string> = {
  build: 'What to build:',
  compare: 'What to compare with:',
  gate: 'The gate:',
  output: 'Output:'
}

/** Where the descriptions start, and where lines end. */
const TEXT_COLUMN = 31
const WIDTH = 80

/** `text` in lines of at most WIDTH, the first after `left`, the rest under TEXT_COLUMN. */
function described(left: string, text: string): string[] {
  const indent = ' '.repeat(TEXT_COLUMN)
  const lines: string[] = []
  let line = left.length + 2 > TEXT_COLUMN ? `${left}  ` : left.padEnd(TEXT_COLUMN)
  for (const word of text.split(' ')) {
    const start = line.trim() === '' || line.endsWith(' ') ? line : `${line} `
    if (start.length + word.length > WIDTH && line.trim().length > left.trim().length) {
      lines.push(line.trimEnd())
      line = indent + word
    } else line = start + word
  }
  return [...lines, line]
}

/** One flag's lines: `  -f, --file PATH   the Dockerfile (…)`. */
function flagLines(row: {
  flag?: string
  short?: string
  help?: { value?: string; text: string }
}): string[] {
  const short = row.short ? `-${row.short}, ` : '    '
  const value = row.help?.value ? ` ${row.help.value}` : ''
  return described(`  ${short}--${row.flag}${value}`, row.help?.text ?? '')
}

/** Every flag, by section, as the option table describes it. */
function flags(): string {
  const sections = Object.keys(HEADINGS) as Section[]
  return sections
    .map(section => {
      const rows = rowsOf('flag').filter(([, row]) => row.section === section)
      return [HEADINGS[section], ...rows.flatMap(([, row]) => flagLines(row))].join('\n')
    })
    .join('\n\n')
}

/** `stage-size --help`. */
export const HELP = `Usage: stage-size [options] [CONTEXT]
       stage-size report FILE... [--markdown PATH]

Builds every stage of a multi-stage Dockerfile, measures each stage's image
(uncompressed: the bytes of its files; compressed: what a registry stores),
compares them with the base commit's, and fails when the target grew too much.

${flags()}

stage-size report FILE... renders reports written with --json (one image's,
or several images' merged into one comment, as the action's
comment-from-report does) to the --markdown PATH ("-" or none: stdout), for
other CI systems; it exits with 2 when an image failed its gate.

Exit status: 0 when the gate passes (or warns, or has no baseline), 1 on an
error (bad input, a failing build), 2 when the gate fails.
`
