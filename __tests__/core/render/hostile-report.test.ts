import { describe, expect, it } from '@jest/globals'
import { renderComment, renderMarkdown } from '../../../src/core/render/comment.js'
import { imageKey } from '../../../src/core/image-reports.js'
import { renderMerged } from '../../../src/core/render/merged.js'
import { checkReport } from '../../../src/core/report-schema.js'
import { liveParts, renderGfm } from '../../helpers/gfm.js'
import { forgedReport } from '../../helpers/hostile.js'

const LINKS = {
  runUrl: 'https://github.com/owner/repo/actions/runs/9',
  repositoryUrl: 'https://github.com/owner/repo'
}

/** Everything live in the rendered HTML must be stage-size's own: its elements, its links, no mention. */
function expectInert(markdown: string): void {
  const live = liveParts(renderGfm(markdown))
  expect(live.mentions).toEqual([])
  for (const url of live.urls)
    expect(url).toMatch(/^https:\/\/github\.com\/owner\/repo\//)
  const elements = new Set(live.elements.map(element => element.replace(/:.*/s, '')))
  for (const element of elements)
    expect([
      'h3',
      'p',
      'code',
      'pre',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'strong',
      'details',
      'summary',
      'sub',
      'br',
      'ul',
      'li',
      'a',
      'blockquote',
      'em'
    ]).toContain(element)
  // One heading, stage-size's title; emphasis only around stage-size's own words.
  expect(live.elements.filter(one => /^h\d:/.test(one))).toEqual([
    expect.stringMatching(/^h3:❌ Image size check failed/)
  ])
  for (const element of live.elements.filter(one => /^(strong|em|del|b):/.test(one)))
    expect(element.slice(element.indexOf(':') + 1)).not.toMatch(
      /raw|strong|forged|evil|octocat|em_|del/
    )
  expect(live.elements.filter(one => /^(em|del|b):/.test(one))).toEqual([])
}

describe("a forged report, rendered with cmark-gfm (GitHub's parser)", () => {
  it('fits the schema: the schema alone cannot stop it, the rendering must', () => {
    expect(checkReport(JSON.parse(JSON.stringify(forgedReport())))).toHaveProperty(
      'report'
    )
  })

  it('is inert in the comment: no tag, link, heading or mention comes from its text', () => {
    const comment = renderComment(forgedReport(), '<!-- stage-size comment: k -->', LINKS)
    expect(comment).toContain('evil') // the text is there, shown
    // Among it the FROM images' names and the builder's, which render in the headline and the footer.
    expect(comment).toMatch(/` replaced `/)
    expect(comment).toContain(' driver, BuildKit ')
    expectInert(comment)
  })

  it("links the run that stored the base by its number on this repository, never the report's URL", () => {
    const html = renderGfm(renderMarkdown(forgedReport(), undefined, LINKS))
    expect(liveParts(html).urls).toContain(
      'https://github.com/owner/repo/actions/runs/123'
    )
    expect(html).not.toContain('https://evil.example/run')
  })

  it('is inert in a merged comment and in its summary lines', () => {
    const other = { ...forgedReport(), target: 'web' }
    const images = [forgedReport(), other].map(report => ({
      key: imageKey(report),
      file: 'r.json',
      report
    }))
    expectInert(renderMerged(images, 65_536, 'note', LINKS))
  })

  it('keeps the history chart one line per statement (no fence closed from the report)', () => {
    const report = {
      ...forgedReport(),
      base: { ...forgedReport().base!, ref: 'main\n```\n# forged' }
    }
    const chart = renderMarkdown(report).split('```mermaid\n')[1].split('\n```')[0]
    expect(chart.split('\n').filter(line => line.startsWith('  title'))).toEqual([
      expect.stringMatching(/^ {2}title "app on main +# forged"$/)
    ])
  })
})
