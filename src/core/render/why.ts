import { largestFileChanges, type FileChanges } from '../file-changes.js'
import type { Metric } from '../limits.js'
import type { ImageSize, PlatformSize } from '../image.js'
import { changedLayers, type LayerChange } from '../changed-layers.js'
import type { StageReport } from '../report.js'
import { change, codeSpan, size, table } from './text.js'
import { wasteLine } from './wasted.js'
import { count } from './words.js'

const DIRECTORIES_SHOWN = 3

const LAYERS_SHOWN = 5

/**
 * Why a stage's size changed, in a few lines: the counts, the directories
 * that changed most, and the files that did with the instruction that put
 * each there; its layers when the files are not known (a base measured
 * elsewhere); its wasted bytes when they grew.
 */
export function why(stage: StageReport, metric: Metric, filesShown: number): string {
  if (!stage.head || !stage.base) return ''
  const files = stage.fileChanges
  const summary = files && fileSummary(files)
  const parts = files
    ? [summary ? `**Why:** ${summary}` : '', fileTable(files, stage.head, filesShown)]
    : [layerTable(stage, metric)]
  return [...parts, wasteLine(stage.head, stage.base, stage.limit)]
    .filter(Boolean)
    .join('\n\n')
}

/** "3 files added (+2.29 MB), 1 removed (−300 kB). Most under `/app/deps` (+2.29 MB)." */
function fileSummary(files: FileChanges): string {
  const kinds = [
    files.addedFiles &&
      `${count(files.addedFiles, 'file')} added (${change(files.addedBytes)})`,
    files.removedFiles &&
      `${files.removedFiles.toLocaleString('en-US')} removed (${change(-files.removedBytes)})`,
    files.changedFiles &&
      `${files.changedFiles.toLocaleString('en-US')} changed (${change(files.changedBytes)})`
  ].filter(Boolean)
  // Nothing to explain (a stage held to its limits on another platform, say).
  if (kinds.length === 0) return ''
  const places = topDirectories(files)
    .map(
      directory =>
        `${codeSpan(directory.path + '/')} (${change(directory.headBytes - directory.baseBytes)})`
    )
    .join(', ')
  return `${kinds.join(', ')}.${places ? ` Most under ${places}.` : ''}`
}

/** The directories that changed most, a parent left out when one directory below it holds all of its change. */
function topDirectories(files: FileChanges): FileChanges['directories'] {
  const delta = (directory: { baseBytes: number; headBytes: number }) =>
    directory.headBytes - directory.baseBytes
  return files.directories
    .filter(directory => delta(directory) !== 0)
    .filter(
      directory =>
        !files.directories.some(
          other =>
            other.path.startsWith(directory.path + '/') &&
            delta(other) === delta(directory)
        )
    )
    .slice(0, DIRECTORIES_SHOWN)
}

function fileTable(files: FileChanges, head: PlatformSize, shown: number): string {
  const rows = largestFileChanges(files)
  if (rows.length === 0 || shown <= 0) return ''
  const cells = rows
    .slice(0, shown)
    .map(row => [
      codeSpan(row.path),
      `${change(row.delta)}${row.kind ? ` ${row.kind}` : ''}`,
      row.layer === undefined ? '' : codeSpan(head.layers[row.layer]?.createdBy ?? '')
    ])
  const more = rows.length - shown
  if (more > 0) cells.push([`_${count(more, 'more file')} listed in the report_`, '', ''])
  return table(['File', 'Change', 'Written by'], ['---', '--:', '---'], cells)
}

/** The layers that grew or shrank most, with their instructions and largest files. */
export function layerTable(stage: StageReport, metric: Metric): string {
  const changes = changedLayers(stage.base as ImageSize, stage.head as ImageSize, metric)
  if (changes.length === 0) return ''
  // With the files known, the files table names them: the layers' largest files would repeat it.
  const withFiles = !stage.fileChanges
  const rows = changes
    .slice(0, LAYERS_SHOWN)
    .map(layerChange => [
      change(layerChange.deltaBytes),
      layerChange.kind,
      instruction(layerChange),
      ...(withFiles ? [largestFiles(layerChange)] : [])
    ])
  const more = changes.length - LAYERS_SHOWN
  const extra = withFiles ? [''] : []
  if (more > 0) rows.push(['', '', `_${count(more, 'more changed layer')}_`, ...extra])
  return table(
    ['Change', 'Layer', 'Instruction', ...(withFiles ? ['Largest files'] : [])],
    ['--:', '---', '---', ...(withFiles ? ['---'] : [])],
    rows
  )
}

function instruction(layerChange: LayerChange): string {
  const was = layerChange.base?.createdBy
  const edited = layerChange.head && was !== undefined && was !== layerChange.createdBy
  return `${codeSpan(layerChange.createdBy)}${edited ? `<br>was ${codeSpan(was)}` : ''}`
}

function largestFiles(layerChange: LayerChange): string {
  const files = (layerChange.head ?? layerChange.base)?.largestFiles ?? []
  return files
    .slice(0, 3)
    .map(file => `${codeSpan(file.path)} ${size(file.bytes)}`)
    .join('<br>')
}
