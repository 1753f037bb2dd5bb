import type { HeadCommit } from '../core/baseline.js'
import { lastLines } from '../system/process.js'
import { runCommand } from '../system/process.js'

export interface GitResult {
  ok: boolean
  stdout: string
  stderr: string
}

/** git in one repository, always with argument arrays. */
export class Git {
  private constructor(
    /** The repository's top-level directory. */
    readonly root: string
  ) {}

  /** The repository that holds `dir`, or null when it is not in one. */
  static async at(dir: string): Promise<Git | null> {
    const result = await runGit(dir, ['rev-parse', '--show-toplevel'])
    return result.ok ? new Git(result.stdout.trim()) : null
  }

  run(args: string[]): Promise<GitResult> {
    return runGit(this.root, args)
  }

  /**
   * HEAD and its parents as the commit object records them: in a shallow clone
   * (actions/checkout's default) rev-list would show a boundary commit with
   * none. Null in a repository with no commits yet.
   */
  async head(): Promise<HeadCommit | null> {
    const sha = await this.commitOf('HEAD')
    if (!sha) return null
    const commit = await this.run(['cat-file', 'commit', 'HEAD'])
    if (!commit.ok) {
      throw new Error(`git could not read HEAD: ${lastLines(commit.stderr, 1)}`)
    }
    const header = commit.stdout.split('\n\n')[0]
    const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map(match => match[1])
    return { sha, parents }
  }

  /** The commit a name or SHA stands for here, or null. */
  async commitOf(ref: string): Promise<string | null> {
    const result = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
    return result.ok ? result.stdout.trim() : null
  }

  async isShallow(): Promise<boolean> {
    const result = await this.run(['rev-parse', '--is-shallow-repository'])
    return result.stdout.trim() === 'true'
  }

  /** Fetches refs or SHAs from origin (no tags), `depth` commits deep. */
  fetch(refs: string[], depth: number): Promise<GitResult> {
    return this.run(['fetch', '--no-tags', `--depth=${depth}`, 'origin', ...refs])
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const result = await this.run(['merge-base', a, b])
    return result.ok ? result.stdout.trim() : null
  }

  async addWorktree(dir: string, sha: string): Promise<GitResult> {
    return this.run(['worktree', 'add', '--detach', dir, sha])
  }

  async removeWorktree(dir: string): Promise<void> {
    await this.run(['worktree', 'remove', '--force', dir])
    await this.run(['worktree', 'prune'])
  }
}

async function runGit(cwd: string, args: string[]): Promise<GitResult> {
  const result = await runCommand('git', args, { cwd })
  return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr }
}
