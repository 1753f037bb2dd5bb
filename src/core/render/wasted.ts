import type { WastedFile } from '../final-filesystem.js'
import type { Limit } from '../limits.js'
import type { ImageSize } from '../image.js'
import type { InstructionNames } from './instructions.js'
import { codeSpan, overBy, size } from './text.js'

const WASTED_SHOWN = 3

/**
 * The stage's wasted bytes, when they grew or max-waste holds them, with the
 * largest wasted copies grouped by what made them wasted: a later instruction
 * that stored the same bytes again (a `chmod -R`: only mode or owner changed),
 * or one that overwrote or deleted them.
 */
export function wasteLine(
  head: ImageSize,
  base: ImageSize,
  limit: Limit | null,
  names: InstructionNames
): string {
  const wasted = head.wastedBytes
  if (wasted === undefined) return ''
  const before = base.wastedBytes ?? 0
  const allowed = limit?.maxWasteBytes ?? null
  if (wasted <= before && (allowed === null || wasted <= allowed)) return ''
  const gate =
    allowed === null
      ? ''
      : `, max-waste ${size(allowed)}${wasted > allowed ? `: **${overBy(wasted, allowed)}**` : ''}`
  const groups = new Map<string, WastedFile[]>()
  for (const copy of (head.wasted ?? []).slice(0, WASTED_SHOWN)) {
    const key = `${copy.storedAgainBy ?? copy.layer}:${copy.storedAgainBy === undefined ? copy.reason : 'again'}`
    groups.set(key, [...(groups.get(key) ?? []), copy])
  }
  const lines = [...groups.values()].map(
    copies =>
      `- ${cause(copies[0], names)}: ${copies.map(copy => `${codeSpan(copy.path)} ${size(copy.bytes)}`).join(', ')}`
  )
  const line = `**Wasted:** ${size(wasted)} that layers store and later layers hide (was ${size(before)}${gate})`
  return [lines.length ? `${line}:` : `${line}.`, ...lines].join('\n')
}

function cause(copy: WastedFile, names: InstructionNames): string {
  if (copy.storedAgainBy !== undefined)
    return `${names.name(copy.storedAgainBy)} stored again what ${names.name(copy.layer)} stored, bytes unchanged (only mode or owner)`
  return `written by ${names.name(copy.layer)}, then ${copy.reason}`
}
