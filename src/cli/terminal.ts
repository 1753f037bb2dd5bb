import type { Say } from '../app/outcome.js'
import type { Log } from '../core/log.js'
import { writeTextFile } from '../system/files.js'

/** Where the CLI writes: standard output and standard error. */
export interface Terminal {
  out(text: string): void
  err(text: string): void
}

/** Writes an output file, or to stdout for "-". */
export async function writeOutput(
  file: string,
  text: string,
  terminal: Terminal
): Promise<void> {
  if (file === '-') terminal.out(text)
  else await writeTextFile(file, text)
}

/** The CLI's log: progress on stderr (stdout is for results), the build log only when verbose. */
export function terminalLog(terminal: Terminal, verbose: boolean): Log {
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

/** How the CLI says an outcome: on standard error. */
export function sayOn(terminal: Terminal): Say {
  return {
    warning: message => terminal.err(`warning: ${message}\n`),
    failure: message => terminal.err(`stage-size: ${message}\n`)
  }
}
