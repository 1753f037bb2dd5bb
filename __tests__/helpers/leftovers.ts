import { leftovers } from '../../src/system/leftovers.js'

/**
 * Every image tag the run's ledger has held since this was called: the tags
 * this process made, so a check for leftovers is not confused by images that
 * tests running beside it (on the same engine) have at that moment.
 */
export function tagsMade(): () => string[] {
  const tags = new Set<string>()
  leftovers.recordWith(items =>
    items.forEach(item => item.kind === 'image' && tags.add(item.tag))
  )
  return () => [...tags]
}
