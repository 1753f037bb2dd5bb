import { formatPercentChange } from './bytes.js'
import { bytesOf, type Limit, type Metric, type StageStatus } from './gate.js'
import type { PlatformSize } from './image.js'
import {
  change,
  codeSpan,
  count,
  fromTo,
  size,
  table,
  text,
  unbroken
} from './markdown-text.js'
import type { BaseRef, Report, StageReport } from './report.js'
import { historyChart } from './history.js'
import { layerTable, overBy, why } from './why.js'

/** GitHub refuses comments longer than this. */
export const COMMENT_LIMIT = 65_536
/** Files listed in the target's open "why", and in each stage's details. */
const FILES_OPEN = 5
const FILES_IN_DETAILS = 10

const TITLE: Record<Report['verdict'], string> = {
  pass: '✅ Image size check passed',
  warn: '⚠️ Image size check passed with a warning',
  fail: '❌ Image size check failed',
  'no-baseline': 'ℹ️ Image sizes, no baseline to compare with'
}

/** How much of the report to show: the comment drops detail to fit GitHub's limit. */
export interface Detail {
  layers: boolean
  unchangedStages: boolean
  /** At most this many rows in the stage table. */
  maxStages: number
}

const FULL: Detail = { layers: true, unchangedStages: true, maxStages: Infinity }

/**
 * Where the run that renders runs (GITHUB_SERVER_URL, GITHUB_REPOSITORY,
 * GITHUB_RUN_ID): the only source of the comment's links. A report's own
 * URLs are never linked: a fork's run could have written anything there.
 */
export interface RunLinks {
  /** This run's page, which holds the job summary. */
  runUrl: string | null
  /** The repository's page; another run of it is `<repositoryUrl>/actions/runs/<id>`. */
  repositoryUrl: string | null
}

export const NO_LINKS: RunLinks = { runUrl: null, repositoryUrl: null }

/**
 * The report as markdown: the job summary, and (shortened when needed) the PR
 * comment. Each number once: the title names the image, one sentence gives the
 * target's change against its limit, then why it changed (open when it failed
 * or warned), the other stages that changed, the unchanged ones in one line,
 * the commits, and the layers and files of every changed stage collapsed.
 */
export function renderMarkdown(
  report: Report,
  detail: Detail = FULL,
  links: RunLinks = NO_LINKS
): string {
  const target = report.stages.find(stage => stage.isTarget)
  const others = report.stages.filter(stage => !stage.isTarget)
  const changed = others.filter(stage => stage.status !== 'unchanged')
  const unchanged = others.filter(stage => stage.status === 'unchanged')
  const shownChanged = changed.slice(0, detail.maxStages)
  const hidden =
    changed.length - shownChanged.length + (detail.unchangedStages ? 0 : unchanged.length)
  const parts = [
    `### ${TITLE[report.verdict]}: ${imageName(report)}`,
    target ? headline(report, target) : '',
    target && opensWhy(target) ? why(target, report.metric, FILES_OPEN) : '',
    platformTable(report),
    stageTable(report, shownChanged),
    othersWhy(shownChanged, report.metric),
    detail.unchangedStages ? unchangedLine(report, unchanged) : '',
    hidden > 0 ? `_${count(hidden, 'more stage')} in the job summary._` : '',
    commits(report, links),
    trend(report),
    detail.layers ? details(report) : '',
    footer(report)
  ]
  return parts.filter(Boolean).join('\n\n') + '\n'
}

/** The Dockerfile, the target and the platforms, so two images' comments differ. */
function imageName(report: Report): string {
  const platforms = report.platforms?.length ? ` (${report.platforms.join(', ')})` : ''
  return text(`${report.dockerfile} › ${report.target}${platforms}`)
}

/** A stage that failed or warned shows why without a click. */
function opensWhy(stage: StageReport): boolean {
  return stage.status === 'fail' || stage.warned
}

/** Why each other stage that failed or warned changed, under its name. */
function othersWhy(stages: StageReport[], metric: Metric): string {
  return stages
    .filter(opensWhy)
    .map(stage => ({ stage, body: why(stage, metric, FILES_OPEN) }))
    .filter(({ body }) => body)
    .map(({ stage, body }) => `**${text(stage.name)}**\n\n${body}`)
    .join('\n\n')
}

