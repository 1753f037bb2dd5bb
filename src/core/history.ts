/** The target's sizes at one commit of its branch. */
export interface HistoryPoint {
  sha: string
  /** When it was measured, ISO 8601. */
  date: string
  uncompressedBytes: number
  compressedBytes: number
}

/** A report keeps the last this many points. */
export const HISTORY_LENGTH = 30

/** The history up to the base, then this commit (replacing an earlier point of the same commit). */
export function extendHistory(
  previous: readonly HistoryPoint[],
  point: HistoryPoint | null
): HistoryPoint[] {
  if (!point) return previous.slice(-HISTORY_LENGTH)
  return [...previous.filter(earlier => earlier.sha !== point.sha), point].slice(
    -HISTORY_LENGTH
  )
}

/** Only well-formed points of a stored report's history (it may come from any version). */
export function validHistory(value: unknown): HistoryPoint[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (point): point is HistoryPoint =>
      typeof point?.sha === 'string' &&
      typeof point.date === 'string' &&
      Number.isFinite(point.uncompressedBytes) &&
      Number.isFinite(point.compressedBytes)
  )
}
