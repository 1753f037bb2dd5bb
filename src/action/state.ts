import * as core from '@actions/core'
import { parseLeftovers, type Leftover } from '../system/leftovers.js'

/**
 * The step's state, every key in one place (docker/build-push-action's
 * state-helper.ts): the main step saves it, the runner hands it to the post
 * step of the same bundle.
 */
export const state = {
  /** Whether this is the post step: the main step said so before it began. */
  isPost: (): boolean => core.getState('isPost') === 'true',
  markMainStarted: (): void => core.saveState('isPost', 'true'),
  /** What the main step made and had not removed, as it last saved it. */
  leftovers: (): Leftover[] => parseLeftovers(core.getState('leftovers')),
  saveLeftovers: (items: readonly Leftover[]): void =>
    core.saveState('leftovers', JSON.stringify(items))
}
