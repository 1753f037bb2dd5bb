import { UserError } from './errors.js'
import type { Log } from './log.js'

/** What stands in for a hidden value, as GitHub's log masking writes it. */
export const MASK = '***'

/**
 * Build-arg values shorter than this are hidden only where they stand as
 * `NAME=value` (BuildKit writes `RUN |1 NAME=value …` into the image history):
 * hiding "20" or "dev" everywhere would mask every version number and word
 * that holds it, and no token is that short. Secrets are hidden at any length.
 */
export const SHORTEST_MASKED_ARG = 4

/** Hex identifiers (digests, commit SHAs) name bytes, never hold a value: left as they are. */
const IDENTIFIER = /^(sha256:)?[0-9a-f]{40,64}$/

/**
 * Hides secret values and build-arg values in everything stage-size writes:
 * the report (so the artifact), the comment, the job summary, the outputs and
 * its log lines. An instruction that used one shows `***` in its place.
 */
export class Redactor {
  private readonly assignments: [string, string][]
  private readonly values: string[]

  constructor(secrets: readonly string[], buildArgs: Readonly<Record<string, string>>) {
    const args = Object.entries(buildArgs).filter(([, value]) => value !== '')
    this.assignments = args.map(([name, value]) => [
      `${name}=${value}`,
      `${name}=${MASK}`
    ])
    const long = args
      .map(([, value]) => value)
      .filter(v => v.length >= SHORTEST_MASKED_ARG)
    // Longest first, so a value that holds another is hidden whole.
    this.values = [...new Set([...secrets.filter(Boolean), ...long])].sort(
      (a, b) => b.length - a.length
    )
  }

  /** Nothing to hide: no secrets and no build args. */
  get empty(): boolean {
    return this.values.length === 0 && this.assignments.length === 0
  }

  /** Every value the runner's log should mask (core.setSecret). */
  get masked(): readonly string[] {
    return this.values
  }

  text(value: string): string {
    if (this.empty || IDENTIFIER.test(value)) return value
    let text = value
    for (const [assignment, masked] of this.assignments)
      text = text.split(assignment).join(masked)
    for (const secret of this.values) text = text.split(secret).join(MASK)
    return text
  }

  /**
   * A copy of a JSON value (a report) with every string redacted, but those in
   * `keep`: names the Dockerfile itself spells out (its stages), which a
   * build arg may choose (`FROM ${BASE}`) but cannot make secret.
   */
  json<T>(value: T, keep: ReadonlySet<string> = new Set()): T {
    if (this.empty) return value
    return this.walk(value, keep) as T
  }

  private walk(value: unknown, keep: ReadonlySet<string>): unknown {
    const hide = (text: string) => (keep.has(text) ? text : this.text(text))
    if (typeof value === 'string') return hide(value)
    if (Array.isArray(value)) return value.map(item => this.walk(item, keep))
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [hide(key), this.walk(item, keep)])
    )
  }
}

/** A log that writes nothing the redactor hides. */
export function redactedLog(log: Log, redactor: Redactor): Log {
  if (redactor.empty) return log
  const hide = (text: string) => redactor.text(text)
  return {
    info: message => log.info(hide(message)),
    notice: message => log.notice(hide(message)),
    warning: message => log.warning(hide(message)),
    detail: line => log.detail(hide(line)),
    group: (title, work) => log.group(hide(title), work)
  }
}

/** The error with nothing the redactor hides in its message, details or stack. */
export function redactedError(error: unknown, redactor: Redactor): unknown {
  if (redactor.empty || !(error instanceof Error)) return error
  const hide = (text: string) => redactor.text(text)
  const hidden =
    error instanceof UserError
      ? new UserError(hide(error.message), error.details && hide(error.details))
      : new Error(hide(error.message))
  hidden.stack = error.stack && hide(error.stack)
  // What the doors read to explain an error (ENOSPC and the file it hit).
  const { code, path } = error as { code?: unknown; path?: unknown }
  return Object.assign(hidden, {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof path === 'string' ? { path: hide(path) } : {})
  })
}
