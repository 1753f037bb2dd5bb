import { UserError } from '../errors.js'
import type { Metric } from '../limits.js'
import {
  parseGrowth,
  parseMaxSize,
  parseMaxWaste,
  parseMinimumChange,
  parseStageThresholds
} from '../threshold.js'
import { list, parseBoolean, text } from './row.js'

const METRICS: Metric[] = ['uncompressed', 'compressed']

/** `uncompressed` (the default) or `compressed`. */
function parseMetric(value: string, input: string): Metric {
  const metric = value.trim().toLowerCase()
  if (!(METRICS as string[]).includes(metric)) {
    throw new UserError(
      `${input}: "${value}" is not a metric; use uncompressed or compressed`
    )
  }
  return metric as Metric
}

/** The gate: the limits the target and other stages are held to, and what a failure does. */
export const GATE_OPTIONS = {
  threshold: text({
    input: 'threshold',
    flag: 'threshold',
    section: 'gate',
    description:
      'The largest allowed growth of the target image, N% (decimals allowed), a size (500kB, 20MB, 1.5GiB) or off.',
    default: '5%',
    help: {
      value: 'LIMIT',
      text: 'largest allowed growth of the target: N%, a size (500kB, 20MB, 1.5GiB) or off (default: 5%)'
    },
    parse: (value, { name }) => parseGrowth(value, name)
  }),
  warnThreshold: text({
    input: 'warn-threshold',
    flag: 'warn-threshold',
    section: 'gate',
    description:
      'Growth past this but within threshold warns instead of failing. Same forms as threshold.',
    help: { value: 'LIMIT', text: 'growth past this warns' },
    parse: (value, { name }) => (value.trim() ? parseGrowth(value, name) : null)
  }),
  maxSize: text({
    input: 'max-size',
    flag: 'max-size',
    section: 'gate',
    description: 'An absolute budget for the target image, e.g. 200MB or 1.5GiB.',
    help: { value: 'SIZE', text: 'an absolute budget for the target' },
    parse: (value, { name }) => parseMaxSize(value, name)
  }),
  maxWaste: text({
    input: 'max-waste',
    flag: 'max-waste',
    section: 'gate',
    description:
      "Fail when the target's layers store more bytes than its filesystem shows (files overwritten, chmod-ed or deleted in a later layer) past this, a size (50MB) or N% of the image (10%).",
    help: {
      value: 'LIMIT',
      text: "the bytes the target's layers may store but its filesystem not show: a size, or N% of the image"
    },
    parse: (value, { name }) => parseMaxWaste(value, name)
  }),
  minimumChange: text({
    input: 'minimum-change',
    flag: 'minimum-change',
    section: 'gate',
    description:
      'The noise floor: a stage whose change (in the gated metric) is smaller than this, a size (1kB) or N% of the stage (0.1%), counts as unchanged, and comment: on-change posts nothing for it. 0 counts every byte.',
    default: '0',
    help: {
      value: 'SIZE',
      text: 'a change smaller than this (a size, or N% of the stage) counts as unchanged'
    },
    parse: (value, { name }) => parseMinimumChange(value, name)
  }),
  stageThresholds: list({
    input: 'stage-thresholds',
    flag: 'stage-threshold',
    commas: false,
    section: 'gate',
    description:
      'Limits for other stages, one stage=limit per line (e.g. builder=20%). Stages without one are reported, not gated.',
    help: { value: 'S=LIMIT', text: 'a limit for another stage (repeat for more)' },
    parse: (entries, { name }) => parseStageThresholds(entries, name)
  }),
  metric: text({
    input: 'metric',
    flag: 'metric',
    section: 'gate',
    description: 'The size the gate compares, uncompressed or compressed.',
    default: 'uncompressed',
    help: { value: 'M', text: 'uncompressed (default) or compressed' },
    parse: (value, { name }) => parseMetric(value, name)
  }),
  failOnRegression: text({
    input: 'fail-on-regression',
    flag: 'fail-on-regression',
    section: 'gate',
    description:
      'Fail the step when the gate fails. false turns the failure into a warning (the verdict output still says fail).',
    default: 'true',
    help: { value: 'B', text: 'false: a failing gate only warns (default: true)' },
    parse: (value, { name }) => parseBoolean(value, name)
  }),
  failOnMissingBaseline: text({
    input: 'fail-on-missing-baseline',
    flag: 'fail-on-missing-baseline',
    section: 'gate',
    description:
      'Fail the step when there is no baseline to compare with (no base commit, no Dockerfile there, or its build failed).',
    default: 'false',
    help: { value: 'B', text: 'true: fail when there is no baseline' },
    parse: (value, { name }) => parseBoolean(value, name)
  })
}
