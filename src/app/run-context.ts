import type { HistoryPoint } from '../core/history.js'
import type { Log } from '../core/log.js'
import type { Options } from '../core/options/options.js'
import type { BaseRef, SideStage } from '../core/report.js'
import type { Checkout } from '../engine/session.js'
import type { Git } from '../git/git.js'

/** What every step of one run needs: the options, the log, the repository and the head's checkout. */
export interface RunContext {
  options: Options
  log: Log
  /** The repository that holds the context, or null outside git. */
  git: Git | null
  head: Checkout
}

/** The base's stages, or why there are none (and how loudly to say it). */
export type Baseline =
  /** `history`: the branch's sizes up to the base, when the base's report was read. */
  | { ref: BaseRef; stages: SideStage[]; history?: HistoryPoint[] }
  | { missing: string; severity: 'notice' | 'warning' }
