import path from 'node:path'
import {
  runOptions,
  type BaselineOption,
  type BuildSettings,
  type Options
} from '../../src/core/options/options.js'
import {
  INPUT_NAMES,
  parseOptions,
  type RawOptions
} from '../../src/core/options/table.js'
import { FIXTURES } from './engines.js'

/** Options as the action would read them with every input at its default, measuring only. */
export function fixtureOptions(
  fixture: string,
  raw: Partial<RawOptions> = {},
  base: BaselineOption = { kind: 'none', reason: 'measuring only' }
): Options {
  const context = path.isAbsolute(fixture) ? fixture : path.join(FIXTURES, fixture)
  const parsed = parseOptions({ context, ...raw }, INPUT_NAMES)
  return { ...runOptions(parsed, INPUT_NAMES, null), base }
}

/** The build settings of the action's defaults (every stage compressed unless `raw` says otherwise). */
export function buildSettings(
  raw: Partial<RawOptions> = { compressed: 'all' }
): BuildSettings {
  return fixtureOptions(FIXTURES, raw).build
}
