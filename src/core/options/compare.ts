import { UserError } from '../errors.js'
import { BASELINE_SOURCES } from '../stored-baseline.js'
import { optional, parseChoice, text } from './row.js'

/** Characters GitHub refuses in an artifact's name. */
const BAD_ARTIFACT_NAME = /[":<>|*?\\/\r\n]/

function parseArtifactName(value: string, input: string): string {
  const name = value.trim()
  if (BAD_ARTIFACT_NAME.test(name)) {
    throw new UserError(
      `${input}: ${JSON.stringify(value)} is not an artifact name GitHub accepts; leave out " : < > | * ? \\ / and line breaks, e.g. stage-size-api`
    )
  }
  return name
}

function parseRetentionDays(value: string, input: string): number | null {
  const text = value.trim()
  if (text === '') return null
  const days = Number(text)
  if (!/^\d+$/.test(text) || days < 1 || days > 400) {
    throw new UserError(
      `${input}: "${value}" is not a number of days; give a whole number from 1 to 400`
    )
  }
  return days
}

/** What to compare with: the base to build, a report to read, or none. */
export const COMPARE_OPTIONS = {
  baseRef: text({
    input: 'base-ref',
    flag: 'base',
    section: 'compare',
    description:
      "A branch, tag or SHA to build as the base, instead of the one the event gives (a pull request's base, a push's previous commit).",
    help: {
      value: 'REF',
      text: 'a branch, tag or commit to build as the base (default: the merge-base of HEAD and origin/HEAD, main or master)'
    },
    parse: optional
  }),
  baselineReport: text({
    input: 'baseline-report',
    flag: 'baseline-report',
    section: 'compare',
    description:
      'The path of a JSON report from an earlier run to compare with, instead of building the base.',
    help: {
      value: 'PATH',
      text: "read the base's sizes from an earlier report instead of building the base"
    },
    parse: optional
  }),
  noBase: text({
    flag: 'no-base',
    switch: true,
    section: 'compare',
    description: 'Measure only.',
    help: { text: 'measure only' },
    parse: value => value === 'true'
  }),
  baseline: text({
    input: 'baseline',
    section: 'compare',
    description:
      "Where the base commit's sizes come from. auto reads the report the base commit's own run uploaded (the artifact, see upload-report), else builds the base; artifact only reads it (none means no baseline); build always builds the base.",
    default: 'auto',
    parse: (value, { name }) => parseChoice(value, name, BASELINE_SOURCES)
  }),
  uploadReport: text({
    input: 'upload-report',
    section: 'compare',
    description:
      'Upload the JSON report as a workflow artifact for later pull requests to compare with. auto does on push, workflow_dispatch and schedule events; true; false.',
    default: 'auto',
    parse: (value, { name }) =>
      parseChoice(value, name, ['auto', 'true', 'false'] as const)
  }),
  baselineArtifact: text({
    input: 'baseline-artifact',
    section: 'compare',
    description:
      "The artifact's name, written by upload-report and read by baseline. A repository with several images gives each its own.",
    default: 'stage-size-report',
    parse: (value, { name }) => parseArtifactName(value, name)
  }),
  reportRetentionDays: text({
    input: 'report-retention-days',
    section: 'compare',
    description:
      "How many days the uploaded report is kept (1-400). Default the repository's setting.",
    parse: (value, { name }) => parseRetentionDays(value, name)
  })
}
