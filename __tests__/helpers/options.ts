import path from 'node:path'
import {
  parseOptions,
  type BaselineOption,
  type Options,
  type RawOptions
} from '../../src/core/options.js'
import { INPUT_NAMES } from '../../src/inputs.js'
import { FIXTURES } from './engines.js'

/** Options as the action would read them with every input at its default, measuring only. */
export function fixtureOptions(
  fixture: string,
  raw: Partial<RawOptions> = {},
  baseline: BaselineOption = { kind: 'none', reason: 'measuring only' }
): Options {
  const context = path.isAbsolute(fixture) ? fixture : path.join(FIXTURES, fixture)
  const defaults: RawOptions = {
    context,
    file: '',
    target: '',
    stages: '',
    buildArgs: [],
    platform: '',
    builder: '',
    cacheFrom: [],
    cacheTo: [],
    secrets: [],
    secretEnvs: [],
    secretFiles: [],
    dockerSecrets: [],
    keepImages: '',
    threshold: '',
    warnThreshold: '',
    maxSize: '',
    maxWaste: '',
    stageThresholds: [],
    metric: '',
    failOnRegression: '',
    failOnMissingBaseline: ''
  }
  return parseOptions({ ...defaults, ...raw }, INPUT_NAMES, baseline)
}
