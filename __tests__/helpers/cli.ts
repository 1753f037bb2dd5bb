import { runCli } from '../../src/cli/command.js'

/** Runs the CLI in this process; its exit code and what it printed. */
export async function cli(
  args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: text => void (out += text),
    err: text => void (err += text)
  })
  return { code, out, err }
}
