import { describe, expect, it } from '@jest/globals'
import { parseList } from '../src/core/lists.js'
import { Redactor, redactedError, redactedLog } from '../src/core/redact.js'
import { UserError } from '../src/core/errors.js'
import {
  parseDockerSecrets,
  parseSecretEnvs,
  parseSecretFiles,
  parseSecretValues
} from '../src/core/secrets.js'
import { recordingLog } from './helpers/log.js'

describe('list inputs, as docker/build-push-action reads them', () => {
  it('one entry per line; a quoted line may hold commas and line breaks', () => {
    expect(
      parseList('A=1\n"B=x,y"\n"KEY=-----BEGIN\nline two"\n\n  C=3  \n', {
        ignoreComma: true
      })
    ).toEqual(['A=1', 'B=x,y', 'KEY=-----BEGIN\nline two', 'C=3'])
  })

  it('commas separate entries where build-push-action takes them', () => {
    expect(parseList('a=A, b=B\nc=C', { ignoreComma: false })).toEqual([
      'a=A',
      'b=B',
      'c=C'
    ])
    expect(parseList('a=A, b=B', { ignoreComma: true })).toEqual(['a=A, b=B'])
    expect(parseList('  ', { ignoreComma: true })).toEqual([])
  })
})

describe('secrets', () => {
  const env = { NPM_TOKEN: 'n-p-m', EMPTY: '' }

  it('reads each input form', () => {
    expect(parseSecretValues(['npm=tok=en'], 'secrets')).toEqual([
      { id: 'npm', value: 'tok=en' }
    ])
    expect(parseSecretEnvs(['npm=NPM_TOKEN', 'e=EMPTY'], 'secret-envs', env)).toEqual([
      { id: 'npm', env: 'NPM_TOKEN' },
      { id: 'e', env: 'EMPTY' }
    ])
    expect(parseSecretFiles(['npmrc=.npmrc'], 'secret-files')).toEqual([
      { id: 'npmrc', file: '.npmrc' }
    ])
    expect(
      parseDockerSecrets(
        [
          'id=npmrc,src=.npmrc',
          'id=npm,env=NPM_TOKEN',
          'type=env,id=NPM_TOKEN',
          'id=f,type=file,source=x'
        ],
        '--secret',
        env
      )
    ).toEqual([
      { id: 'npmrc', file: '.npmrc' },
      { id: 'npm', env: 'NPM_TOKEN' },
      { id: 'NPM_TOKEN', env: 'NPM_TOKEN' },
      { id: 'f', file: 'x' }
    ])
  })

  it.each([
    [
      () => parseSecretValues(['ghp_abcdef'], 'secrets'),
      /^secrets: an entry is not id=value; give one secret per line/
    ],
    [
      () => parseSecretValues(['npm='], 'secrets'),
      /^secrets: the entry for "npm" is not id=value/
    ],
    [
      () => parseSecretEnvs(['npm=not a name'], 'secret-envs', env),
      /^secret-envs: the entry for "npm" is not id=ENV_NAME/
    ],
    [
      () => parseSecretEnvs(['npm=UNSET_TOKEN'], 'secret-envs', env),
      /^secret-envs: the environment variable UNSET_TOKEN \(secret npm\) is not set/
    ],
    [
      () => parseSecretFiles(['=x'], 'secret-files'),
      /^secret-files: an entry is not id=path/
    ],
    [
      () => parseDockerSecrets(['id=x'], '--secret', env),
      /^--secret: the entry for "id" is not a secret in docker buildx build's form/
    ],
    [
      () => parseDockerSecrets(['id=x,env=NOPE'], '--secret', env),
      /^--secret: the environment variable NOPE \(secret x\) is not set; set it/
    ]
  ])(
    'refuses a malformed entry in one line, never echoing a value (%#)',
    (parse, message) => {
      expect(parse).toThrow(UserError)
      expect(parse).toThrow(message)
      try {
        parse()
      } catch (error) {
        expect(String((error as Error).message)).not.toContain('ghp_abcdef')
        expect(String((error as Error).message).split('\n')).toHaveLength(1)
      }
    }
  )
})

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
