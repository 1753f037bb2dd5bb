import * as core from '@actions/core'
import type { Log } from '../core/log.js'

/** The action's log: the runner's log, groups and annotations. */
export const actionLog: Log = {
  info: message => core.info(message),
  notice: message => core.notice(message),
  warning: message => core.warning(message),
  detail: line => core.info(line),
  group: (title, work) => core.group(title, work)
}
