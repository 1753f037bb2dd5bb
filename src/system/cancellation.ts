import { leftovers, removeLeftovers } from './leftovers.js'
import { stopAll } from './process.js'

/**
 * On SIGINT or SIGTERM (a runner cancelling the job, or Ctrl-C): stops the
 * running commands (buildx cancels its build), removes what the run made, and
 * exits with `exitCode`. A second signal exits at once.
 */
export function exitOnCancel(say: (message: string) => void, exitCode: number): void {
  let cancelled = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancelled) process.exit(exitCode)
    cancelled = true
    say(`${signal}: cancelled; stopping the build and removing what this run made`)
    void cancel(say).finally(() => process.exit(exitCode))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}

async function cancel(say: (message: string) => void): Promise<void> {
  await stopAll()
  const problems = await removeLeftovers(leftovers.list())
  problems.forEach(problem => say(`could not remove: ${problem}`))
}