/** One sentence about the target: its change against its limits, each number once. */
function headline(report: Report, target: StageReport): string {
  if (!target.head) return ''
  const metric = report.metric
  const head = bytesOf(target.head, metric)
  // With several platforms the sentence's numbers are the first one's: say which.
  const platform = report.platforms?.length > 1 ? ` on ${text(report.platforms[0])}` : ''
  const name = `${codeSpan(target.name)}${platform}`
  const compressed =
    metric === 'uncompressed'
      ? ` Compressed ${sizes(target, 'compressed')}.`
      : ` Uncompressed ${sizes(target, 'uncompressed')}.`
  if (!target.base || target.deltaBytes === null) {
    const reason = report.noBaselineReason
      ? ` No baseline: ${text(report.noBaselineReason)}.`
      : ' It is new in this change.'
    // Without a base there is no growth to hold to a limit: only max-size applies.
    const budget = target.limit ? maxSizeLimit(target.limit, target.head, metric) : ''
    return `${name} is **${size(head)}** ${metric}${budget ? `; ${budget}` : ''}.${compressed}${reason}`
  }
  const delta = target.deltaBytes
  const moved =
    delta === 0
      ? `is unchanged at ${size(head)}`
      : `${delta > 0 ? 'grew' : 'shrank'} **${change(delta)}**${formatPercentChange(target.deltaPercent)} to ${size(head)}`
  return `${name} ${moved} ${metric}${limitsOf(target, metric)}.${compressed}`
}

/** "; limit +199 kB (5%): **11.5× over**", in the change's unit; empty without limits. */
function limitsOf(stage: StageReport, metric: Metric): string {
  const parts = limitParts(stage, metric)
  return parts.length ? `; ${parts.join(', ')}` : ''
}

/** Each limit the stage is held to, with how far over it is, in the gated metric. */
function limitParts(stage: StageReport, metric: Metric): string[] {
  const limit = stage.limit
  if (!limit) return []
  const delta = stage.deltaBytes ?? 0
  return [
    growthLimit('warning past', limit.warnThreshold, limit.allowedWarnGrowthBytes, delta),
    growthLimit('limit', limit.threshold, limit.allowedGrowthBytes, delta),
    maxSizeLimit(limit, stage.head, metric)
  ].filter(Boolean)
}

function growthLimit(
  label: string,
  written: string | null,
  allowed: number | null,
  delta: number
): string {
  if (!written) return ''
  const amount =
    allowed === null ? text(written) : `${change(allowed)} (${text(written)})`
  const over =
    allowed !== null && delta > allowed ? `: **${overBy(delta, allowed)}**` : ''
  return `${label} ${amount}${over}`
}

/** The budget against the size the gate holds to it: the comment and the verdict never disagree. */
function maxSizeLimit(limit: Limit, head: PlatformSize | null, metric: Metric): string {
  if (limit.maxSizeBytes === null) return ''
  const bytes = head ? bytesOf(head, metric) : 0
  const over =
    bytes > limit.maxSizeBytes ? `: **${size(bytes - limit.maxSizeBytes)} over**` : ''
  return `max-size ${size(limit.maxSizeBytes)}${over}`
}

function sizes(stage: StageReport, metric: Metric): string {
  const head = stage.head ? size(bytesOf(stage.head, metric)) : '—'
  return stage.base ? fromTo(size(bytesOf(stage.base, metric)), head) : head
}

/** A status as the comment writes it. */
const STATUS_WORD: Record<StageStatus | 'warn', string> = {
  fail: '❌\u00a0fail',
  warn: '⚠️\u00a0warn',
  pass: '✅\u00a0pass',
  unchanged: 'unchanged',
  new: '🆕\u00a0new',
  removed: '🗑️\u00a0removed'
}

/** What happened to a stage, in a word: gated stages pass, warn or fail; the others grew or shrank. */
function statusOf(stage: StageReport): string {
  if (stage.status === 'fail') return STATUS_WORD.fail
  if (stage.warned) return STATUS_WORD.warn
  if (stage.status !== 'pass' || stage.limit) return STATUS_WORD[stage.status]
  return (stage.deltaBytes ?? 0) > 0 ? 'grew' : 'shrank'
}

