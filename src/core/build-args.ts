import { createHash } from 'node:crypto'

/**
 * The build arguments as one sha256 of their sorted [name, value] pairs: a
 * stored report says which arguments it was measured with without holding
 * their values (teams pass tokens as build args). A short guessable value
 * can be found again by trying; what is secret belongs in `secrets`.
 */
export function buildArgsDigest(args: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `sha256:${createHash('sha256').update(JSON.stringify(pairs)).digest('hex')}`
}
