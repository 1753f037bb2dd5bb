import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Files to write (path -> content) or delete (path -> null). */
export type Files = Record<string, string | null>

export function git(dir: string, args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=stage-size tests',
      '-c',
      'user.email=tests@stage-size.invalid',
      ...args
    ],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  ).trim()
}

export function writeFiles(dir: string, files: Files): void {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file)
    if (content === null) rmSync(full, { force: true })
    else {
      mkdirSync(path.dirname(full), { recursive: true })
      writeFileSync(full, content)
    }
  }
}

export function commit(dir: string, files: Files, message: string): string {
  writeFiles(dir, files)
  git(dir, ['add', '--all'])
  git(dir, ['commit', '--quiet', '--allow-empty', '-m', message])
  return git(dir, ['rev-parse', 'HEAD'])
}

export interface TestRepo {
  dir: string
  baseSha: string
  headSha: string
}

/**
 * A repository whose `main` holds the base commit and whose `feature` branch
 * (checked out) adds the head commit on top.
 */
export function makeRepo(base: Files, head: Files): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-repo-'))
  git(dir, ['init', '--quiet', '--initial-branch=main'])
  const baseSha = commit(dir, base, 'base')
  git(dir, ['checkout', '--quiet', '-b', 'feature'])
  const headSha = commit(dir, head, 'head')
  return { dir, baseSha, headSha }
}

/** A bare copy of the repository with all its refs, to be a clone's origin. */
export function bareOrigin(repo: string): string {
  const bare = mkdtempSync(path.join(tmpdir(), 'stage-size-origin-'))
  git(bare, ['clone', '--quiet', '--mirror', repo, bare])
  return bare
}

/** A clone of one commit of `ref`, as actions/checkout makes by default. */
export function shallowClone(origin: string, ref: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stage-size-clone-'))
  git(dir, ['init', '--quiet'])
  git(dir, ['remote', 'add', 'origin', `file://${origin}`])
  git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', ref])
  git(dir, ['checkout', '--quiet', '--detach', 'FETCH_HEAD'])
  return dir
}
