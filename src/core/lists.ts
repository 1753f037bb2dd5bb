import { parse } from 'csv-parse/sync'

/**
 * A list input as docker/build-push-action reads one, so a `with:` block
 * copied from it means the same here: entries one per line or (unless
 * `ignoreComma`) separated by commas; a line in double quotes may hold
 * commas and line breaks (a secret of several lines); empty entries dropped.
 */
export function parseList(
  text: string,
  { ignoreComma }: { ignoreComma: boolean }
): string[] {
  if (text.trim() === '') return []
  const records = parse(text, {
    columns: false,
    relaxQuotes: true,
    relaxColumnCount: true,
    skipEmptyLines: true
  }) as string[][]
  return records
    .flatMap(record =>
      ignoreComma ? [record.join(',')] : record.flatMap(field => field.split(','))
    )
    .map(entry => entry.trim())
    .filter(Boolean)
}
