import { describe, expect, it } from '@jest/globals'
import {
  expandVariables,
  parseDockerfile,
  withStageNames
} from '../../src/core/dockerfile.js'

const parse = (text: string, args: Record<string, string> = {}) =>
  parseDockerfile(text, args, 'Dockerfile').stages

describe('parseDockerfile', () => {
  it('reads stage names in lower case and names unnamed stages stage-<index>', () => {
    const stages = parse(
      'FROM alpine AS Build_Image\nRUN true\nFROM scratch\nFROM build_image AS final\n'
    )
    expect(stages.map(s => [s.index, s.name, s.named])).toEqual([
      [0, 'build_image', true],
      [1, 'stage-1', false],
      [2, 'final', true]
    ])
    expect(stages[2].dependsOn).toEqual([0])
    expect(stages[2].baseImage).toBe('build_image')
  })

  it('expands global ARGs in FROM, with build args overriding their defaults', () => {
    const text =
      'ARG BASE=alpine\nARG TAG\nFROM ${BASE}:${TAG:-3.20} AS one\nFROM $BASE AS two\n'
    expect(parse(text).map(s => s.baseImage)).toEqual(['alpine:3.20', 'alpine'])
    expect(parse(text, { BASE: 'debian', TAG: '12' }).map(s => s.baseImage)).toEqual([
      'debian:12',
      'debian'
    ])
  })

  it('finds a stage used as a base through a templated FROM', () => {
    const text =
      'ARG FLAVOUR=slim\nFROM busybox AS slim\nFROM busybox AS full\nFROM ${FLAVOUR}\n'
    expect(parse(text)[2].dependsOn).toEqual([0])
    expect(parse(text, { FLAVOUR: 'full' })[2].dependsOn).toEqual([1])
  })

  it('takes COPY --from by name (any case) or index, and RUN --mount from=', () => {
    const text = [
      'FROM busybox AS deps',
      'FROM busybox AS build',
      'RUN --mount=type=bind,from=DEPS,target=/d cp -r /d /out',
      'FROM busybox',
      'COPY --from=1 /out /out',
      'COPY --from=nginx:latest /etc/nginx /etc/nginx',
      ''
    ].join('\n')
    const stages = parse(text)
    expect(stages[1].dependsOn).toEqual([0])
    expect(stages[2].dependsOn).toEqual([1])
  })

  it('keeps a diamond as a graph', () => {
    const text = [
      'FROM busybox AS base',
      'FROM base AS left',
      'FROM base AS right',
      'FROM base AS joined',
      'COPY --from=left /l /l',
      'COPY --from=right /r /r'
    ].join('\n')
    expect(parse(text).map(s => s.dependsOn)).toEqual([[], [0], [0], [0, 1, 2]])
  })

  it('honours the escape directive, line continuations and heredocs', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      '# escape=`',
      'FROM busybox `',
      '  AS First',
      'RUN <<EOT',
      'FROM decoy AS not_a_stage',
      'EOT',
      'COPY --from=first `',
      '  /a /b',
      'FROM first'
    ].join('\n')
    const stages = parse(text)
    expect(stages.map(s => s.name)).toEqual(['first', 'stage-1'])
    expect(stages[1].dependsOn).toEqual([0])
  })

  it('rejects a Dockerfile without FROM, naming the file', () => {
    expect(() => parseDockerfile('RUN true\n', {}, 'app/Dockerfile')).toThrow(
      /^file: app\/Dockerfile has no FROM instruction/
    )
  })
})

describe('withStageNames', () => {
  it('names unnamed stages where their FROM ends, keeping every other line', () => {
    const text =
      'FROM busybox\nRUN echo one\nFROM busybox \\\n  AS two\nFROM --platform=linux/amd64 scratch\r\nCOPY --from=0 /x /x\n'
    const parsed = parseDockerfile(text, {}, 'Dockerfile')
    const named = withStageNames(parsed)
    expect(named).toBe(
      'FROM busybox AS stage-0\nRUN echo one\nFROM busybox \\\n  AS two\nFROM --platform=linux/amd64 scratch AS stage-2\r\nCOPY --from=0 /x /x\n'
    )
    expect(parseDockerfile(named, {}, 'x').stages.map(s => s.name)).toEqual([
      'stage-0',
      'two',
      'stage-2'
    ])
  })
})

describe('expandVariables', () => {
  const vars = new Map([
    ['SET', 'value'],
    ['EMPTY', '']
  ])
  it.each([
    ['$SET', 'value'],
    ['${SET}-x', 'value-x'],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${UNSET-fallback}', 'fallback'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['$UNSET', '']
  ])('%s expands to "%s"', (input, expected) => {
    expect(expandVariables(input, vars)).toBe(expected)
  })
})
