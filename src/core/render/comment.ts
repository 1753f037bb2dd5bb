import type { Metric } from '../limits.js'
import type { BaseRef, Report, StageReport } from '../report.js'
import { headline } from './headline.js'
import { trend } from './history-chart.js'
import { platformTable, stageTable, unchangedLine } from './tables.js'
import { text } from './text.js'
import { layerTable, why } from './why.js'
import { builderWords, count, titleOf } from './words.js'

/** GitHub refuses comments longer than this. */
export const COMMENT_LIMIT = 65_536

/** Files listed in the target's open "why", and in each stage's details. */
const FILES_OPEN = 5

const FILES_IN_DETAILS = 10

/** How much of the report to show: the comment drops detail to fit GitHub's limit. */
export interface Detail {
  layers: boolean
  unchangedStages: boolean
  /** At most this many rows in the stage table. */
  maxStages: number
  /** The legend at the end: a merged comment writes one for all its images. */
  legend: boolean
}

const FULL: Detail = {
  layers: true,
  unchangedStages: true,
  maxStages: Infinity,
  legend: true
}

/** The report without its legend, as a merged comment's section shows it. */
export const SECTION: Detail = { ...FULL, legend: false }

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
    `### ${titleOf(report.verdict)}: ${imageName(report)}`,
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
    detail.legend ? legend([report], showsDash(shownChanged)) : ''
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
    : // The headline gives the reason when there is a target; say it here only without one.
      report.noBaselineReason && !report.stages.some(stage => stage.isTarget)
      ? `No baseline: ${text(report.noBaselineReason)}`
      : ''
  const line = [base, head].filter(Boolean).join(' · ')
  // Without a base the line starts at the head: a sentence still starts with a capital.
  return line.charAt(0).toUpperCase() + line.slice(1)
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
  // Its change is in the headline or the stage table already.
  return [`**${text(stage.name)}**`, '', ...shown.map(part => `${part}\n`)].join('\n')
}

/** Whether the stage table shows a stage's compressed size as "—" (only it shows other stages' compressed sizes). */
export function showsDash(tabled: readonly StageReport[]): boolean {
  return tabled.some(
    stage => stage.head?.compressedBytes === null || stage.base?.compressedBytes === null
  )
}

/** The legend: what each figure means, the dash where a table shows one, and what measured (each engine once). */
export function legend(reports: readonly Report[], dash: boolean): string {
  const unmeasured = dash
    ? ' —: not measured, as nobody pulls that stage (the compressed input).'
    : ''
  const measured = [...new Set(reports.map(measuredBy))].join('; ')
  return `<sub>Uncompressed: the bytes of the files in the image's layers. Compressed: the layer blobs a registry stores and a pull downloads.${unmeasured} Files: the image's final filesystem, compared file by file. Measured by ${measured}.</sub>`
}

function measuredBy(report: Report): string {
  const builder = builderWords(report.engine)
  return `stage-size ${text(report.generator.version)} on Docker ${text(report.engine.version)} (${text(report.engine.imageStore)} image store)${builder ? `, ${text(builder)}` : ''}`
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
  links: RunLinks = NO_LINKS,
  whole: Detail = FULL
): string {
  const full = renderMarkdown(report, whole, links)
  if (full.length <= limit) return full
  const ending = note ? `\n> ${note}\n` : ''
  const attempts: Detail[] = [
    { ...whole, layers: false },
    { ...whole, layers: false, unchangedStages: false }
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
        { ...whole, layers: false, unchangedStages: false, maxStages },
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