/** The stages besides the target that changed; without a baseline, every stage's size. */
function stageTable(report: Report, stages: StageReport[]): string {
  if (!report.base) {
    const rows = report.stages.map(stage => [
      stageName(stage),
      sizes(stage, 'uncompressed'),
      sizes(stage, 'compressed')
    ])
    return table(['Stage', 'Uncompressed', 'Compressed'], ['---', '--:', '--:'], rows)
  }
  if (stages.length === 0) return ''
  const rows = stages.map(stage => [
    stageName(stage),
    sizes(stage, 'uncompressed'),
    sizes(stage, 'compressed'),
    stageChange(stage, report.metric),
    statusOf(stage)
  ])
  return table(
    ['Stage', 'Uncompressed', 'Compressed', `Change (${report.metric})`, 'Status'],
    ['---', '--:', '--:', '--:', '---'],
    rows
  )
}

function stageName(stage: StageReport): string {
  return stage.isTarget ? `**${text(stage.name)}** (target)` : text(stage.name)
}

/** The change, then each limit on a line of its own, none broken inside. */
function stageChange(stage: StageReport, metric: Metric): string {
  if (stage.deltaBytes === null) return ''
  const moved = `${change(stage.deltaBytes)}${unbroken(formatPercentChange(stage.deltaPercent))}`
  return [moved, ...limitParts(stage, metric).map(unbroken)].join('<br>')
}

/** "Unchanged: `deps` 4.27 MB, `build` 6.27 MB." */
function unchangedLine(report: Report, stages: StageReport[]): string {
  if (!report.base || stages.length === 0) return ''
  const list = stages.map(
    stage => `${codeSpan(stage.name)} ${size(bytesOf(stage.head!, report.metric))}`
  )
  return `Unchanged: ${list.join(', ')}.`
}

/** With several platforms, the target on each: they are gated one by one. */
function platformTable(report: Report): string {
  const target = report.stages.find(stage => stage.isTarget)
  const platforms = target?.head?.platforms
  if (!target || !platforms) return ''
  const rows = Object.entries(platforms).map(([platform, head]) => {
    const base = target.base?.platforms?.[platform] ?? null
    const both = (metric: Metric) =>
      base
        ? fromTo(size(bytesOf(base, metric)), size(bytesOf(head, metric)))
        : size(bytesOf(head, metric))
    const delta = base
      ? bytesOf(head, report.metric) - bytesOf(base, report.metric)
      : null
    const moved = delta === null ? '' : change(delta)
    const status = target.platformStatus?.[platform]
    return [
      codeSpan(platform),
      both('uncompressed'),
      both('compressed'),
      moved,
      status ? STATUS_WORD[status] : ''
    ]
  })
  return table(
    [
      `${text(target.name)} by platform`,
      'Uncompressed',
      'Compressed',
      `Change (${report.metric})`,
      'Status'
    ],
    ['---', '--:', '--:', '--:', '---'],
    rows
  )
}

/** "Base 1f2e…(40) (main) ← head 9a8b… (feature)": SHAs written plainly, so GitHub links them. */
function commits(report: Report, links: RunLinks): string {
  const pullHead = report.pullRequest?.headSha
  const head = !report.head
    ? ''
    : pullHead && pullHead !== report.head.sha
      ? `head ${sha(pullHead)} (measured merged into its base, as ${sha(report.head.sha)})`
      : `head ${sha(report.head.sha)}${report.head.ref ? ` (${text(report.head.ref)})` : ''}`
  const base = report.base
    ? `Base ${sha(report.base.sha)}${report.base.ref ? ` (${text(report.base.ref)})` : ''}, ${text(report.base.reason)}${storedBy(report.base, links)}`
    : report.noBaselineReason
      ? `No baseline: ${text(report.noBaselineReason)}`
      : ''
  return [base, head].filter(Boolean).join(' · ')
}

