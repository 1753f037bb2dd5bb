import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Node 24, what runners run `runs.using: node24` actions with (the `node` devDependency). */
export const NODE_24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node')

export interface ActionRun {
  status: number | null
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** What the step saved with core.saveState, as the runner hands it to the post step. */
  state: Record<string, string>
  /** Every value each state key was saved with, in order (the last is `state`'s). */
  stateHistory: Record<string, string[]>
  summary: string
  runnerTemp: string
}

export interface StartedAction {
  /** The process; started in its own process group, so `-pid` signals its commands too. */
  pid: number
  finished: Promise<ActionRun>
}

/**
 * Runs the committed dist/index.js as a runner does: inputs as INPUT_<NAME>
 * variables (hyphens kept), GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  cwd = ROOT
): Promise<ActionRun> {
  return startAction(inputs, env, cwd).finished
}

/** Starts the action's main step (or, with STATE_isPost set, its post step), returning at once. */
export function startAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  cwd = ROOT
): StartedAction {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'stage-size-runner-'))
  const files = {
    GITHUB_OUTPUT: path.join(runnerTemp, 'github_output'),
    GITHUB_STATE: path.join(runnerTemp, 'github_state'),
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'step_summary')
  }
  Object.values(files).forEach(file => writeFileSync(file, ''))
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  const child = spawn(NODE_24, [path.join(ROOT, 'dist', 'index.js')], {
    cwd,
    detached: true,
    env: {
      ...withoutInputs(process.env),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerTemp,
      ...files,
      ...inputEnv,
      ...env
    }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const finished = new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
    child.on('close', (code, signal) => resolve([code, signal]))
  ).then(([status, signal]) => ({
    status,
    signal,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseOutputs(readFileSync(files.GITHUB_STATE, 'utf8')),
    stateHistory: parseHistory(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: existsSync(files.GITHUB_STEP_SUMMARY)
      ? readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
      : '',
    runnerTemp
  }))
  return { pid: child.pid ?? 0, finished }
}

/** Runs the post step after `main`, with the state it saved as STATE_<name> variables, as the runner does. */
export function runPostStep(
  main: ActionRun,
  env: Record<string, string> = {},
  cwd = ROOT
): Promise<ActionRun> {
  const state = Object.fromEntries(
    Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value])
  )
  return runAction({}, { ...state, ...env }, cwd)
}

function withoutInputs(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        !entry[0].startsWith('INPUT_') && entry[1] !== undefined
    )
  )
}

const BLOCK = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm

/** Reads the `name<<delimiter … delimiter` blocks @actions/core writes. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(BLOCK)) outputs[match[1]] = match[3]
  return outputs
}

function parseHistory(text: string): Record<string, string[]> {
  const history: Record<string, string[]> = {}
  for (const match of text.matchAll(BLOCK)) (history[match[1]] ??= []).push(match[3])
  return history
}

/** The `::<kind>::` annotations of a run, their messages unescaped as the runner shows them. */
export function annotations(
  run: ActionRun,
  kind: 'error' | 'warning' | 'notice'
): string[] {
  const prefix = `::${kind}::`
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith(prefix))
    .map(line =>
      line
        .slice(prefix.length)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    )
}

export const errorAnnotations = (run: ActionRun): string[] => annotations(run, 'error')
