import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/core/errors.js'
import {
  parseDockerSecrets,
  parseSecretEnvs,
  parseSecretFiles,
  parseSecretValues
} from '../../src/core/secrets.js'

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
