#!/usr/bin/env node
import { runCli } from './cli/command.js'
import { exitOnCancel } from './system/cancellation.js'

// 130: the shell's code for a command ended by Ctrl-C.
exitOnCancel(message => process.stderr.write(`stage-size: ${message}\n`), 130)
process.exitCode = await runCli(process.argv.slice(2), {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text)
})
