import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/core/dockerfile.js'
import { buildOrder, exportsGzip, planBuild } from '../../src/core/plan.js'

const dockerfile = (text: string) => parseDockerfile(text, {}, 'Dockerfile')
const summary = (text: string, selection: Parameters<typeof planBuild>[1]) =>
  planBuild(dockerfile(text), selection, 'Dockerfile').stages.map(p => [
    p.stage.name,
    p.buildTarget,
    p.isTarget
  ])

const TWO_STAGE =
  'FROM busybox AS build\nRUN make\nFROM busybox AS runtime\nCOPY --from=build /a /a\n'

describe('planBuild', () => {
  it('measures every stage and targets the last one by default', () => {
    expect(summary(TWO_STAGE, { stages: 'all' })).toEqual([
      ['build', 'build', false],
      ['runtime', 'runtime', true]
    ])
  })

  it('matches target and stages case-insensitively and always includes the target', () => {
    const text = TWO_STAGE + 'FROM runtime AS test\n'
    expect(summary(text, { target: 'RUNTIME', stages: ['Test'] })).toEqual([
      ['runtime', 'runtime', true],
      ['test', 'test', false]
    ])
  })

  it('builds an unnamed final stage without --target and uses the file as it is', () => {
    const plan = planBuild(
      dockerfile('FROM busybox AS build\nFROM busybox\n'),
      { stages: 'all' },
      'D'
    )
    expect(plan.stages.map(p => p.buildTarget)).toEqual(['build', null])
    expect(plan.namedCopy).toBeNull()
  })

  it('names unnamed stages in a copy when an unnamed intermediate stage is measured', () => {
    const plan = planBuild(
      dockerfile('FROM busybox\nRUN true\nFROM busybox\nCOPY --from=0 /x /x\n'),
      { stages: 'all' },
      'D'
    )
    expect(plan.stages.map(p => p.buildTarget)).toEqual(['stage-0', 'stage-1'])
    expect(plan.namedCopy).toBe(
      'FROM busybox AS stage-0\nRUN true\nFROM busybox AS stage-1\nCOPY --from=0 /x /x\n'
    )
  })

  it('does not copy the file when only named stages and the final one are chosen', () => {
    const plan = planBuild(
      dockerfile('FROM busybox\nFROM busybox AS app\nFROM app\n'),
      { stages: ['app'] },
      'D'
    )
    expect(plan.stages.map(p => [p.stage.name, p.buildTarget])).toEqual([
      ['app', 'app'],
      ['stage-2', null]
    ])
    expect(plan.namedCopy).toBeNull()
  })

  it('names the input and lists the stages when a name is not a stage', () => {
    expect(() =>
      planBuild(
        dockerfile(TWO_STAGE),
        { target: 'prod', stages: 'all' },
        'app/Dockerfile'
      )
    ).toThrow(
      'target: "prod" is not a stage of app/Dockerfile; its stages are: build, runtime'
    )
    expect(() =>
      planBuild(dockerfile(TWO_STAGE), { stages: ['build', 'tests'] }, 'D')
    ).toThrow(/^stages: "tests" is not a stage of D; its stages are: build, runtime$/)
  })

  it('refuses to name an unnamed stage with a name another stage already has', () => {
    const text = 'FROM busybox\nFROM busybox AS stage-0\nFROM busybox AS app\n'
    expect(() => planBuild(dockerfile(text), { stages: 'all' }, 'D')).toThrow(
      /stage 1 of D is named "stage-0"/
    )
  })
})

describe('buildOrder', () => {
  it('puts every stage after the stages it depends on, each once', () => {
    const text = [
      'FROM busybox AS base',
      'FROM busybox AS tools',
      'FROM base AS app',
      'COPY --from=tools /t /t',
      'FROM base AS test',
      'COPY --from=app /a /a'
    ].join('\n')
    const parsed = dockerfile(text)
    const plan = planBuild(
      parsed,
      { stages: ['test', 'app', 'tools'], target: 'test' },
      'D'
    )
    const order = buildOrder(plan, parsed.stages).map(p => p.stage.name)
    expect(order).toEqual(['tools', 'app', 'test'])
  })
})

describe('exportsGzip', () => {
  // The target is built on base (FROM); tools is built on base too; lint stands alone.
  const text = [
    'FROM busybox AS base',
    'FROM base AS tools',
    'FROM busybox AS lint',
    'FROM base AS app',
    ''
  ].join('\n')
  const parsed = dockerfile(text)
  const plan = planBuild(parsed, { stages: 'all' }, 'Dockerfile')
  const gzipped = (compressed: 'all' | string[]) =>
    plan.stages
      .filter(stage => exportsGzip(stage, plan, parsed.stages, compressed))
      .map(stage => stage.stage.name)

  it('gzips the compressed stages and the stages they are built on, not the others', () => {
    expect(gzipped([])).toEqual(['base', 'app'])
    expect(gzipped(['tools'])).toEqual(['base', 'tools', 'app'])
    expect(gzipped(['lint'])).toEqual(['base', 'lint', 'app'])
    expect(gzipped('all')).toEqual(['base', 'tools', 'lint', 'app'])
  })
})
