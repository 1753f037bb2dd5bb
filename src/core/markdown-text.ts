import { formatBytes, formatSignedBytes } from './bytes.js'

const CODE_WIDTH = 100
const NBSP = '\u00a0'

/** Text that never wraps inside a table cell. */
export function unbroken(text: string): string {
  return text.replace(/ /g, NBSP)
}

/** A size that never wraps inside a table cell: "6.27 MB". */
export function size(bytes: number): string {
  return formatBytes(bytes).replace(' ', NBSP)
}

/** A signed change that never wraps: "+2.29 MB". */
export function change(bytes: number): string {
  return formatSignedBytes(bytes).replace(' ', NBSP)
}

/** "3.09 MB → 5.20 MB", in one piece; one size when both are the same. */
export function fromTo(before: string, after: string): string {
  return before === after ? after : `${before}${NBSP}→${NBSP}${after}`
}

/** "12 files", "1 file". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * Text as inline code in a table cell: one line, no pipes, not too long, fenced
 * by more backticks than it holds. Mentions and markup inside code are inert.
 */
export function codeSpan(value: string): string {
  let line = value.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
  if (line.length > CODE_WIDTH) line = `${line.slice(0, CODE_WIDTH - 1)}…`
  if (line === '') return ''
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = longestRun > 0 ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/**
 * Report text as plain markdown: a report may come from a fork's run (with
 * comment-from-report) and branch names are anyone's, so markup, HTML, table
 * pipes and @mentions are made inert.
 */
export function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, character => `\\${character}`)
    .replace(/@(?=\w)/g, '@\u200b')
}

/** A markdown table from a header row, alignments and rows. */
export function table(header: string[], alignment: string[], rows: string[][]): string {
  return [header, alignment, ...rows].map(cells => `| ${cells.join(' | ')} |`).join('\n')
}
