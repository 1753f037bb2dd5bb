import { describe, expect, it } from '@jest/globals'
import {
  dockerfilePath,
  parseBuildArgs,
  parsePlatforms,
  parseStageList
} from '../../../src/core/options/build.js'

describe('parseBuildArgs', () => {
  it('reads KEY=VALUE lines, keeping = and spaces inside values', () => {
    expect(parseBuildArgs(['A=1', '', 'B=x=y', 'C= spaced '], 'build-args')).toEqual({
      A: '1',
      B: 'x=y',
      C: ' spaced '
    })
  })

  it.each(['NOEQUALS', '=value', '1ABC=x', 'A B=c'])(
    'rejects %p, naming the input',
    line => {
      expect(() => parseBuildArgs([line], 'build-args')).toThrow(
        `build-args: "${line}" is not KEY=VALUE; give one build argument per line, e.g. NODE_VERSION=20`
      )
    }
  )
})

describe('parseStageList', () => {
  it.each([
    ['', 'all'],
    ['all', 'all'],
    ['ALL', 'all'],
    ['build', ['build']],
    ['build, test\nlint,', ['build', 'test', 'lint']],
    ['stage-2', ['stage-2']]
  ])('%p reads as %p', (value, expected) => {
    expect(parseStageList(value, 'stages')).toEqual(expected)
  })

  it('rejects something that cannot be a stage name', () => {
    expect(() => parseStageList('build; test', 'stages')).toThrow(
      /^stages: "build; test" is not a stage name/
    )
  })
})

describe('parsePlatforms', () => {
  it('takes platforms separated by commas or newlines, in order, once each', () => {
    expect(
      parsePlatforms('linux/amd64, linux/arm64/v8\nlinux/amd64', 'platforms')
    ).toEqual(['linux/amd64', 'linux/arm64/v8'])
    expect(parsePlatforms(' ', 'platforms')).toEqual([])
  })

  it('names the entry that is not a platform', () => {
    expect(() => parsePlatforms('linux/amd64,arm64', 'platforms')).toThrow(
      /^platforms: "arm64" is not a platform; give os\/arch\[\/variant\] platforms separated by commas/
    )
  })
})

describe('dockerfilePath', () => {
  it('defaults to the Dockerfile in the context', () => {
    expect(dockerfilePath('app', '')).toBe('app/Dockerfile')
    expect(dockerfilePath('app', 'docker/prod.Dockerfile')).toBe('docker/prod.Dockerfile')
  })
})
