import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { leftovers } from './leftovers.js'

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

/**
 * Runs `work` in a new temporary directory (named `<prefix>…`), removed
 * afterwards; it is in the leftovers ledger meanwhile, so a cancelled run
 * removes it too.
 */
export async function withTempDir<T>(
  prefix: string,
  work: (dir: string) => Promise<T>
): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  const item = { kind: 'path', path: dir } as const
  leftovers.add(item)
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
    leftovers.remove(item)
  }
}

/**
 * A full disk, in one line naming the folder (TMPDIR's, when it is under it);
 * null for any other error.
 */
export function diskFull(error: unknown): string | null {
  const { code, path: file } = (error ?? {}) as { code?: unknown; path?: unknown }
  if (code !== 'ENOSPC') return null
  const temporary = tmpdir()
  const folder = typeof file === 'string' ? path.dirname(file) : temporary
  const underTmp = folder === temporary || folder.startsWith(temporary + path.sep)
  return underTmp
    ? `no space left on the device of ${folder} (TMPDIR is ${temporary}): free space there, or point TMPDIR at a larger disk`
    : `no space left on the device of ${folder}: free space there`
}