/** A commit SHA as plain text (GitHub links it); anything else in the field is made inert. */
function sha(value: string | null): string {
  if (!value) return 'unknown'
  return /^[0-9a-f]{7,64}$/.test(value) ? value : text(value)
}

/** Where a stored base's sizes came from: the run that measured it, linked on this repository by its number. */
function storedBy(base: BaseRef, links: RunLinks): string {
  if (base.source !== 'artifact' || !base.run) return ''
  const id = base.run.id
  const run = links.repositoryUrl
    ? `[run ${id}](${links.repositoryUrl}/actions/runs/${id})`
    : `run ${id}`
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

/** Every changed stage's files and layers, collapsed; the target first. */
function details(report: Report): string {
  const stages = [
    ...report.stages.filter(stage => stage.isTarget),
    ...report.stages.filter(stage => !stage.isTarget)
  ].filter(stage => stage.head && stage.base && stage.deltaBytes)
  const sections = stages
    .map(stage => stageDetails(stage, report.metric, opensWhy(stage)))
    .filter(Boolean)
  if (sections.length === 0) return ''
  return [
    '<details><summary>Files and layers of each changed stage</summary>',
    '',
    ...sections,
    '</details>'
  ].join('\n')
}

/** A stage's why (unless shown open above) and, when its files are known, its layers. */
function stageDetails(stage: StageReport, metric: Metric, whyShown: boolean): string {
  const shown = [
    whyShown ? '' : why(stage, metric, FILES_IN_DETAILS),
    stage.fileChanges ? layerTable(stage, metric) : ''
  ].filter(Boolean)
  if (shown.length === 0) return ''
  const title = `**${text(stage.name)}** (${change(stage.deltaBytes ?? 0)} ${metric})`
  return [title, '', ...shown.map(part => `${part}\n`)].join('\n')
}

function footer(report: Report): string {
  return `<sub>Uncompressed: the bytes of the files in the image's layers. Compressed: the layer blobs a registry stores and a pull downloads. Files: the image's final filesystem, compared file by file. Measured by stage-size ${text(report.generator.version)} on Docker ${text(report.engine.version)} (${text(report.engine.imageStore)} image store).</sub>`
}

/** The job summary's limit (GitHub refuses larger summaries), with room to spare. */
export const SUMMARY_LIMIT = 1_000_000

/**
 * The report within `limit` characters: whole when it fits, else without the
 * collapsed details, then without unchanged stages, then with fewer stage
 * rows, followed by `note` (where the rest is) unless it is empty.
 */
export function renderWithin(
  report: Report,
  limit: number,
  note: string,
  links: RunLinks = NO_LINKS
): string {
  const full = renderMarkdown(report, FULL, links)
  if (full.length <= limit) return full
  const ending = note ? `\n> ${note}\n` : ''
  const attempts: Detail[] = [
    { ...FULL, layers: false },
    { layers: false, unchangedStages: false, maxStages: Infinity }
  ]
  for (const detail of attempts) {
    const shortened = renderMarkdown(report, detail, links) + ending
    if (shortened.length <= limit) return shortened
  }
  for (
    let maxStages = Math.floor(report.stages.length / 2);
    ;
    maxStages = Math.floor(maxStages / 2)
  ) {
    const shortened =
      renderMarkdown(
        report,
        { layers: false, unchangedStages: false, maxStages },
        links
      ) + ending
    if (shortened.length <= limit || maxStages === 0) return shortened.slice(0, limit)
  }
}

/** Where the whole report is when the comment had to be shortened: the run's job summary. */
export function shortenedNote(runUrl: string | null): string {
  return runUrl
    ? `Shortened to fit a comment: the full report is in [the run's job summary](${runUrl}).`
    : "Shortened to fit a comment: the full report is in the workflow run's job summary."
}

/**
 * The PR comment: the marker that finds it again, then the report, shortened
 * below GitHub's limit, with one note linking the run where the rest is.
 */
export function renderComment(
  report: Report,
  marker: string,
  links: RunLinks = NO_LINKS,
  limit = COMMENT_LIMIT
): string {
  const note = shortenedNote(links.runUrl)
  return `${marker}\n${renderWithin(report, limit - marker.length - 1, note, links)}`
}
