import { readFile } from 'node:fs/promises'
import { UserError } from '../core/errors.js'
import { imageKey, sameImageTwice, type ImageReport } from '../core/image-reports.js'
import { READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION, type Report } from '../core/report.js'
import { checkReport } from '../core/report-schema.js'

/**
 * Reads a report an earlier run wrote: a baseline to compare with (say, an
 * artifact from the main branch), or a report to post as the PR comment.
 * Whoever wrote it (a fork's run, say) is not trusted: a missing file,
 * something that is not JSON, a report of another schema version, and one
 * that does not fit report.schema.json are refused, naming the input, the
 * file and the first bad field.
 */
export async function readReport(
  file: string,
  input: string,
  /** The file as messages name it (a temporary path means nothing to the user). */
  shown = file
): Promise<Report> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UserError(
      `${input}: no file at ${shown}; give the path of a report from an earlier stage-size run`
    )
  })
  let report: unknown
  try {
    report = JSON.parse(text)
  } catch (error) {
    throw new UserError(
      `${input}: ${shown} is not JSON (${String((error as Error).message)})`
    )
  }
  const version = (report as { schemaVersion?: unknown } | null)?.schemaVersion
  if (!READABLE_SCHEMA_VERSIONS.includes(version)) {
    throw new UserError(
      `${input}: ${shown} has schemaVersion ${JSON.stringify(version ?? null)}; this stage-size reads schemaVersion 2 and ${SCHEMA_VERSION} (make the baseline with the same major version)`
    )
  }
  const checked = checkReport(report)
  if ('problem' in checked) throw new UserError(`${input}: ${shown}: ${checked.problem}`)
  return checked.report
}

/** Several images' reports, each with its image's key; the same image twice is refused, naming both files. */
export async function readImageReports(
  files: string[],
  input: string
): Promise<ImageReport[]> {
  const images = await Promise.all(
    files.map(async file => {
      const report = await readReport(file, input)
      return { key: imageKey(report), file, report }
    })
  )
  const twice = sameImageTwice(images)
  if (twice) {
    throw new UserError(
      `${input}: ${twice[0].file} and ${twice[1].file} both measure ${twice[0].key}; give each image's report once`
    )
  }
  return images
}
