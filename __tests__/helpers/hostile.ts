import type { Report } from '../../src/core/report.js'
import { comparedReport, image, layer, sideStage } from './reports.js'

/** On one line: what a field that takes no line break can hold. */
export const HOSTILE_LINE =
  '<img src=https://evil.example/t.png> <b>raw</b> **strong** _em_ ~~del~~ [link](https://evil.example/l) ' +
  '![i](https://evil.example/i.png) https://evil.example/a www.evil.example mail@evil.example ' +
  '@octocat @acme/security &#64;octocat &commat;octocat #1 | cell | \\`tick\\` <details open><summary>x'

/** With line breaks and bidirectional overrides, for the fields that take them. */
export const HOSTILE_TEXT = `${HOSTILE_LINE}\n# forged heading\n\`\`\`\n> quote\n- item\n\u202egnp.exe`

/** A report that fits the schema, with hostile text in every field that takes free text. */
export function forgedReport(): Report {
  const bad = layer(HOSTILE_TEXT, 2_000_000)
  bad.largestFiles = [{ path: `/${HOSTILE_TEXT}`, bytes: 2_000_000 }]
  const head = image(layer('COPY base /', 1000), bad)
  head.wastedBytes = 5000
  head.wasted = [{ path: `/${HOSTILE_TEXT}`, bytes: 5000, reason: 'deleted', layer: 1 }]
  const report = comparedReport(
    [
      sideStage('app', 0, head, true),
      sideStage('docs', 1, image(layer(HOSTILE_TEXT, 9)))
    ],
    [sideStage('app', 0, image(layer('COPY base /', 1000)), true)]
  )
  const app = report.stages[0]
  app.baseImage = HOSTILE_LINE
  // The FROM image swapped, both names hostile: the headline names them first.
  const from = (name: string, bytes: number) => ({
    name,
    layers: 1,
    uncompressedBytes: bytes,
    compressedBytes: bytes
  })
  app.head!.fromImage = from(`${HOSTILE_LINE} new`, 1000)
  app.base!.fromImage = from(`${HOSTILE_LINE} old`, 500)
  app.findings = [HOSTILE_TEXT]
  app.fileChanges = {
    added: [{ path: `/${HOSTILE_TEXT}`, bytes: 2_000_000, layer: 1 }],
    removed: [{ path: `/gone/${HOSTILE_TEXT}`, bytes: 10 }],
    changed: [{ path: `/c/${HOSTILE_TEXT}`, baseBytes: 1, headBytes: 5, layer: 1 }],
    directories: [{ path: `/${HOSTILE_LINE}`, baseBytes: 0, headBytes: 2_000_000 }],
    addedBytes: 2_000_000,
    removedBytes: 10,
    changedBytes: 4,
    addedFiles: 1,
    removedFiles: 1,
    changedFiles: 1
  }
  return {
    ...report,
    dockerfile: HOSTILE_LINE,
    context: HOSTILE_LINE,
    generator: { name: 'stage-size', version: HOSTILE_LINE.slice(0, 120) },
    engine: {
      ...report.engine,
      version: HOSTILE_LINE.slice(0, 120),
      // A builder of another driver: the footer names it.
      buildxBuilder: {
        name: HOSTILE_LINE.slice(0, 120),
        driver: HOSTILE_LINE.slice(0, 120),
        nodes: [{ name: 'n', buildkit: HOSTILE_LINE.slice(0, 120), platforms: [] }]
      }
    },
    head: { ref: HOSTILE_LINE, sha: 'a'.repeat(40) },
    base: {
      ref: HOSTILE_LINE,
      sha: 'b'.repeat(40),
      reason: HOSTILE_TEXT,
      source: 'artifact',
      run: { id: 123, url: 'https://evil.example/run' }
    },
    history: [
      {
        sha: 'c'.repeat(40),
        date: '2026-11-01T00:00:00Z',
        uncompressedBytes: 1,
        compressedBytes: 1
      },
      {
        sha: 'a'.repeat(40),
        date: '2026-11-02T00:00:00Z',
        uncompressedBytes: 2,
        compressedBytes: 1
      }
    ]
  }
}
