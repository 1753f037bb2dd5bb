import { BYTE_UNITS, isBareNumber, parseByteSize } from './bytes.js'
import { UserError } from './errors.js'

/** How much a stage may grow: a share of its base size, a number of bytes, or without limit. */
export type Growth =
  | { kind: 'percent'; percent: string; text: string }
  | { kind: 'bytes'; bytes: number; text: string }
  | { kind: 'off'; text: 'off' }

const GROWTH_FORMS = `a percentage (5%, 2.5%), a size (500kB, 20MB, 1.5GiB; units ${BYTE_UNITS.join(', ')}) or off`

/** Reads `N%`, a byte size, or `off`; zero and negative limits are refused. */
export function parseGrowth(value: string, input: string): Growth {
  const growth = readLimit(value)
  if (growth) return growth
  refuseBareNumber(value, input)
  throw new UserError(
    `${input}: "${value}" is not a growth limit; use ${GROWTH_FORMS}, above zero (to fail on any growth use 1B)`
  )
}

/** `N%` or a byte size above zero, or `off`; null when the text is none of these. */
function readLimit(value: string): Growth | null {
  const text = value.trim()
  if (text.toLowerCase() === 'off') return { kind: 'off', text: 'off' }
  const percent = text.match(/^(\d+(?:\.\d+)?|\.\d+)\s*%$/)
  if (percent) {
    return Number(percent[1]) > 0 ? { kind: 'percent', percent: percent[1], text } : null
  }
  const bytes = parseByteSize(text)
  return bytes !== null && bytes > 0 ? { kind: 'bytes', bytes, text } : null
}

/** `5` is five bytes to a parser and five percent to most people: neither is guessed. */
function refuseBareNumber(value: string, input: string): void {
  if (!isBareNumber(value)) return
  const number = value.trim()
  throw new UserError(
    `${input}: "${number}" has no unit; write ${number}% for a share of the base size, or a size with its unit: ${number}B, ${number}kB, ${number}MB`
  )
}

/** How many bytes the target's layers may waste: a size, or N% of the image; empty or off for no limit. */
export const parseMaxWaste = (value: string, input: string): Growth | null =>
  parseSizeOrShare(value, input, 'a waste limit')

/** The smallest change that counts: a size, or N% of the stage; empty, 0 or off for every byte. */
export const parseMinimumChange = (value: string, input: string): Growth | null =>
  value.trim() === '0' ? null : parseSizeOrShare(value, input, 'a minimum change')

function parseSizeOrShare(value: string, input: string, what: string): Growth | null {
  if (value.trim() === '') return null
  const limit = readLimit(value)
  if (limit) return limit.kind === 'off' ? null : limit
  refuseBareNumber(value, input)
  throw new UserError(
    `${input}: "${value}" is not ${what}; use a size (500kB, 20MB, 1.5GiB; units ${BYTE_UNITS.join(', ')}), a percentage of the image (10%) or off, above zero`
  )
}

/** An absolute budget such as `20MB`; empty for none. */
export function parseMaxSize(value: string, input: string): number | null {
  if (value.trim() === '') return null
  const bytes = parseByteSize(value)
  if (bytes === null || bytes <= 0) {
    if (isBareNumber(value)) {
      const number = value.trim()
      throw new UserError(
        `${input}: "${number}" has no unit; a size needs one: ${number}MB, ${number}MiB, ${number}kB (or ${number}B for bytes)`
      )
    }
    throw new UserError(
      `${input}: "${value}" is not a size; use a size with its unit (e.g. 20MB, 512MiB, 1.5GB; units ${BYTE_UNITS.join(', ')}), above zero`
    )
  }
  return bytes
}

/** `stage=limit` lines; stage names are checked against the Dockerfile later. */
export function parseStageThresholds(
  lines: string[],
  input: string
): Map<string, Growth> {
  const thresholds = new Map<string, Growth>()
  for (const line of lines) {
    if (line.trim() === '') continue
    const equals = line.indexOf('=')
    const stage = line.slice(0, equals).trim().toLowerCase()
    if (equals === -1 || stage === '') {
      throw new UserError(
        `${input}: "${line}" is not stage=limit; give one per line, e.g. "builder=10%" (a limit is ${GROWTH_FORMS})`
      )
    }
    thresholds.set(stage, parseGrowth(line.slice(equals + 1), `${input} (${stage})`))
  }
  return thresholds
}

/** The growth in bytes a limit allows from a base size; null when unlimited. */
export function allowedGrowth(growth: Growth, baseBytes: number): number | null {
  switch (growth.kind) {
    case 'off':
      return null
    case 'bytes':
      return growth.bytes
    case 'percent':
      return percentOf(baseBytes, growth.percent)
  }
}

/**
 * `percent`% of `bytes`, rounded down, in exact decimal arithmetic: at the
 * boundary 5% of 1,000 bytes allows exactly 50 bytes, whatever floats would say.
 */
function percentOf(bytes: number, percent: string): number {
  const [whole, fraction = ''] = percent.split('.')
  const numerator = BigInt(whole + fraction)
  const denominator = 100n * 10n ** BigInt(fraction.length)
  return Number((BigInt(bytes) * numerator) / denominator)
}
