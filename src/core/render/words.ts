import type { StageStatus, Verdict } from '../gate.js'
import type { Report } from '../report.js'

/** Each verdict's mark: in the title, and beside each image of a merged comment. */
export const MARK: Record<Verdict, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  'no-baseline': 'ℹ️'
}

const TITLE: Record<Verdict, string> = {
  pass: 'Image size check passed',
  warn: 'Image size check passed with a warning',
  fail: 'Image size check failed',
  'no-baseline': 'Image sizes, no baseline to compare with'
}

/** The comment's title for a verdict: one image's, or several images' merged. */
export function titleOf(verdict: Verdict, several = false): string {
  if (several && verdict === 'no-baseline')
    return `${MARK[verdict]} Image sizes (some images have no baseline)`
  return `${MARK[verdict]} ${TITLE[verdict]}`
}

/** A status as the comment writes it. */
export const STATUS_WORD: Record<StageStatus | 'warn', string> = {
  fail: '❌\u00a0fail',
  warn: '⚠️\u00a0warn',
  pass: '✅\u00a0pass',
  unchanged: 'unchanged',
  new: '🆕\u00a0new',
  removed: '🗑️\u00a0removed'
}

/** "12 files", "1 file". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * The buildx builder that measured, when it is not the engine's own (the
 * docker driver): "builder ci (docker-container driver, BuildKit v0.32.2)".
 * Not escaped: the caller escapes for where it writes.
 */
export function builderWords(engine: Report['engine']): string | null {
  const builder = engine.buildxBuilder
  if (!builder?.driver || builder.driver === 'docker') return null
  const buildkit = builder.nodes[0]?.buildkit
  const nodes = builder.nodes.length > 1 ? `, ${count(builder.nodes.length, 'node')}` : ''
  const details = `${builder.driver} driver${buildkit ? `, BuildKit ${buildkit}` : ''}${nodes}`
  return `builder ${builder.name ?? '(unnamed)'} (${details})`
}
