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
