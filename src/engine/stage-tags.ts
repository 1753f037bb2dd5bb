import { leftovers } from '../system/leftovers.js'
import { Docker } from './docker.js'

/**
 * The image tags a run makes in the engine (images loaded to be pushed), each
 * in the leftovers ledger from before the build, so that nothing outlives the
 * run: `removeAll` removes them, or first renames them to
 * `stage-size/<stage>:<side>` when the user keeps the images.
 */
export class StageTags {
  private readonly made: { tag: string; side: string; stage: string }[] = []

  constructor(private readonly keep: boolean) {}

  add(tag: string, side: string, stage: string): void {
    this.made.push({ tag, side, stage })
    leftovers.add({ kind: 'image', tag })
  }

  async removeAll(): Promise<void> {
    if (this.keep) {
      for (const { tag, side, stage } of this.made) {
        await Docker.run(['tag', tag, `stage-size/${stage}:${side}`])
      }
    }
    const tags = this.made.map(made => made.tag)
    if (tags.length > 0) await Docker.run(['image', 'rm', ...tags])
    tags.forEach(tag => leftovers.remove({ kind: 'image', tag }))
  }
}
