#!/usr/bin/env node
// Renders a comment's markdown as GitHub shows it (Debian's cmark-gfm, GitHub's
// own parser, with its extensions; github-markdown-css; a comment 830 px wide)
// and screenshots it with Debian's headless Chromium, so a change to the
// comment is looked at, not only asserted.
//   npm run preview -- comment.md comment.png
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'

const [input, output] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: npm run preview -- COMMENT.md OUT.png')
  process.exit(1)
}
const require = createRequire(import.meta.url)
const css = readFileSync(
  require.resolve('github-markdown-css/github-markdown-light.css'),
  'utf8'
)
// GitHub keeps raw HTML (<details>, <sub>, <br>) and then sanitizes it; tagfilter is its filter.
const body = execFileSync(
  'cmark-gfm',
  [
    '--unsafe',
    '-e',
    'table',
    '-e',
    'autolink',
    '-e',
    'strikethrough',
    '-e',
    'tagfilter',
    input
  ],
  { encoding: 'utf8' }
)
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.comment { width: 830px; padding: 16px; box-sizing: border-box; border: 1px solid #d0d7de; border-radius: 6px; margin: 8px; }
</style></head><body><article class="comment markdown-body">${body}</article></body></html>`

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run'
  ]
})
const page = await browser.newPage({ viewport: { width: 860, height: 600 } })
await page.setContent(html)
/* global document, window */
// GitHub renders ```mermaid blocks (the size history chart) as diagrams: so does the preview.
if (await page.locator('code.language-mermaid').count()) {
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
  await page.evaluate(async () => {
    for (const code of document.querySelectorAll('code.language-mermaid')) {
      const diagram = document.createElement('pre')
      diagram.className = 'mermaid'
      diagram.textContent = code.textContent
      code.parentElement.replaceWith(diagram)
    }
    window.mermaid.initialize({ startOnLoad: false })
    await window.mermaid.run()
  })
}
await page.locator('.comment').screenshot({ path: output })
await browser.close()
