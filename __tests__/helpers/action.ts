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
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
}

/**
 * Runs the committed dist/index.js as a runner does: inputs as INPUT_<NAME>
 * variables (hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  cwd = ROOT
): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'stage-size-runner-'))
  const outputFile = path.join(runnerTemp, 'github_output')
  const summaryFile = path.join(runnerTemp, 'step_summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  const child = spawn(NODE_24, [path.join(ROOT, 'dist', 'index.js')], {
    cwd,
    env: {
      ...withoutInputs(process.env),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...inputEnv,
      ...env
    }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const status = await new Promise<number | null>(resolve => child.on('close', resolve))
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    runnerTemp
  }
}

function withoutInputs(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        !entry[0].startsWith('INPUT_') && entry[1] !== undefined
    )
  )
}

/** Reads the `name<<delimiter … delimiter` blocks @actions/core writes. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
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
