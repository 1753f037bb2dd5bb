import { describe, expect, it } from '@jest/globals'
import { changedLayers } from '../src/core/layer-diff.js'
import { COMMENT_LIMIT, renderComment, renderMarkdown } from '../src/core/markdown.js'
import { parseGrowth } from '../src/core/threshold.js'
import { comparedReport, image, layer, sideStage } from './helpers/reports.js'

const BASE_LAYER = layer('COPY busybox /bin/busybox', 2_000_000, 'sha256:busybox')

/** The rows of the stage table: [mark and status, stage, uncompressed, compressed, change]. */
function stageRows(markdown: string): string[][] {
  const lines = markdown.split('\n')
  const header = lines.findIndex(line => line.startsWith('|  | Stage |'))
  const rows: string[][] = []
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map(cell => cell.trim())
    )
  }
  return rows
}

/** A typical PR: the runtime grew past its limit, the builder is unchanged, lint is new, docs removed. */
function regression() {
  const builder = image(BASE_LAYER, layer('RUN make', 5_000_000, 'sha256:make'))
  return comparedReport(
    [
      sideStage('builder', 0, builder),
      sideStage('lint', 1, image(BASE_LAYER, layer('RUN lint', 1_000))),
      sideStage(
        'runtime',
        2,
        image(
          BASE_LAYER,
          layer('COPY /out/app /app', 1_500_000),
          layer('COPY /deps /deps', 800_000)
        ),
        true
      )
    ],
    [
      sideStage('builder', 0, builder),
      sideStage('docs', 1, image(BASE_LAYER, layer('RUN docs', 300))),
      sideStage(
        'runtime',
        2,
        image(BASE_LAYER, layer('COPY /out/app /app', 1_000_000)),
        true
      )
    ]
  )
}

