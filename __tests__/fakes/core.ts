import type * as core from '@actions/core'

type Core = typeof core

/** What a step printed and set, as a fake of @actions/core records it. */
export interface CoreRecord {
  outputs: Record<string, string>
  failed: string[]
  warnings: string[]
  notices: string[]
  infos: string[]
  debugs: string[]
  summaries: string[]
  state: Record<string, string>
}

/**
 * A typed fake of the parts of @actions/core that stage-size uses: inputs
 * given up front, everything the step reports recorded. `summaryFails` makes
 * writing the job summary throw, as a full or missing summary file does.
 */
export function fakeCore(
  inputs: Record<string, string>,
  { summaryFails = false } = {}
): { core: Partial<Core>; record: CoreRecord } {
  const record: CoreRecord = {
    outputs: {},
    failed: [],
    warnings: [],
    notices: [],
    infos: [],
    debugs: [],
    summaries: [],
    state: {}
  }
  let pending = ''
  const summary = {
    addRaw(text: string) {
      pending += text
      return summary
    },
    async write() {
      if (summaryFails) throw new Error('EACCES: permission denied, open step_summary')
      record.summaries.push(pending)
      pending = ''
      return summary
    }
  }
  const text = (message: string | Error) => String(message)
  const fake: Partial<Core> = {
    getInput: (name: string) => (inputs[name] ?? '').trim(),
    getMultilineInput: (name: string) =>
      (inputs[name] ?? '')
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean),
    setOutput: (name: string, value: unknown) => {
      record.outputs[name] = typeof value === 'string' ? value : JSON.stringify(value)
    },
    setFailed: (message: string | Error) => void record.failed.push(text(message)),
    warning: (message: string | Error) => void record.warnings.push(text(message)),
    notice: (message: string | Error) => void record.notices.push(text(message)),
    info: (message: string) => void record.infos.push(message),
    debug: (message: string) => void record.debugs.push(message),
    startGroup: () => {},
    endGroup: () => {},
    group: <T>(_name: string, work: () => Promise<T>) => work(),
    saveState: (name: string, value: unknown) => {
      record.state[name] = String(value)
    },
    getState: (name: string) => record.state[name] ?? '',
    summary: summary as unknown as Core['summary']
  }
  return { core: fake, record }
}
