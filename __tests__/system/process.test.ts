import { describe, expect, it } from '@jest/globals'
import { runCommand } from '../../src/system/process.js'

describe('runCommand', () => {
  it('stops a command still running after its timeout, which then exits non-zero', async () => {
    const started = Date.now()
    const result = await runCommand('sleep', ['30'], { timeoutMs: 200 })
    expect(result.exitCode).not.toBe(0)
    expect(result.timedOut).toBe(true)
    // Well before the command's own 30 s: it was stopped, not waited for.
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('leaves a command that ends in time alone', async () => {
    const result = await runCommand('sh', ['-c', 'echo done'], { timeoutMs: 10_000 })
    expect(result).toEqual({ exitCode: 0, stdout: 'done\n', stderr: '' })
  })
})
