import {
  formatBytes,
  formatExactBytes,
  formatPercentChange,
  formatSignedBytes
} from './bytes.js'
import { bytesOf, type Metric, type StageStatus } from './gate.js'
import type { ImageSize } from './image.js'
import { changedLayers, type LayerChange } from './layer-diff.js'
import type { BaseRef, Report, StageReport } from './report.js'
import { historyChart } from './history.js'

/** GitHub refuses comments longer than this. */
export const COMMENT_LIMIT = 65_536
/** The layers listed for each changed stage. */
const LAYERS_SHOWN = 5
const INSTRUCTION_WIDTH = 100

const STATUS_MARK: Record<StageStatus, string> = {
  pass: '✅',
  fail: '❌',
  new: '🆕',
  removed: '🗑️',
  unchanged: '➖'
}

const TITLE: Record<Report['verdict'], string> = {
  pass: '✅ Image size check passed',
  warn: '⚠️ Image size check passed with a warning',
  fail: '❌ Image size check failed',
  'no-baseline': 'ℹ️ Image sizes (no baseline to compare with)'
}

/** How much of the report to show: the comment drops detail to fit GitHub's limit. */
export interface Detail {
  layers: boolean
  unchangedStages: boolean
  /** At most this many rows in the stage table. */
  maxStages: number
}

const FULL: Detail = { layers: true, unchangedStages: true, maxStages: Infinity }

/** The report as markdown: the job summary, and (shortened when needed) the PR comment. */
export function renderMarkdown(report: Report, detail: Detail = FULL): string {
  const changed = report.stages.filter(stage => !isUnchanged(stage) || stage.isTarget)
  const unchanged = report.stages.filter(stage => isUnchanged(stage) && !stage.isTarget)
  const shown = [
    ...orderForReading(changed),
    ...(detail.unchangedStages ? unchanged : [])
  ].slice(0, detail.maxStages)
  const hidden = report.stages.length - shown.length
  const parts = [
    `### ${TITLE[report.verdict]}`,
    headline(report),
    findingsList(report),
    stageTable(report, shown),
    platformTable(report),
    hidden > 0
      ? `_${hidden} more stage${hidden === 1 ? '' : 's'} in the job summary._`
      : '',
    commits(report),
    trend(report),
    detail.layers ? layerDetails(report) : '',
    footer(report)
  ]
  return parts.filter(Boolean).join('\n\n') + '\n'
}

/** The job summary's limit (GitHub refuses larger summaries), with room to spare. */
export const SUMMARY_LIMIT = 1_000_000

/**
 * The report within `limit` characters: whole when it fits, else without layer
 * details, then without unchanged stages, then with fewer stage rows, followed
 * by `note` (where the rest is).
 */
export function renderWithin(report: Report, limit: number, note: string): string {
  const ending = `\n> ${note}\n`
  const attempts: Detail[] = [
    { ...FULL, layers: false },
    { layers: false, unchangedStages: false, maxStages: Infinity }
  ]
  const full = renderMarkdown(report)
  if (full.length <= limit) return full
  for (const detail of attempts) {
    const text = renderMarkdown(report, detail) + ending
    if (text.length <= limit) return text
  }
  for (
    let maxStages = Math.floor(report.stages.length / 2);
    ;
    maxStages = Math.floor(maxStages / 2)
  ) {
    const text =
      renderMarkdown(report, { layers: false, unchangedStages: false, maxStages }) +
      ending
    if (text.length <= limit || maxStages === 0) return text.slice(0, limit)
  }
}

/**
 * The PR comment: the marker that finds it again, then the report, shortened
 * below GitHub's limit, saying that the full report is in the job summary.
 */
export function renderComment(
  report: Report,
  marker: string,
  limit = COMMENT_LIMIT
): string {
  const note = "The full report is in the workflow run's job summary."
  return `${marker}\n${renderWithin(report, limit - marker.length - 1, note)}`
}

function isUnchanged(stage: StageReport): boolean {
  return stage.status === 'unchanged'
}

/** The target first, then the other stages in Dockerfile order, then removed ones. */
function orderForReading(stages: StageReport[]): StageReport[] {
  return [
    ...stages.filter(stage => stage.isTarget),
    ...stages.filter(stage => !stage.isTarget)
  ]
}