describe('renderMarkdown', () => {
  it('titles the verdict and puts the target first, then changed stages, removed, unchanged', () => {
    const markdown = renderMarkdown(regression())
    expect(markdown.split('\n')[0]).toBe('### ❌ Image size check failed')
    expect(stageRows(markdown)).toEqual([
      [
        '❌ fail',
        '**runtime** (target)',
        '3.00 MB → 4.30 MB',
        '1.50 MB → 2.15 MB',
        '**+1.30 MB (+43.33%)**'
      ],
      ['🆕 new', 'lint', '2.00 MB', '1.00 MB', 'new'],
      ['🗑️ removed', 'docs', '2.00 MB → —', '1.00 MB → —', 'removed'],
      ['➖ unchanged', 'builder', '7.00 MB', '3.50 MB', '0 B']
    ])
  })

  it('states the target with exact bytes, the limit, and the base and head commits', () => {
    const markdown = renderMarkdown(regression())
    expect(markdown).toContain(
      'The target **`runtime`** grew by 1.30 MB (+43.33%) to 4.30 MB uncompressed (3,000,000 B → 4,300,000 B); limit +5% (+150,000 B).'
    )
    expect(markdown).toContain(
      '- ❌ runtime grew by 1,300,000 B (+43.33%): 3,000,000 B → 4,300,000 B uncompressed, over the 5% threshold (at most +150,000 B)'
    )
    expect(markdown).toContain(
      `Head \`${'a'.repeat(12)}\` (feature) · base \`${'b'.repeat(12)}\` (main): the merge-base of HEAD and main`
    )
  })

  it("names the PR's head commit when the run measured GitHub's merge commit", () => {
    const report = regression()
    report.head = { ref: null, sha: 'f'.repeat(40) }
    expect(renderMarkdown(report)).toContain(
      `Head \`${'a'.repeat(12)}\` (measured merged into its base, as \`${'f'.repeat(12)}\`) · base`
    )
  })

  it('marks the gated metric in the header', () => {
    expect(renderMarkdown(regression())).toContain(
      '|  | Stage | Uncompressed (gated) | Compressed | Change (uncompressed) |'
    )
    const compressed = comparedReport(
      [sideStage('app', 0, image(layer('RUN a', 10)), true)],
      [sideStage('app', 0, image(layer('RUN a', 10)), true)],
      { metric: 'compressed' }
    )
    expect(renderMarkdown(compressed)).toContain(
      '|  | Stage | Uncompressed | Compressed (gated) | Change (compressed) |'
    )
  })

  it('explains growth in a collapsed section: the layers that changed most, with their instructions', () => {
    const markdown = renderMarkdown(regression())
    const details = markdown.slice(
      markdown.indexOf('<details>'),
      markdown.indexOf('</details>')
    )
    expect(details).toContain(
      '<summary>Why: the layers that grew or shrank most</summary>'
    )
    expect(details).toContain('**runtime** (+1.30 MB uncompressed)')
    const rows = details.split('\n').filter(line => /^\| [+-]/.test(line))
    expect(rows).toEqual([
      '| +800 kB | added | `COPY /deps /deps` | `/deps` 800 kB |',
      '| +500 kB | changed | `COPY /out/app /app` | `/app` 1.50 MB |'
    ])
    expect(details).not.toContain('builder')
  })

  it('marks a warning and a pass', () => {
    const stages = (bytes: number) => [
      sideStage('app', 0, image(layer('RUN a', bytes)), true)
    ]
    const warned = renderMarkdown(
      comparedReport(stages(1_030), stages(1_000), {
        warnThreshold: parseGrowth('1%', 'w')
      })
    )
    expect(warned.split('\n')[0]).toBe('### ⚠️ Image size check passed with a warning')
    expect(stageRows(warned)[0][0]).toBe('⚠️ pass')
    expect(warned).toContain('limit +5% (+50 B), warning past +1%')
    const passed = renderMarkdown(comparedReport(stages(990), stages(1_000)))
    expect(passed.split('\n')[0]).toBe('### ✅ Image size check passed')
    expect(stageRows(passed)[0]).toEqual([
      '✅ pass',
      '**app** (target)',
      '1.00 kB → 990 B',
      '500 B → 495 B',
      '-10 B (-1.00%)'
    ])
  })

  it('without a baseline shows sizes only and says why', () => {
    const markdown = renderMarkdown(
      comparedReport([sideStage('app', 0, image(layer('RUN a', 1_234_567)), true)], null)
    )
    expect(markdown.split('\n')[0]).toBe(
      '### ℹ️ Image sizes (no baseline to compare with)'
    )
    expect(markdown).toContain(
      'The target **`app`** is 1.23 MB uncompressed (1,234,567 B). No baseline: a schedule event has no base to compare with.'
    )
    expect(stageRows(markdown)).toEqual([['', '**app** (target)', '1.23 MB', '617 kB']])
  })

  it('makes markup, HTML and mentions in report text inert (a report may come from a fork)', () => {
    const report = regression()
    report.head = {
      ref: '[click](https://evil.example) <img src=x> @octocat',
      sha: 'a'.repeat(40)
    }
    const markdown = renderMarkdown(report)
    expect(markdown).toContain(
      '(\\[click\\](https://evil.example) \\<img src=x\\> @\u200boctocat)'
    )
    expect(markdown).not.toContain('@octocat')
    expect(markdown).not.toMatch(/(?<!\\)<img/)
  })

  it('keeps instructions with pipes, backticks and newlines inside their cell', () => {
    const head = image(
      layer('RUN echo `date` | tee /x &&\\\n  echo done', 5000, 'sha256:x')
    )
    const report = comparedReport(
      [sideStage('app', 0, head, true)],
      [sideStage('app', 0, image(), true)]
    )
    const row = renderMarkdown(report)
      .split('\n')
      .find(line => line.includes('tee'))
    expect(row).toBe(
      '| +5.00 kB | added | `` RUN echo `date` \\| tee /x &&\\ echo done `` | `/done` 5.00 kB |'
    )
  })
})

