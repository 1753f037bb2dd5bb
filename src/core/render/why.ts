import { largestFileChanges, type FileChanges } from '../file-changes.js'
import type { Metric } from '../limits.js'
import type { ImageSize } from '../image.js'
import { changedLayers, type LayerChange } from '../changed-layers.js'
import type { StageReport } from '../report.js'
import { change, codeSpan, size, table } from './text.js'
import { fromImageChanged } from './headline.js'
import { InstructionNames, shortInstruction } from './instructions.js'
import { wasteLine } from './wasted.js'
import { count } from './words.js'

const DIRECTORIES_SHOWN = 3

const LAYERS_SHOWN = 5

/**
 * Why a stage's size changed, in a few lines: what the change is made of
 * (files, wasted copies, the rest: they add up to it), the files that changed
 * most grouped under the instruction that first stored their bytes, and the
 * wasted copies; its layers when the files are not known (a base measured
 * elsewhere). Each instruction is written once, then named by its line.
 */
export function why(stage: StageReport, metric: Metric, filesShown: number): string {
  if (!stage.head || !stage.base) return ''
  const names = new InstructionNames(stage.head)
  const files = stage.fileChanges && ownFiles(stage, stage.fileChanges)
  const parts = files
    ? [
        accounting(stage.head, stage.base, files, metric, filesShown),
        fileTable(files, names, filesShown)
      ]
    : [layerTable(stage, metric)]
  return [...parts, wasteLine(stage.head, stage.base, stage.limit, names)]
    .filter(Boolean)
    .join('\n\n')
}

/**
 * When the FROM image changed (the headline gives its share), the files the
 * Dockerfile's own layers changed: the new base image's files would bury them.
 * The sums stay whole (they add up to the change); the report lists every file.
 */
function ownFiles(stage: StageReport, files: FileChanges): ShownFiles {
  if (!fromImageChanged(stage)) return files
  const [head, base] = [
    stage.head?.fromImage?.layers ?? 0,
    stage.base?.fromImage?.layers ?? 0
  ]
  const own = (bottom: number) => (file: { layer?: number; storedIn?: number }) =>
    (file.storedIn ?? file.layer ?? bottom) >= bottom
  return {
    ...files,
    added: files.added.filter(own(head)),
    changed: files.changed.filter(own(head)),
    removed: files.removed.filter(own(base)),
    fromImageLeftOut: true
  }
}

/**
 * "**Why** the +4.58 MB: files +2.29 MB (2 added), wasted +2.29 MB." The
 * uncompressed change split into the final files' change, the wasted bytes'
 * change and what neither holds; with the compressed metric, of its
 * uncompressed change, which is what files are counted in.
 */
function accounting(
  head: ImageSize,
  base: ImageSize,
  files: FileChanges,
  metric: Metric,
  filesShown: number
): string {
  const kinds = fileKinds(files)
  // Nothing to explain (a stage held to its limits on another platform, say).
  if (!kinds) return ''
  const total = head.uncompressedBytes - base.uncompressedBytes
  const fileBytes = files.addedBytes - files.removedBytes + files.changedBytes
  const wasted =
    head.wastedBytes === undefined || base.wastedBytes === undefined
      ? null
      : head.wastedBytes - base.wastedBytes
  const rest = total - fileBytes - (wasted ?? 0)
  const parts = [
    `files ${change(fileBytes)} (${kinds})`,
    wasted ? `wasted ${change(wasted)}` : '',
    rest ? `${wasted === null ? 'not in the final files' : 'other'} ${change(rest)}` : ''
  ].filter(Boolean)
  const of = metric === 'uncompressed' ? change(total) : `${change(total)} uncompressed`
  const listed = files.addedFiles + files.removedFiles + files.changedFiles
  const places = listed > filesShown ? directoriesLine(files) : ''
  return `**Why** the ${of}: ${parts.join(', ')}.${places}`
}

/** "2 added", or with several kinds each one's bytes: "2 added +2.29 MB, 1 removed −300 kB". */
function fileKinds(files: FileChanges): string {
  const kinds = [
    [files.addedFiles, 'added', files.addedBytes],
    [files.removedFiles, 'removed', -files.removedBytes],
    [files.changedFiles, 'changed', files.changedBytes]
  ] as const
  const present = kinds.filter(([n]) => n > 0)
  return present
    .map(
      ([n, word, bytes]) =>
        `${n.toLocaleString('en-US')} ${word}${present.length > 1 ? ` ${change(bytes)}` : ''}`
    )
    .join(', ')
}

/** " Most under `/app/node_modules/` (+9.81 MB)." */
function directoriesLine(files: FileChanges): string {
  const places = topDirectories(files)
    .map(
      directory =>
        `${codeSpan(directory.path + '/')} (${change(directory.headBytes - directory.baseBytes)})`
    )
    .join(', ')
  return places ? ` Most under ${places}.` : ''
}

/**
 * The directories that changed most; a parent is left out when one directory
 * below it holds nearly all (90%) of its change: `/app/` says nothing that
 * `/app/node_modules/` does not.
 */
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
            Math.sign(delta(other)) === Math.sign(delta(directory)) &&
            Math.abs(delta(other)) >= 0.9 * Math.abs(delta(directory))
        )
    )
    .slice(0, DIRECTORIES_SHOWN)
}

const GONE = -2

/** The files the why lists; `fromImageLeftOut` when the FROM image's were left out. */
type ShownFiles = FileChanges & { fromImageLeftOut?: boolean }

/** The files that changed most, under the instruction that stored their bytes (the largest group first). */
function fileTable(files: ShownFiles, names: InstructionNames, shown: number): string {
  const all = largestFileChanges(files)
  const rows = all.slice(0, Math.max(shown, 0))
  if (rows.length === 0 && !files.fromImageLeftOut) return ''
  const groups = new Map<number, typeof rows>()
  for (const row of rows) {
    const group = row.layer === undefined ? GONE : names.groupOf(row.layer)
    groups.set(group, [...(groups.get(group) ?? []), row])
  }
  const cells = [...groups].flatMap(([group, members]) => [
    [
      // Emphasis only on stage-size's own words: an instruction is anyone's text.
      group === GONE
        ? '**No longer in the image**'
        : `**Stored by** ${names.name(members[0].layer!)}`,
      ''
    ],
    ...members.map(row => [
      codeSpan(row.path),
      `${change(row.delta)}${row.kind === 'new' ? ' new' : ''}`
    ])
  ])
  const more = all.length - rows.length
  if (more > 0) cells.push([`_${count(more, 'more file')} listed in the report_`, ''])
  if (files.fromImageLeftOut)
    cells.push(["The FROM image's own files: listed in the report", ''])
  return table(['File', 'Change'], ['---', '--:'], cells)
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
  const line = layerChange.head?.line
  const now = `${codeSpan(shortInstruction(layerChange.createdBy))}${line ? ` (line ${line})` : ''}`
  return `${now}${edited ? `<br>was ${codeSpan(shortInstruction(was))}` : ''}`
}

function largestFiles(layerChange: LayerChange): string {
  const files = (layerChange.head ?? layerChange.base)?.largestFiles ?? []
  return files
    .slice(0, 3)
    .map(file => `${codeSpan(file.path)} ${size(file.bytes)}`)
    .join('<br>')
}