/** One sentence about the target: its size, its change and its limit, with exact bytes. */
function headline(report: Report): string {
  const target = report.stages.find(stage => stage.isTarget)
  if (!target?.head) return ''
  const metric = report.metric
  const head = bytesOf(target.head, metric)
  // With several platforms the headline's numbers are the first one's: say which.
  const platform = report.platforms?.length > 1 ? ` (${text(report.platforms[0])})` : ''
  const name = `**${codeSpan(target.name)}**${platform}`
  if (!target.base || target.deltaBytes === null) {
    const why = report.noBaselineReason
      ? ` No baseline: ${text(report.noBaselineReason)}.`
      : ' It is new in this change.'
    return `The target ${name} is ${formatBytes(head)} ${metric} (${formatExactBytes(head)}).${why}`
  }
  const base = bytesOf(target.base, metric)
  const change =
    target.deltaBytes === 0
      ? 'is unchanged at'
      : `${target.deltaBytes > 0 ? 'grew' : 'shrank'} by ${formatBytes(Math.abs(target.deltaBytes))}${formatPercentChange(target.deltaPercent)} to`
  const limits = limitText(target)
  return `The target ${name} ${change} ${formatBytes(head)} ${metric} (${formatExactBytes(base)} → ${formatExactBytes(head)})${limits ? `; ${limits}` : ''}.`
}

function limitText(stage: StageReport): string {
  const limit = stage.limit
  if (!limit) return ''
  const parts: string[] = []
  if (limit.threshold) {
    const allowed =
      limit.allowedGrowthBytes === null
        ? ''
        : ` (+${formatExactBytes(limit.allowedGrowthBytes)})`
    parts.push(`limit +${text(limit.threshold)}${allowed}`)
  }
  if (limit.warnThreshold) parts.push(`warning past +${text(limit.warnThreshold)}`)
  if (limit.maxSizeBytes !== null)
    parts.push(`max-size ${formatExactBytes(limit.maxSizeBytes)}`)
  return parts.join(', ')
}

function findingsList(report: Report): string {
  const findings = report.stages.flatMap(stage =>
    stage.findings.map(
      finding => `- ${stage.status === 'fail' ? '❌' : '⚠️'} ${text(finding)}`
    )
  )
  return findings.join('\n')
}

function stageTable(report: Report, stages: StageReport[]): string {
  const gated = (metric: Metric, title: string) =>
    report.metric === metric ? `${title} (gated)` : title
  const compared = report.base !== null
  const header = [
    '',
    'Stage',
    gated('uncompressed', 'Uncompressed'),
    gated('compressed', 'Compressed')
  ]
  if (compared) header.push(`Change (${report.metric})`)
  const rows = stages.map(stage => {
    const mark = stage.warned ? '⚠️' : compared ? STATUS_MARK[stage.status] : ''
    const name = stage.isTarget ? `**${text(stage.name)}** (target)` : text(stage.name)
    const row = [
      `${mark} ${compared ? stage.status : ''}`.trim(),
      name,
      sizeCell(stage, 'uncompressed'),
      sizeCell(stage, 'compressed')
    ]
    if (compared) row.push(changeCell(stage))
    return row
  })
  const alignment = ['---', '---', '--:', '--:', ...(compared ? ['--:'] : [])]
  return [header, alignment, ...rows].map(cells => `| ${cells.join(' | ')} |`).join('\n')
}

/** With several platforms, the target on each: they are gated one by one. */
function platformTable(report: Report): string {
  const target = report.stages.find(stage => stage.isTarget)
  const platforms = target?.head?.platforms
  if (!target || !platforms) return ''
  const rows = Object.entries(platforms).map(([platform, head]) => {
    const base = target.base?.platforms?.[platform] ?? null
    const size = (metric: Metric) => {
      const now = formatBytes(bytesOf(head, metric))
      const before = base && formatBytes(bytesOf(base, metric))
      return before && before !== now ? `${before} → ${now}` : now
    }
    const delta = base
      ? bytesOf(head, report.metric) - bytesOf(base, report.metric)
      : null
    const change =
      delta === null
        ? report.base
          ? 'new'
          : ''
        : delta === 0
          ? '0 B'
          : formatSignedBytes(delta)
    return [codeSpan(platform), size('uncompressed'), size('compressed'), change]
  })
  return [
    [
      `**${text(target.name)}** by platform`,
      'Uncompressed',
      'Compressed',
      `Change (${report.metric})`
    ],
    ['---', '--:', '--:', '--:'],
    ...rows
  ]
    .map(cells => `| ${cells.join(' | ')} |`)
    .join('\n')
}

function sizeCell(stage: StageReport, metric: Metric): string {
  const head = stage.head && formatBytes(bytesOf(stage.head, metric))
  const base = stage.base && formatBytes(bytesOf(stage.base, metric))
  if (base === null) return head ?? ''
  if (head === null) return `${base} → —`
  return base === head ? head : `${base} → ${head}`
}

function changeCell(stage: StageReport): string {
  if (stage.status === 'new') return 'new'
  if (stage.status === 'removed') return 'removed'
  if (stage.deltaBytes === null) return ''
  if (stage.deltaBytes === 0) return '0 B'
  const text = `${formatSignedBytes(stage.deltaBytes)}${formatPercentChange(stage.deltaPercent)}`
  return stage.status === 'fail' || stage.warned ? `**${text}**` : text
}

