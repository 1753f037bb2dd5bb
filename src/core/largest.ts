/**
 * Inserts `item` into `list` (kept sorted by `sizeOf`, largest first) when it
 * is among the `limit` largest; an item no larger than the smallest of a full
 * list is left out, so equal sizes keep the order they arrived in. Returns the
 * item that fell off the end, if any.
 */
export function keepLargest<T>(
  list: T[],
  item: T,
  limit: number,
  sizeOf: (item: T) => number
): T | undefined {
  const size = sizeOf(item)
  if (list.length === limit && size <= sizeOf(list[list.length - 1])) return item
  const at = list.findIndex(other => sizeOf(other) < size)
  list.splice(at === -1 ? list.length : at, 0, item)
  return list.length > limit ? list.pop() : undefined
}
