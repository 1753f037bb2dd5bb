import { rm } from 'node:fs/promises'
import { runCommand } from './process.js'

/** Something a run makes and must remove: an image tag, a temporary path, a git worktree. */
export type Leftover =
  | { kind: 'image'; tag: string }
  | { kind: 'path'; path: string }
  | { kind: 'worktree'; repository: string; path: string }

/**
 * The ledger of what the run has made and not yet removed. Each change is
 * handed to the recorder (the action saves it with core.saveState), so that a
 * cancelled run, or the post step after a killed one, can remove it all.
 */
class Ledger {
  private readonly items = new Map<string, Leftover>()
  private recorder: (items: Leftover[]) => void = () => {}

  recordWith(recorder: (items: Leftover[]) => void): void {
    this.recorder = recorder
  }

  add(item: Leftover): void {
    this.items.set(keyOf(item), item)
    this.recorder(this.list())
  }

  remove(item: Leftover): void {
    if (this.items.delete(keyOf(item))) this.recorder(this.list())
  }

  list(): Leftover[] {
    return [...this.items.values()]
  }
}

export const leftovers = new Ledger()

function keyOf(item: Leftover): string {
  return item.kind === 'image' ? `image ${item.tag}` : `${item.kind} ${item.path}`
}

/**
 * Removes leftovers, worktrees before the paths that hold them; what is
 * already gone is no error. Returns what could not be removed.
 */
export async function removeLeftovers(items: Leftover[]): Promise<string[]> {
  const tags = items.flatMap(item => (item.kind === 'image' ? [item.tag] : []))
  const problems = (await removeImages(tags)).problems
  for (const item of items) {
    if (item.kind !== 'worktree') continue
    const git = (args: string[]) =>
      runCommand('git', ['-C', item.repository, ...args], { always: true })
    await git(['worktree', 'remove', '--force', item.path])
    await git(['worktree', 'prune'])
  }
  for (const item of items) {
    if (item.kind === 'image') continue
    await rm(item.path, { recursive: true, force: true }).catch(error =>
      problems.push(String(error))
    )
  }
  return problems
}

/**
 * Removes image tags, each leaving the ledger only once it is gone (removed
 * now, or already): against an engine that went away nothing is, so the post
 * step, or a later clean-up, still knows what to remove.
 */
export async function removeImages(
  tags: readonly string[]
): Promise<{ left: string[]; problems: string[] }> {
  if (tags.length === 0) return { left: [], problems: [] }
  const result = await runCommand('docker', ['image', 'rm', ...tags], { always: true })
  const gone = (tag: string) =>
    result.exitCode === 0 ||
    result.stdout.includes(`Untagged: ${tag}\n`) ||
    result.stderr.includes(`No such image: ${tag}`)
  const left = tags.filter(tag => !gone(tag))
  tags.filter(gone).forEach(tag => leftovers.remove({ kind: 'image', tag }))
  const problems = result.stderr
    .split('\n')
    .filter(line => line && !/No such image/i.test(line))
  return { left, problems }
}

/** Parses a ledger saved by `recordWith`; anything else is an empty list. */
export function parseLeftovers(text: string): Leftover[] {
  try {
    const items = JSON.parse(text) as unknown
    return Array.isArray(items) ? items.filter(isLeftover) : []
  } catch {
    return []
  }
}

function isLeftover(item: unknown): item is Leftover {
  const value = item as Record<string, unknown>
  if (typeof value !== 'object' || value === null) return false
  if (value.kind === 'image') return typeof value.tag === 'string'
  if (value.kind === 'path') return typeof value.path === 'string'
  return (
    value.kind === 'worktree' &&
    typeof value.path === 'string' &&
    typeof value.repository === 'string'
  )
}
