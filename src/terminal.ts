import { writeTextFile } from './system/files.js'

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
