const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB']

/** A byte count for people: SI units (as `docker images` prints them), three significant digits. */
export function formatBytes(bytes: number): string {
  const magnitude = Math.abs(bytes)
  if (magnitude < 1000) return `${bytes} B`
  let exponent = Math.min(Math.floor(Math.log10(magnitude) / 3), SI_UNITS.length - 1)
  // 999,999 B rounds to "1000 kB": say "1.00 MB" instead.
  if (magnitude / 1000 ** exponent >= 999.5 && exponent < SI_UNITS.length - 1) exponent++
  return `${(bytes / 1000 ** exponent).toPrecision(3)} ${SI_UNITS[exponent]}`
}

/** A byte count with thousands separators, for where the exact figure matters. */
export function formatExactBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B`
}

const UNIT_BYTES: Record<string, number> = {
  B: 1,
  kB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40
}

export const BYTE_UNITS = Object.keys(UNIT_BYTES)

/**
 * Reads a byte size such as `500kB`, `20MB`, `1.5GiB` or `1024B` (SI and IEC
 * units, written in their own case), or null when the text is not one. A bare
 * number is not a size (is `5` five bytes or five percent?), and negative
 * sizes read as null too.
 */
export function parseByteSize(text: string): number | null {
  const match = text.trim().match(/^(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]+)$/)
  if (!match) return null
  const unit = match[2]
  if (!Object.hasOwn(UNIT_BYTES, unit)) return null
  return Math.round(Number(match[1]) * UNIT_BYTES[unit])
}

/** A change in bytes with its sign, e.g. "+1.02 MB" or "-10 B". */
export function formatSignedBytes(bytes: number): string {
  return `${bytes > 0 ? '+' : ''}${formatBytes(bytes)}`
}

/** A percentage change in parentheses with its sign, e.g. " (+25.60%)"; empty without one. */
export function formatPercentChange(percent: number | null): string {
  if (percent === null) return ''
  return ` (${percent > 0 ? '+' : ''}${percent.toFixed(2)}%)`
}

/** A number with no unit (`5`, `200`): what a user who forgot the % or the MB writes. */
export function isBareNumber(text: string): boolean {
  return /^\s*(\d+(\.\d+)?|\.\d+)\s*$/.test(text)
}
