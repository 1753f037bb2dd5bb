import type { Log } from '../../src/core/log.js'

/** A Log that keeps what it is told, for assertions. */
export function recordingLog(): Log & {
  lines: string[]
  warnings: string[]
  notices: string[]
} {
  const lines: string[] = []
  const warnings: string[] = []
  const notices: string[] = []
  return {
    lines,
    warnings,
    notices,
    info: message => lines.push(message),
    notice: message => notices.push(message),
    warning: message => warnings.push(message),
    detail: line => lines.push(line),
    group: async (title, work) => {
      lines.push(`[group] ${title}`)
      return work()
    }
  }
}
