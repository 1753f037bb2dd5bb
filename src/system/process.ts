import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Called with every line the command prints, on either stream. */
  onLine?: (line: string) => void
  /** Runs even after `stopAll` (to clean up); other commands are refused then. */
  always?: boolean
  /** Stopped (as `stopAll` stops it) when still running after this long; it then exits non-zero. */
  timeoutMs?: number
}

/** A command asked for after the run was cancelled. */
class CancelledError extends Error {
  constructor(command: string) {
    super(`the run was cancelled before ${command} could start`)
  }
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Stopped because it ran past `timeoutMs`. */
  timedOut?: boolean
}

/** Every command still running, so a cancelled run can stop them. */
const running = new Set<ChildProcess>()
let stopping = false

/** How long a stopped command gets to finish (buildx cancels its build) before it is killed. */
const STOP_GRACE_MS = 3_000

/**
 * Runs a command with an argument array (never a shell string) and collects
 * its output. It is tracked until it exits, so that `stopAll` can end it when
 * the run is cancelled (`@actions/exec` gives no handle to do that).
 */
export function runCommand(
  command: string,
  args: string[],
  options: RunOptions = {}
): Promise<RunResult> {
  if (stopping && !options.always) return Promise.reject(new CancelledError(command))
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    running.add(child)
    const stdout = collect(child.stdout, options.onLine)
    const stderr = collect(child.stderr, options.onLine)
    let timedOut = false
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            void stop(child)
          }, options.timeoutMs)
    child.once('error', error => {
      clearTimeout(timer)
      running.delete(child)
      reject(error)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      running.delete(child)
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: stdout(),
        stderr: stderr(),
        ...(timedOut && { timedOut })
      })
    })
  })
}

/**
 * Runs a command whose output is a stream (an image export, gigabytes), handed
 * to `consume` as it comes; tracked as `runCommand`'s are. Resolves with the
 * exit code and error output once both the command and `consume` are done; a
 * failed `consume` stops the command.
 */
export async function streamCommand(
  command: string,
  args: string[],
  consume: (stdout: Readable) => Promise<void>,
  options: Pick<RunOptions, 'env'> = {}
): Promise<Omit<RunResult, 'stdout'>> {
  if (stopping) throw new CancelledError(command)
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.add(child)
  const stderr = collect(child.stderr, undefined)
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  }).finally(() => running.delete(child))
  try {
    await consume(child.stdout)
  } catch (error) {
    child.kill('SIGKILL')
    await exited.catch(() => {})
    throw error
  }
  return { exitCode: await exited, stderr: stderr() }
}

function collect(
  stream: NodeJS.ReadableStream | null,
  onLine: ((line: string) => void) | undefined
): () => string {
  const lines: string[] = []
  if (stream) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', line => {
      lines.push(line)
      onLine?.(line)
    })
  }
  return () => (lines.length ? lines.join('\n') + '\n' : '')
}

/**
 * Stops every running command: SIGINT first, as a terminal's Ctrl-C (buildx
 * then cancels the build in the engine), SIGKILL for those still running after
 * a grace period. Resolves when all have exited.
 */
export async function stopAll(): Promise<void> {
  stopping = true
  await Promise.all([...running].map(stop))
}

/** Stops one command: SIGINT, then SIGKILL after the grace period; resolves once it exited. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise<void>(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    child.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGINT')
  })
}

/** The last `count` lines of a command's output, trimmed: what an error message quotes. */
export function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n').trim()
}
