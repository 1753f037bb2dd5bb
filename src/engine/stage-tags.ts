import { leftovers, removeImages } from '../system/leftovers.js'
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

  /** Returns the tags that could not be removed (the engine went away): they stay in the ledger. */
  async removeAll(): Promise<string[]> {
    if (this.keep) {
      for (const { tag, side, stage } of this.made) {
        await Docker.run(['tag', tag, `stage-size/${stage}:${side}`])
      }
    }
    const { left } = await removeImages(this.made.map(made => made.tag))
    return left
  }
}
