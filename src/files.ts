import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** JSON as stage-size writes it: indented, with a final newline. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}

/**
 * Writes a file so that readers never see half of it: to a temporary file
 * beside the target, then renamed over it.
 */
export async function writeTextFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, text)
  await rename(partial, file)
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await writeTextFile(file, jsonText(value))
}

/** Removes a file left by an earlier run, so a failed run leaves no report claiming success. */
export async function removeFile(file: string): Promise<void> {
  await rm(file, { force: true })
}
