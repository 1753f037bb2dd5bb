import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/core/errors.js'
import { Redactor, redactedError, redactedLog } from '../../src/core/redact.js'
import { recordingLog } from '../helpers/log.js'

describe('Redactor', () => {
  const redactor = new Redactor(['s3cr3t-token', 'q7'], {
    TOKEN: 'ghp_0123456789',
    NODE_VERSION: '20',
    EMPTY: ''
  })

  it('hides secrets and long build-arg values wherever they stand', () => {
    expect(redactor.text('curl -H "x: s3cr3t-token" ghp_0123456789/q7')).toBe(
      'curl -H "x: ***" ***/***'
    )
  })

  it("hides a short build-arg value where BuildKit's history assigns it, not every 20 in the text", () => {
    expect(
      redactor.text('RUN |2 NODE_VERSION=20 TOKEN=ghp_0123456789 /bin/sh -c make # 2026')
    ).toBe('RUN |2 NODE_VERSION=*** TOKEN=*** /bin/sh -c make # 2026')
  })

  it('leaves digests and commit SHAs alone, and reaches every string of a report', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    expect(
      redactor.json({
        digest,
        sha: 'b'.repeat(40),
        list: ['s3cr3t-token'],
        deep: { ghp_0123456789: 1 }
      })
    ).toEqual({ digest, sha: 'b'.repeat(40), list: ['***'], deep: { '***': 1 } })
  })

  it('hides them from log lines and errors too', () => {
    const log = recordingLog()
    redactedLog(log, redactor).detail('#5 RUN echo s3cr3t-token')
    expect(log.lines).toEqual(['#5 RUN echo ***'])
    const error = redactedError(
      new UserError('failed: ghp_0123456789', 'log: s3cr3t-token'),
      redactor
    )
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toBe('failed: ***')
    expect((error as UserError).details).toBe('log: ***')
  })

  it('lists what the runner should mask', () => {
    expect(redactor.masked).toEqual(['ghp_0123456789', 's3cr3t-token', 'q7'])
  })
})