describe('renderComment', () => {
  it('starts with the marker and is the full report when it fits', () => {
    const report = regression()
    const comment = renderComment(report, '<!-- stage-size: app/Dockerfile:runtime -->')
    expect(comment).toBe(
      `<!-- stage-size: app/Dockerfile:runtime -->\n${renderMarkdown(report)}`
    )
  })

  /** A report with `count` stages that each changed through many large layers. */
  function hugeReport(count: number) {
    const stages = (grow: number) =>
      Array.from({ length: count }, (_, index) =>
        sideStage(
          `stage-with-a-long-name-${index}`,
          index,
          image(
            ...Array.from({ length: 12 }, (_, n) =>
              layer(`RUN step ${n} ${'x'.repeat(80)} ${index}`, 1000 + n * grow)
            )
          ),
          index === count - 1
        )
      )
    return comparedReport(stages(50), stages(3))
  }

  it('drops layer details first, and says the full report is in the job summary', () => {
    const report = hugeReport(100)
    expect(renderMarkdown(report).length).toBeGreaterThan(COMMENT_LIMIT)
    const comment = renderComment(report, '<!-- m -->')
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment).not.toContain('<details>')
    expect(stageRows(comment)).toHaveLength(100)
    expect(comment).toContain("The full report is in the workflow run's job summary.")
  })

  it('then drops unchanged stages before any changed one', () => {
    const unchanged = Array.from({ length: 1500 }, (_, index) =>
      sideStage(`unchanged-${index}`, index, image(layer(`RUN same ${index}`, 100)))
    )
    const grown = (bytes: number) => [
      sideStage('grown', 1500, image(layer('RUN grow', bytes))),
      sideStage('app', 1501, image(layer('RUN app', bytes)), true)
    ]
    const comment = renderComment(
      comparedReport([...unchanged, ...grown(2000)], [...unchanged, ...grown(1000)]),
      '<!-- m -->'
    )
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(stageRows(comment).map(row => row[1])).toEqual(['**app** (target)', 'grown'])
    expect(comment).toContain('_1500 more stages in the job summary._')
  })

  it('then drops stage rows, saying how many, and always fits', () => {
    const report = hugeReport(800)
    const comment = renderComment(report, '<!-- m -->')
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment.startsWith('<!-- m -->\n### ❌ Image size check failed')).toBe(true)
    const rows = stageRows(comment)
    expect(rows.length).toBeLessThan(800)
    expect(rows[0][1]).toBe('**stage-with-a-long-name-799** (target)')
    expect(comment).toContain(`_${800 - rows.length} more stages in the job summary._`)
  })
})

describe('changedLayers', () => {
  it('leaves out shared layers, pairs layers made by the same instruction, lists the rest', () => {
    const shared = layer('COPY busybox /bin/busybox', 100, 'sha256:shared')
    const docs = layer('RUN docs', 300, 'sha256:docs')
    const base = image(shared, layer('COPY src /src', 50, 'sha256:old-src'), docs)
    const head = image(
      shared,
      layer('COPY src /src', 80, 'sha256:new-src'),
      docs,
      layer('RUN npm ci', 500)
    )
    expect(
      changedLayers(base, head, 'uncompressed').map(c => [
        c.kind,
        c.createdBy,
        c.deltaBytes
      ])
    ).toEqual([
      ['added', 'RUN npm ci', 500],
      ['changed', 'COPY src /src', 30]
    ])
    const shorter = image(shared, layer('COPY src /src', 50, 'sha256:old-src'))
    expect(
      changedLayers(base, shorter, 'uncompressed').map(c => [
        c.kind,
        c.createdBy,
        c.deltaBytes
      ])
    ).toEqual([['removed', 'RUN docs', -300]])
  })

  it('pairs an edited instruction with the layer it replaced, at the same position', () => {
    const shared = layer('COPY busybox /bin/busybox', 100, 'sha256:shared')
    const base = image(
      shared,
      layer('RUN fetch v1', 1000, 'sha256:v1'),
      layer('RUN tidy', 10, 'sha256:t1')
    )
    const head = image(
      shared,
      layer('RUN fetch v2', 1500, 'sha256:v2'),
      layer('RUN tidy', 10, 'sha256:t2')
    )
    const changes = changedLayers(base, head, 'uncompressed')
    expect(
      changes.map(c => [c.kind, c.createdBy, c.base?.createdBy, c.deltaBytes])
    ).toEqual([['changed', 'RUN fetch v2', 'RUN fetch v1', 500]])
    const report = comparedReport(
      [sideStage('app', 0, head, true)],
      [sideStage('app', 0, base, true)]
    )
    expect(renderMarkdown(report)).toContain(
      '| +500 B | changed | `RUN fetch v2`<br>was `RUN fetch v1` | `/v2` 1.50 kB |'
    )
  })
})
