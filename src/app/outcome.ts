import { outcomeOf, type Outcome } from '../core/gate.js'
import {
  COMMENT_LIMIT,
  renderComment,
  renderWithin,
  shortenedNote,
  type RunLinks
} from '../core/render/comment.js'
import { type ImageReport } from '../core/image-reports.js'
import { renderMerged } from '../core/render/merged.js'

/** The exit status of a CLI run whose gate failed (1 is for errors). */
export const EXIT_GATE_FAILED = 2

/** What a failing gate does: fail the step (or only warn); whether no baseline fails it. */
export interface GatePolicy {
  failOnRegression: boolean
  failOnMissingBaseline: boolean
}

/**
 * One or several images' reports as one markdown text within `limit`
 * characters: one image's report, or the merged comment; `note` says where
 * the rest is when it had to be shortened.
 */
export function reportsMarkdown(
  images: readonly ImageReport[],
  limit: number,
  note: string,
  links: RunLinks
): string {
  return images.length === 1
    ? renderWithin(images[0].report, limit, note, links)
    : renderMerged(images, limit, note, links)
}

/** The pull request comment of one or several reports: under its marker, within GitHub's limit. */
export function reportsComment(
  images: readonly ImageReport[],
  marker: string,
  links: RunLinks
): string {
  if (images.length === 1) return renderComment(images[0].report, marker, links)
  const note = shortenedNote(links.runUrl)
  return `${marker}\n${renderMerged(images, COMMENT_LIMIT - marker.length - 1, note, links)}`
}

/**
 * The outcome of one or several reports, the same rule for both: the step
 * fails (with fail-on-regression) when an image failed its gate, naming each
 * failing image (when there are several) and why.
 */
export function reportsOutcome(
  images: readonly ImageReport[],
  policy: GatePolicy
): Outcome {
  if (images.length === 1) return outcomeOf(images[0].report, policy)
  const outcomes = images.map(({ key, report }) => ({
    key,
    outcome: outcomeOf(report, policy)
  }))
  const failures = outcomes.flatMap(({ key, outcome }) =>
    outcome.failure ? [`${key}: ${outcome.failure}`] : []
  )
  const warnings = outcomes.flatMap(({ key, outcome }) =>
    outcome.warnings.map(warning => `${key}: ${warning}`)
  )
  return { failure: failures.length ? failures.join('; ') : null, warnings }
}

/** How a door says things: the action's annotations, the CLI's standard error. */
export interface Say {
  warning(message: string): void
  failure(message: string): void
}

/** What the step does with an outcome: says each warning, then the failure; the exit status. */
export function settle(outcome: Outcome, say: Say): number {
  outcome.warnings.forEach(warning => say.warning(warning))
  if (!outcome.failure) return 0
  say.failure(outcome.failure)
  return EXIT_GATE_FAILED
}
