#!/usr/bin/env node
import { exitOnCancel } from './system/cancellation.js'
import { runCli } from './command.js'

// 130: the shell's code for a command ended by Ctrl-C.
exitOnCancel(message => process.stderr.write(`stage-size: ${message}\n`), 130)
process.exitCode = await runCli(process.argv.slice(2), {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text)
})
