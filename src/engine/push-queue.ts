/**
 * The FROM chain of an image: its external base image, then the stages it is
 * built on, then itself. Two images share exactly the layers of their common
 * chain prefix.
 */
export type Chain = readonly string[]

interface Push {
  tag: string
  chain: Chain
}

/** How many pushes run at once: the engine compresses, we read; two keep both cores busy. */
const CONCURRENT_PUSHES = 2

/**
 * Pushes images to the measuring registry as they become ready, each once,
 * two at a time, but never two that share a layer not yet measured: until a
 * push has sent a layer, the registry cannot tell the engine it has it, so two
 * pushes sharing it would both send (and compress) it.
 */
export class PushQueue {
  private readonly added = new Set<string>()
  private readonly waiting: Push[] = []
  private readonly running: Push[] = []
  /** Chain prefixes (joined) whose layers are measured. */
  private readonly measured = new Set<string>(['scratch'])
  private failure: unknown = null
  private idle: (() => void)[] = []

  constructor(private readonly push: (tag: string) => Promise<void>) {}

  add(tag: string, chain: Chain): void {
    if (this.added.has(tag) || this.failure) return
    this.added.add(tag)
    this.waiting.push({ tag, chain })
    this.pump()
  }

  /** Resolves when every push added so far is done; rejects with the first failure. */
  async finished(): Promise<void> {
    if (this.waiting.length > 0 || this.running.length > 0) {
      await new Promise<void>(resolve => this.idle.push(resolve))
    }
    if (this.failure) throw this.failure
  }

  /** Waits for the pushes under way, whatever their outcome. */
  async settled(): Promise<void> {
    await this.finished().catch(() => undefined)
  }

  private pump(): void {
    while (this.running.length < CONCURRENT_PUSHES && !this.failure) {
      const next = this.waiting.findIndex(candidate =>
        this.running.every(other =>
          this.isMeasured(commonPrefix(candidate.chain, other.chain))
        )
      )
      if (next === -1) break
      const [push] = this.waiting.splice(next, 1)
      this.running.push(push)
      this.push(push.tag).then(
        () => this.done(push),
        error => {
          this.failure ??= error
          this.waiting.length = 0
          this.done(push)
        }
      )
    }
    if (this.running.length === 0 && (this.waiting.length === 0 || this.failure)) {
      this.idle.splice(0).forEach(resolve => resolve())
    }
  }

  private done(push: Push): void {
    this.running.splice(this.running.indexOf(push), 1)
    if (!this.failure) {
      for (let length = 1; length <= push.chain.length; length++) {
        this.measured.add(push.chain.slice(0, length).join('\n'))
      }
    }
    this.pump()
  }

  private isMeasured(prefix: Chain): boolean {
    return prefix.length === 0 || this.measured.has(prefix.join('\n'))
  }
}

function commonPrefix(a: Chain, b: Chain): Chain {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return a.slice(0, length)
}
