import * as core from '@actions/core'
import { count } from '../core/render/words.js'
import { messageOf } from '../core/errors.js'
import { removeLeftovers } from '../system/leftovers.js'
import { state } from './state.js'

/**
 * The post step (`post-if: always()`): removes what a main step that was
 * killed before it could clean up left behind, as its saved ledger lists.
 * After a main step that finished, the ledger is empty. Never fails the job.
 */
export async function runPost(): Promise<void> {
  try {
    const items = state.leftovers()
    if (items.length === 0) return
    core.info(
      `The main step did not finish: removing the ${count(items.length, 'thing')} it left.`
    )
    const problems = await removeLeftovers(items)
    problems.forEach(problem => core.warning(`stage-size could not remove: ${problem}`))
  } catch (error) {
    core.warning(`stage-size's clean-up failed: ${messageOf(error)}`)
  }
}
