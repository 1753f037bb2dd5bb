import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_LIMIT,
  renderComment,
  renderMarkdown
} from '../../../src/core/render/comment.js'
import { parseGrowth } from '../../../src/core/threshold.js'
import { comparedReport, image, layer, sideStage } from '../../helpers/reports.js'
import { renderGfm } from '../../helpers/gfm.js'

const BASE_LAYER = layer('COPY busybox /bin/busybox', 2_000_000, 'sha256:busybox')

/** The markdown with its non-breaking spaces as spaces, to read it as a person does. */
function plain(markdown: string): string {
  return markdown.replace(/\u00a0/g, ' ')
}

/** The rows of the table whose header starts with `first`. */
function tableRows(markdown: string, first: string): string[][] {
  const lines = plain(markdown).split('\n')
  const header = lines.findIndex(line => line.startsWith(`| ${first} |`))
  if (header === -1) return []
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

/** The regression with what the files say: the runtime gained its dependency tree. */
function withFiles() {
  const report = regression()
  const target = report.stages.find(stage => stage.isTarget)!
  target.fileChanges = {
    added: [
      { path: '/deps/lib/big.so', bytes: 700_000, layer: 2 },
      { path: '/deps/lib/small.so', bytes: 100_000, layer: 2 }
    ],
    removed: [{ path: '/app/old.txt', bytes: 20_000, layer: 1 }],
    changed: [{ path: '/app/bin', baseBytes: 980_000, headBytes: 1_500_000, layer: 1 }],
    directories: [
      { path: '/deps', baseBytes: 0, headBytes: 800_000 },
      { path: '/deps/lib', baseBytes: 0, headBytes: 800_000 },
      { path: '/app', baseBytes: 1_000_000, headBytes: 1_500_000 }
    ],
    addedBytes: 800_000,
    removedBytes: 20_000,
    changedBytes: 520_000,
    addedFiles: 2,
    removedFiles: 1,
    changedFiles: 1
  }
  return report
}

describe('renderMarkdown', () => {
  it('names the image in the title, so two images’ comments differ', () => {
    const report = regression()
    expect(renderMarkdown(report).split('\n')[0]).toBe(
      '### ❌ Image size check failed: app/Dockerfile › runtime'
    )
    report.platforms = ['linux/amd64', 'linux/arm64']
    expect(renderMarkdown(report).split('\n')[0]).toBe(
      '### ❌ Image size check failed: app/Dockerfile › runtime (linux/amd64, linux/arm64)'
    )
  })

  it('says the growth and the limit in one sentence, in one unit, with how far over', () => {
    const markdown = plain(renderMarkdown(regression()))
    expect(markdown).toContain(
      '`runtime` grew **+1.30 MB** (+43.33%) to 4.30 MB uncompressed; limit +150 kB (5%): **8.7× over**. Compressed 1.50 MB → 2.15 MB.'
    )
  })

  it('gives each number once: no findings list, and the target is not a table row', () => {
    const markdown = plain(renderMarkdown(regression()))
    expect(markdown.match(/\+1\.30 MB/g)).toHaveLength(1)
    expect(markdown).not.toMatch(/^- /m)
    expect(tableRows(markdown, 'Stage')).toEqual([
      ['lint', '2.00 MB', '1.00 MB', '', '🆕 new'],
      ['docs', '2.00 MB → —', '1.00 MB → —', '', '🗑️ removed']
    ])
  })

  it('folds unchanged stages into one line, and many under a summary', () => {
    expect(plain(renderMarkdown(regression()))).toContain('Unchanged: `builder` 7.00 MB.')
    const stages = Array.from({ length: 33 }, (_, n) =>
      sideStage(`s${n}`, n, image(layer(`RUN s${n}`, 1_000)), n === 32)
    )
    const markdown = plain(renderMarkdown(comparedReport(stages, stages)))
    expect(markdown).toContain(
      '<details><summary>32 stages unchanged</summary>\n\n`s0` 1.00 kB, '
    )
    expect(markdown).not.toContain('Unchanged:')
  })

  it('says a shrinking target shrank by an unsigned amount', () => {
    const stages = (bytes: number) => [
      sideStage('app', 0, image(layer('RUN a', bytes)), true)
    ]
    expect(
      plain(renderMarkdown(comparedReport(stages(800_000), stages(1_000_000))))
    ).toContain('`app` shrank **200 kB** (-20.00%) to 800 kB uncompressed')
  })

  it('keeps sizes and arrows from wrapping in a cell', () => {
    const markdown = renderMarkdown(regression())
    expect(markdown).toContain('2.00\u00a0MB\u00a0→\u00a0—')
    expect(markdown).toContain('**+1.30\u00a0MB**')
  })

  it('on a failure shows why without a click: what the change is made of, and the files under the instruction that stored them', () => {
    const markdown = plain(renderMarkdown(withFiles()))
    const beforeDetails = markdown.slice(0, markdown.indexOf('<details>'))
    expect(beforeDetails).toContain(
      '**Why** the +1.30 MB: files +1.30 MB (2 added +800 kB, 1 removed -20.0 kB, 1 changed +520 kB).'
    )
    // Every changed file is listed: the directories would say nothing more.
    expect(beforeDetails).not.toContain('Most under')
    expect(tableRows(beforeDetails, 'File')).toEqual([
      ['**Stored by** `COPY /deps /deps`', ''],
      ['`/deps/lib/big.so`', '+700 kB new'],
      ['`/deps/lib/small.so`', '+100 kB new'],
      ['**Stored by** `COPY /out/app /app`', ''],
      ['`/app/bin`', '+520 kB'],
      ['**No longer in the image**', ''],
      ['`/app/old.txt`', '-20.0 kB']
    ])
  })

  it('names the directories only when the table cannot list every changed file, a parent not beside the child that holds its change', () => {
    const report = withFiles()
    const files = report.stages.find(stage => stage.isTarget)!.fileChanges!
    files.addedFiles = 40
    files.directories.push({
      path: '/app/lib',
      baseBytes: 1_000_000,
      headBytes: 1_460_000
    })
    const markdown = plain(renderMarkdown(report))
    expect(markdown).toContain(
      '(40 added +800 kB, 1 removed -20.0 kB, 1 changed +520 kB). Most under `/deps/lib/` (+800 kB), `/app/lib/` (+460 kB).'
    )
  })

  it('writes each instruction once: by its Dockerfile line after the first time', () => {
    const report = withFiles()
    const target = report.stages.find(stage => stage.isTarget)!
    target.head!.layers[2].line = 8
    target.head!.layers.push({
      ...target.head!.layers[2],
      createdBy: 'RUN /bin/sh -c chmod -R a-w /deps',
      line: 9
    })
    target.head!.wastedBytes = 700_000
    target.head!.wasted = [
      {
        path: '/deps/lib/big.so',
        bytes: 700_000,
        reason: 'overwritten',
        layer: 2,
        storedAgainBy: 3
      }
    ]
    target.base!.wastedBytes = 0
    const markdown = plain(renderMarkdown(report))
    expect(markdown).toContain('| **Stored by** `COPY /deps /deps` (line 8) |  |')
    expect(markdown).toContain(
      '- `RUN chmod -R a-w /deps` (line 9) stored again what line 8 stored, bytes unchanged (only mode or owner): `/deps/lib/big.so` 700 kB'
    )
    expect(markdown.match(/COPY \/deps \/deps/g)).toHaveLength(2) // the why, and the collapsed layer table
  })

  it('keeps the why collapsed when the gate passed', () => {
    const report = withFiles()
    report.verdict = 'pass'
    report.stages.find(stage => stage.isTarget)!.status = 'pass'
    const markdown = renderMarkdown(report)
    expect(markdown.indexOf('**Why**')).toBeGreaterThan(markdown.indexOf('<details>'))
  })

  it('shows why another stage failed without a click, under its name, and nothing for an unchanged target', () => {
    const stages = (tools: number) => [
      sideStage('app', 0, image(layer('RUN a', 1_000)), true),
      sideStage('tools', 1, image(layer('RUN t', tools)))
    ]
    const report = comparedReport(stages(2_000), stages(1_000), {
      stageThresholds: new Map([['tools', parseGrowth('5%', 's')]])
    })
    const markdown = plain(renderMarkdown(report))
    expect(markdown).toContain(
      '**tools**\n\n| Change | Layer | Instruction | Largest files |'
    )
    expect(markdown).not.toContain('<details>') // shown already
    expect(tableRows(markdown, 'Stage')[0]).toEqual([
      'tools',
      '1.00 kB → 2.00 kB',
      '500 B → 1.00 kB',
      '+1.00 kB (+100.00%)<br>limit +50 B (5%): **20.0× over**',
      '❌ fail'
    ])
  })

  it('without the files, shows the layers that changed as the why, with their largest files', () => {
    const markdown = plain(renderMarkdown(regression()))
    expect(tableRows(markdown, 'Change')).toEqual([
      ['+800 kB', 'added', '`COPY /deps /deps`', '`/deps` 800 kB'],
      ['+500 kB', 'changed', '`COPY /out/app /app`', '`/app` 1.50 MB']
    ])
    expect(markdown).not.toContain('<details>') // nothing more to show
  })

  it('with the files, collapses the layers that changed, leaving the files to the files table', () => {
    const markdown = plain(renderMarkdown(withFiles()))
    const details = markdown.slice(
      markdown.indexOf('<details>'),
      markdown.indexOf('</details>')
    )
    expect(details).toContain('<summary>Files and layers of each changed stage</summary>')
    // Its change is in the headline: said once.
    expect(details).toContain('**runtime**\n')
    expect(details).not.toContain('+1.30 MB')
    expect(tableRows(details, 'Change')).toEqual([
      ['+800 kB', 'added', '`COPY /deps /deps`'],
      ['+500 kB', 'changed', '`COPY /out/app /app`']
    ])
    expect(details).not.toContain('**Why**') // shown open above
    expect(details).not.toContain('builder')
  })

  it('shows wasted bytes when they grew, against max-waste', () => {
    const report = withFiles()
    const target = report.stages.find(stage => stage.isTarget)!
    target.head!.wastedBytes = 300_000
    target.head!.wasted = [
      { path: '/deps/tmp.tar', bytes: 300_000, reason: 'deleted', layer: 2 }
    ]
    target.base!.wastedBytes = 0
    target.limit!.maxWasteBytes = 100_000
    expect(plain(renderMarkdown(report))).toContain(
      '**Wasted:** 300 kB that layers store and later layers hide (was 0 B, max-waste 100 kB: **3.0× over**):\n- written by `COPY /deps /deps`, then deleted: `/deps/tmp.tar` 300 kB'
    )
  })

  it('says warn for a warned target, and marks no stage without a limit as passing', () => {
    const stages = (bytes: number) => [
      sideStage('app', 0, image(layer('RUN a', bytes)), true),
      sideStage('tools', 1, image(layer('RUN t', bytes)))
    ]
    const warned = renderMarkdown(
      comparedReport(stages(1_030), stages(1_000), {
        warnThreshold: parseGrowth('1%', 'w')
      })
    )
    expect(warned.split('\n')[0]).toBe(
      '### ⚠️ Image size check passed with a warning: app/Dockerfile › app'
    )
    expect(plain(warned)).toContain(
      'warning past +10 B (1%): **3.0× over**, limit +50 B (5%)'
    )
    expect(tableRows(warned, 'Stage')).toEqual([
      ['tools', '1.00 kB → 1.03 kB', '500 B → 515 B', '+30 B (+3.00%)', 'grew']
    ])
    const gated = renderMarkdown(
      comparedReport(stages(990), stages(1_000), {
        stageThresholds: new Map([['tools', parseGrowth('5%', 's')]])
      })
    )
    expect(gated.split('\n')[0]).toBe(
      '### ✅ Image size check passed: app/Dockerfile › app'
    )
    expect(tableRows(gated, 'Stage')[0][4]).toBe('✅ pass')
  })

  it('without a baseline shows sizes only and says why', () => {
    const markdown = plain(
      renderMarkdown(
        comparedReport(
          [sideStage('app', 0, image(layer('RUN a', 1_234_567)), true)],
          null
        )
      )
    )
    expect(markdown.split('\n')[0]).toBe(
      '### ℹ️ Image sizes, no baseline to compare with: app/Dockerfile › app'
    )
    expect(markdown).toContain(
      '`app` is **1.23 MB** uncompressed. Compressed 617 kB. No baseline: a schedule event has no base to compare with.'
    )
    expect(markdown.match(/No baseline/g)).toHaveLength(1)
    expect(markdown).toContain(`\n\nHead ${'a'.repeat(40)} (feature)\n`)
    expect(tableRows(markdown, 'Stage')).toEqual([
      ['**app** (target)', '1.23 MB', '617 kB']
    ])
  })

  it('writes commit SHAs plainly, so GitHub links them', () => {
    expect(renderMarkdown(regression())).toContain(
      `Base ${'b'.repeat(40)} (main), the merge-base of HEAD and main · head ${'a'.repeat(40)} (feature)`
    )
    const report = regression()
    report.head = { ref: null, sha: 'f'.repeat(40) }
    expect(renderMarkdown(report)).toContain(
      `head ${'a'.repeat(40)} (measured merged into its base, as ${'f'.repeat(40)})`
    )
  })

  it('makes markup, HTML and mentions in report text inert (a report may come from a fork)', () => {
    const report = regression()
    report.head = {
      ref: '[click](https://evil.example) <img src=x> @octocat',
      sha: 'a'.repeat(40)
    }
    report.base!.sha = '<b>not a sha</b>'
    const markdown = renderMarkdown(report)
    expect(markdown).toContain(
      '(\\[click\\](https\u200b://evil.example) \\<img src=x\\> @\u200boctocat)'
    )
    expect(markdown).not.toContain('@octocat')
    expect(markdown).not.toMatch(/(?<!\\)<(img|b>)/)
  })

  it('keeps instructions with pipes, backticks and newlines inside their cell', () => {
    const head = image(
      layer('RUN echo `date` | tee /x &&\\\n  echo done', 5000, 'sha256:x')
    )
    const report = comparedReport(
      [sideStage('app', 0, head, true)],
      [sideStage('app', 0, image(), true)]
    )
    const row = plain(renderMarkdown(report))
      .split('\n')
      .find(line => line.includes('tee'))
    expect(row).toBe(
      '| +5.00 kB | added | `` RUN echo `date` \\| tee /x && echo done `` | `/done` 5.00 kB |'
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

  const RUN = 'https://github.com/o/r/actions/runs/42'

  it('drops the collapsed details first, and says once, linking the run, where the full report is', () => {
    const report = hugeReport(100)
    expect(renderMarkdown(report).length).toBeGreaterThan(COMMENT_LIMIT)
    const comment = renderComment(report, '<!-- m -->', {
      runUrl: RUN,
      repositoryUrl: 'https://github.com/o/r'
    })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment).not.toContain('<details>')
    expect(tableRows(comment, 'Stage')).toHaveLength(99)
    expect(comment.match(/full report/g)).toHaveLength(1)
    expect(comment).toContain(`[the run's job summary](${RUN})`)
  })

  it('then drops unchanged stages before any changed one', () => {
    const unchanged = Array.from({ length: 3000 }, (_, index) =>
      sideStage(`unchanged-${index}`, index, image(layer(`RUN same ${index}`, 100)))
    )
    const grown = (bytes: number) => [
      sideStage('grown', 3000, image(layer('RUN grow', bytes))),
      sideStage('app', 3001, image(layer('RUN app', bytes)), true)
    ]
    const comment = renderComment(
      comparedReport([...unchanged, ...grown(2000)], [...unchanged, ...grown(1000)]),
      '<!-- m -->'
    )
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(tableRows(comment, 'Stage').map(row => row[0])).toEqual(['grown'])
    expect(comment).not.toContain('Unchanged:')
    expect(comment).toContain('_3,000 more stages in the job summary._')
  })

  it('then drops stage rows, saying how many, and always fits', () => {
    const report = hugeReport(1500)
    const comment = renderComment(report, '<!-- m -->')
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment.startsWith('<!-- m -->\n### ❌ Image size check failed')).toBe(true)
    expect(comment).toContain('`stage-with-a-long-name-1499` grew')
    const rows = tableRows(comment, 'Stage')
    expect(rows.length).toBeLessThan(1499)
    expect(comment).toContain(
      `_${(1499 - rows.length).toLocaleString('en-US')} more stages in the job summary._`
    )
  })
})

describe('a stage measured without its compressed size', () => {
  const uncompressedOnly = (size: ReturnType<typeof image>) => ({
    ...size,
    compressedBytes: null,
    layers: size.layers.map(l => ({ ...l, compressedBytes: null }))
  })

  it('shows — for it, and says in the footer what that means', () => {
    const report = comparedReport(
      [
        sideStage('builder', 0, uncompressedOnly(image(layer('RUN make', 5_000_000)))),
        sideStage('app', 1, image(layer('COPY x', 2_000_000)), true)
      ],
      [
        sideStage('builder', 0, uncompressedOnly(image(layer('RUN make', 4_000_000)))),
        sideStage('app', 1, image(layer('COPY x', 1_000_000)), true)
      ]
    )
    const markdown = renderMarkdown(report)
    expect(tableRows(markdown, 'Stage')[0]).toEqual([
      'builder',
      '4.00 MB → 5.00 MB',
      '—',
      '+1.00 MB (+25.00%)',
      'grew'
    ])
    expect(plain(markdown)).toContain('—: not measured, as nobody pulls that stage')
    expect(plain(renderMarkdown(regression()))).not.toContain('—: not measured')
  })

  it('says nothing of — when no table shows one (the other stages unchanged)', () => {
    const same = uncompressedOnly(image(layer('RUN make', 4_000_000)))
    const report = comparedReport(
      [
        sideStage('builder', 0, same),
        sideStage('app', 1, image(layer('COPY x', 2_000_000)), true)
      ],
      [
        sideStage('builder', 0, same),
        sideStage('app', 1, image(layer('COPY x', 1_000_000)), true)
      ]
    )
    const markdown = renderMarkdown(report)
    expect(plain(markdown)).toMatch(/Unchanged: \W?builder/)
    expect(plain(markdown)).not.toContain('—')
  })
})

describe('the base image swapped (a Dependabot bump of FROM)', () => {
  const withFrom = (size: ReturnType<typeof image>, name: string, bytes: number) => ({
    ...size,
    fromImage: { name, layers: 1, uncompressedBytes: bytes, compressedBytes: bytes / 2 }
  })

  it("says first which image replaced which and its share, apart from the Dockerfile's own layers", () => {
    const report = comparedReport(
      [
        sideStage(
          'app',
          0,
          withFrom(
            image(layer('FROM', 35_000_000), layer('COPY x', 2_100_000)),
            'node:24-slim',
            35_000_000
          ),
          true
        )
      ],
      [
        sideStage(
          'app',
          0,
          withFrom(
            image(layer('FROM', 1_000_000), layer('COPY x', 1_000_000)),
            'node:22-slim',
            1_000_000
          ),
          true
        )
      ]
    )
    const html = renderGfm(renderMarkdown(report)).replace(/\u00a0/g, ' ')
    expect(html).toContain(
      "<p><code>node:24-slim</code> replaced <code>node:22-slim</code>: +34.0 MB; this Dockerfile's layers: +1.10 MB. <code>app</code> grew"
    )
  })

  it("lists the files of the Dockerfile's own layers, the new FROM image's left to the report", () => {
    const side = (from: string, fromBytes: number, own: number) =>
      sideStage(
        'app',
        0,
        withFrom(
          image(layer('FROM', fromBytes), layer('COPY x /x', own)),
          from,
          fromBytes
        ),
        true
      )
    const report = comparedReport(
      [side('node:24-slim', 35_000_000, 2_100_000)],
      [side('node:22-slim', 1_000_000, 1_000_000)]
    )
    const target = report.stages.find(stage => stage.isTarget)!
    report.verdict = 'fail'
    target.status = 'fail'
    target.fileChanges = {
      added: [{ path: '/usr/lib/node24.so', bytes: 34_000_000, layer: 0 }],
      removed: [],
      changed: [{ path: '/x', baseBytes: 1_000_000, headBytes: 2_100_000, layer: 1 }],
      directories: [],
      addedBytes: 34_000_000,
      removedBytes: 0,
      changedBytes: 1_100_000,
      addedFiles: 1,
      removedFiles: 0,
      changedFiles: 1
    }
    const html = renderGfm(renderMarkdown(report)).replace(/\u00a0/g, ' ')
    expect(html).toContain('<code>/x</code>')
    expect(html).not.toContain('node24.so')
    expect(html).toContain("<td>The FROM image's own files: listed in the report</td>")
    // The sums stay whole: they add up to the change.
    expect(html).toContain(
      'the +35.1 MB: files +35.1 MB (1 added +34.0 MB, 1 changed +1.10 MB)'
    )
  })

  it('says nothing of it when the FROM image is the same', () => {
    const same = (own: number) =>
      withFrom(
        image(layer('FROM', 1_000_000), layer('COPY x', own)),
        'node:22-slim',
        1_000_000
      )
    const report = comparedReport(
      [sideStage('app', 0, same(2_000_000), true)],
      [sideStage('app', 0, same(1_000_000), true)]
    )
    expect(renderMarkdown(report)).not.toContain('replaced')
  })
})