function commits(report: Report): string {
  const short = (sha: string | null) => (sha ? codeSpan(sha.slice(0, 12)) : 'unknown')
  const pullHead = report.pullRequest?.headSha
  const head = !report.head
    ? ''
    : pullHead && pullHead !== report.head.sha
      ? `Head ${short(pullHead)} (measured merged into its base, as ${short(report.head.sha)})`
      : `Head ${short(report.head.sha)}${report.head.ref ? ` (${text(report.head.ref)})` : ''}`
  const base = report.base
    ? `base ${short(report.base.sha)}${report.base.ref ? ` (${text(report.base.ref)})` : ''}: ${text(report.base.reason)}${storedBy(report.base)}`
    : report.noBaselineReason
      ? `no baseline: ${text(report.noBaselineReason)}`
      : ''
  return [head, base].filter(Boolean).join(' · ')
}

/** Where a stored base's sizes came from: a link to the run that measured it. */
function storedBy(base: BaseRef): string {
  if (base.source !== 'artifact' || !base.run) return ''
  const url = /^https?:\/\/[^\s()<>]+$/.test(base.run.url) ? base.run.url : null
  const run = url ? `[run ${base.run.id}](${url})` : `run ${base.run.id}`
  return `; its sizes from the report ${run} stored, not built again`
}

/** The target's trend on the base branch, this change last; none without history. */
function trend(report: Report): string {
  const label = report.pullRequest ? `#${report.pullRequest.number}` : 'this commit'
  const branch = report.base?.ref ?? 'the base branch'
  return historyChart(
    report.history ?? [],
    report.metric,
    `${report.target} on ${branch}`,
    label
  )
}

/** For every stage whose size changed, the layers that grew or shrank most, with their instructions. */
function layerDetails(report: Report): string {
  const sections = orderForReading(report.stages)
    .filter(stage => stage.head && stage.base && stage.deltaBytes)
    .map(stage => stageLayers(stage, report.metric))
    .filter(Boolean)
  if (sections.length === 0) return ''
  return [
    '<details><summary>Why: the layers that grew or shrank most</summary>',
    '',
    ...sections,
    '</details>'
  ].join('\n')
}

function stageLayers(stage: StageReport, metric: Metric): string {
  const changes = changedLayers(stage.base as ImageSize, stage.head as ImageSize, metric)
  if (changes.length === 0) return ''
  const rows = changes.slice(0, LAYERS_SHOWN).map(change => {
    const edited =
      change.base && change.head && change.base.createdBy !== change.createdBy
    const instruction = `${codeSpan(change.createdBy)}${edited ? `<br>was ${codeSpan(change.base?.createdBy ?? '')}` : ''}`
    return `| ${formatSignedBytes(change.deltaBytes)} | ${change.kind} | ${instruction} | ${largestFiles(change)} |`
  })
  const more = changes.length - LAYERS_SHOWN
  return [
    `**${text(stage.name)}** (${formatSignedBytes(stage.deltaBytes ?? 0)} ${metric})`,
    '',
    `| Change | Layer | Instruction | Largest files |`,
    '|--:|---|---|---|',
    ...rows,
    ...(more > 0
      ? [`| | | _${more} more changed layer${more === 1 ? '' : 's'}_ | |`]
      : []),
    ''
  ].join('\n')
}

function largestFiles(change: LayerChange): string {
  const files = (change.head ?? change.base)?.largestFiles ?? []
  return files
    .slice(0, 3)
    .map(file => `${codeSpan(file.path)} ${formatBytes(file.bytes)}`)
    .join('<br>')
}

function footer(report: Report): string {
  return `<sub>Uncompressed: the bytes of the files in the image's layers. Compressed: the layer blobs a registry stores and a pull downloads. Measured by stage-size ${text(report.generator.version)} on Docker ${text(report.engine.version)} (${text(report.engine.imageStore)} image store).</sub>`
}

/**
 * Text as inline code in a table cell: one line, no pipes, not too long, fenced
 * by more backticks than it holds. Mentions and markup inside code are inert.
 */
export function codeSpan(value: string): string {
  let line = value.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
  if (line.length > INSTRUCTION_WIDTH) line = `${line.slice(0, INSTRUCTION_WIDTH - 1)}…`
  if (line === '') return ''
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = longestRun > 0 ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/**
 * Report text as plain markdown: a report may come from a fork's run (with
 * comment-from-report) and branch names are anyone's, so markup, HTML, table
 * pipes and @mentions are made inert.
 */
export function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, character => `\\${character}`)
    .replace(/@(?=\w)/g, '@\u200b')
}
