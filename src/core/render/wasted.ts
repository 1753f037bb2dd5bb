import type { Limit } from '../limits.js'
import type { ImageSize } from '../image.js'
import { codeSpan, overBy, size } from './text.js'

const WASTED_SHOWN = 3

/** The stage's wasted bytes, when they grew or max-waste holds them, with the largest wasted copies. */
export function wasteLine(head: ImageSize, base: ImageSize, limit: Limit | null): string {
  const wasted = head.wastedBytes
  if (wasted === undefined) return ''
  const before = base.wastedBytes ?? 0
  const allowed = limit?.maxWasteBytes ?? null
  if (wasted <= before && (allowed === null || wasted <= allowed)) return ''
  const gate =
    allowed === null
      ? ''
      : `, max-waste ${size(allowed)}${wasted > allowed ? `: **${overBy(wasted, allowed)}**` : ''}`
  const copies = (head.wasted ?? [])
    .slice(0, WASTED_SHOWN)
    .map(
      copy =>
        `- ${codeSpan(copy.path)} ${size(copy.bytes)}, written by ${codeSpan(head.layers[copy.layer]?.createdBy ?? '')}, then ${copy.reason}`
    )
  const line = `**Wasted:** ${size(wasted)} stored in layers but hidden by later ones (was ${size(before)}${gate})`
  return [copies.length ? `${line}:` : `${line}.`, ...copies].join('\n')
}
