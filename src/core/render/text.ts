import { formatBytes, formatSignedBytes } from '../bytes.js'

const CODE_WIDTH = 100
const NBSP = '\u00a0'

/** Text that never wraps inside a table cell. */
export function unbroken(text: string): string {
  return text.replace(/ /g, NBSP)
}

/** A size that never wraps inside a table cell: "6.27 MB"; "—" for one not measured. */
export function size(bytes: number | null): string {
  return bytes === null ? '—' : formatBytes(bytes).replace(' ', NBSP)
}

/** A signed change that never wraps: "+2.29 MB". */
export function change(bytes: number): string {
  return formatSignedBytes(bytes).replace(' ', NBSP)
}

/** "3.09 MB → 5.20 MB", in one piece; one size when both are the same. */
export function fromTo(before: string, after: string): string {
  return before === after ? after : `${before}${NBSP}→${NBSP}${after}`
}

/**
 * Characters that change how text shows without being seen: C0 and C1
 * controls, bidirectional overrides and isolates (which can make a path read
 * backwards), zero-width spaces, joiners and marks, the byte-order mark.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g
const ZWSP = '\u200b'

/** One visible line: invisible characters gone, every run of whitespace (line breaks too) one space. */
export function oneLine(value: string): string {
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ')
}

/**
 * Text GitHub would turn into something live, broken with a zero-width
 * space: @mentions (people and teams), #123 issue references, and the
 * URLs and www. names the autolink extension links.
 */
function unlinked(value: string): string {
  return value
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/:\/\//g, `${ZWSP}://`)
    .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZWSP}.`)
}

/**
 * Text as inline code in a table cell: one line, no pipes, not too long, fenced
 * by more backticks than it holds. Mentions, links and markup inside code are inert.
 */
export function codeSpan(value: string): string {
  let line = oneLine(value).trim().replace(/\|/g, '\\|')
  if (line.length > CODE_WIDTH) line = `${line.slice(0, CODE_WIDTH - 1)}…`
  if (line === '') return ''
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = longestRun > 0 ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/**
 * Report text as plain markdown: a report may come from a fork's run (with
 * comment-from-report) and branch names are anyone's, so markup, HTML,
 * entities (`&#64;` would read as @), table pipes, mentions, references and
 * links are made inert, on one line.
 */
export function text(value: string): string {
  return unlinked(
    oneLine(value).replace(/[\\`*_[\]<>|~&!#]/g, character => `\\${character}`)
  )
}

/** Report text inside HTML (a `<summary>` line, where markdown escapes would show), inert likewise. */
export function html(value: string): string {
  return unlinked(
    oneLine(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}

/** A markdown table from a header row, alignments and rows. */
export function table(header: string[], alignment: string[], rows: string[][]): string {
  return [header, alignment, ...rows].map(cells => `| ${cells.join(' | ')} |`).join('\n')
}

/** How far past a limit: "11.5× over" (or "over" when the limit allows nothing). */
export function overBy(actual: number, allowed: number): string {
  return allowed > 0 ? `${(actual / allowed).toFixed(1)}× over` : 'over'
}
