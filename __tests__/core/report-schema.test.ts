import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkReport } from '../../src/core/report-schema.js'
import {
  READABLE_SCHEMA_VERSIONS,
  SCHEMA_VERSION,
  type Report
} from '../../src/core/report.js'
import { ROOT } from '../helpers/action.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

/** A report as the pipeline writes it: a target that grew, a builder, one stage only the base has. */
function written(): Report {
  const app = (bytes: number) =>
    image(layer('COPY busybox /bin/busybox', 1000), layer('RUN build', bytes))
  return comparedReport(
    [sideStage('builder', 0, app(10)), sideStage('app', 1, app(2000), true)],
    [
      sideStage('builder', 0, app(10)),
      sideStage('docs', 1, app(5)),
      sideStage('app', 2, app(1000), true)
    ],
    {},
    { TOKEN: 'a-secret-value' }
  )
}

/** The report as read back from a file: JSON, nothing but JSON. */
const json = (report: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(report))

describe('report.schema.json', () => {
  it('is the published draft 2020-12 schema, of this schema version', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'report.schema.json'), 'utf8'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.properties.schemaVersion.enum).toEqual([...READABLE_SCHEMA_VERSIONS])
    expect(READABLE_SCHEMA_VERSIONS).toContain(SCHEMA_VERSION)
  })

  it('fits a stage with no compressed figure, and refuses one missing where a number was', () => {
    const uncompressedOnly = image({ ...layer('RUN x', 5), compressedBytes: null })
    const report = comparedReport(
      [
        sideStage('app', 0, image(layer('RUN y', 7)), true),
        sideStage('tools', 1, { ...uncompressedOnly, compressedBytes: null })
      ],
      null
    )
    expect(checkReport(json(report))).toHaveProperty('report')
    const broken = json(report) as { stages: { head: { compressedBytes: unknown } }[] }
    broken.stages[1].head.compressedBytes = 'none'
    expect(checkReport(broken)).toEqual({
      problem: expect.stringMatching(/^\/stages\/1\/head\/compressedBytes/)
    })
  })

  it('fits the reports stage-size writes: compared, without a baseline, with platforms', () => {
    expect(checkReport(json(written()))).toEqual({ report: json(written()) })
    const alone = comparedReport(
      [sideStage('app', 0, image(layer('RUN x', 5)), true)],
      null
    )
    expect(checkReport(json(alone))).toHaveProperty('report')
    const first = image(layer('RUN x', 5))
    const platforms = {
      ...first,
      platforms: { 'linux/amd64': first, 'linux/arm64': image(layer('RUN y', 7)) }
    }
    const multi = comparedReport(
      [sideStage('app', 0, platforms, true)],
      [sideStage('app', 0, platforms, true)]
    )
    expect(
      checkReport(
        json({
          ...multi,
          platform: 'linux/amd64',
          platforms: ['linux/amd64', 'linux/arm64']
        })
      )
    ).toHaveProperty('report')
  })

  it('holds no build-arg value, only the names and a digest', () => {
    const report = written()
    expect(report.buildArgNames).toEqual(['TOKEN'])
    expect(report.buildArgsDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(JSON.stringify(report)).not.toContain('a-secret-value')
  })

  it('takes fields a later version adds', () => {
    const report = json(written())
    ;(report.stages as Record<string, unknown>[])[0].someDayMaybe = { x: 1 }
    expect(checkReport({ ...report, alsoNew: true })).toHaveProperty('report')
  })

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a report broken on purpose, one field at a time
  const broken: [string, (report: Record<string, any>) => void, string][] = [
    [
      'a size that is a string',
      report => (report.stages[1].head.uncompressedBytes = '2000'),
      '/stages/1/head/uncompressedBytes must be an integer'
    ],
    [
      'a verdict it does not know',
      report => (report.verdict = 'totally-fine'),
      '/verdict must be one of pass, warn, fail, no-baseline'
    ],
    [
      'a missing status',
      report => delete report.stages[0].status,
      '/stages/0/status is missing'
    ],
    [
      'an image that is a number',
      report => (report.stages[0].head = 5),
      '/stages/0/head must be null or an object'
    ],
    [
      'a file count that is text',
      report =>
        (report.stages[1].fileChanges = { ...emptyChanges(), addedFiles: '<img src=x>' }),
      '/stages/1/fileChanges/addedFiles must be an integer'
    ],
    [
      'a wasted reason of its own',
      report =>
        (report.stages[1].head.wasted = [
          { path: '/x', bytes: 1, reason: '**forged**', layer: 0 }
        ]),
      '/stages/1/head/wasted/0/reason must be one of overwritten, deleted'
    ],
    [
      'a run id that is a link',
      report =>
        (report.base = {
          ...report.base,
          source: 'artifact',
          run: { id: '[x](https://evil.example)', url: 'https://evil.example' }
        }),
      '/base/run/id must be an integer'
    ],
    [
      'a target that breaks the line',
      report => (report.target = 'app\n```\n# forged'),
      '/target must match pattern'
    ],
    [
      'garbage sizes under the right header',
      report => (report.stages = [{ name: 'app', sizes: 'garbage' }]),
      '/stages/0/index is missing'
    ]
  ]

  it.each(broken)(
    'refuses %s, naming the field by its JSON pointer',
    (_, breakIt, problem) => {
      const report = json(written())
      breakIt(report)
      const checked = checkReport(report)
      expect(checked).toEqual({ problem: expect.stringContaining(problem) })
    }
  )

  it('names the report itself when it is not an object', () => {
    expect(checkReport([])).toEqual({ problem: 'the report must be an object' })
  })
})

function emptyChanges() {
  return {
    added: [],
    removed: [],
    changed: [],
    directories: [],
    addedBytes: 0,
    removedBytes: 0,
    changedBytes: 0,
    addedFiles: 0,
    removedFiles: 0,
    changedFiles: 0
  }
}
