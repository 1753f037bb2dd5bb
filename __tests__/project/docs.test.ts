import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')
const pages = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`)
]

/** Headings outside code blocks, as GitHub makes their anchors (lower case, punctuation dropped, spaces to hyphens). */
function anchors(markdown: string): Set<string> {
  const outside = markdown.replace(/^```[\s\S]*?^```/gm, '')
  return new Set(
    [...outside.matchAll(/^#{1,6} (.+)$/gm)].map(([, title]) =>
      title
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-')
    )
  )
}

/** Every relative link of a page: [text](target), outside code. */
function links(markdown: string): string[] {
  const outside = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '')
  return [...outside.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target)
    .filter(target => !/^[a-z]+:/.test(target))
}

describe('the README a new user reads, and docs/ for the rest', () => {
  const readme = read('README.md')

  it('is at most 400 lines, and opens with the workflow a user copies within its first 60', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(400)
    const lines = readme.split('\n')
    const start = lines.findIndex(line => line === '```yaml')
    expect(start).toBeGreaterThanOrEqual(0)
    expect(start).toBeLessThan(60)
    const workflow = lines.slice(start, lines.indexOf('```', start + 1)).join('\n')
    for (const event of ['push:', 'pull_request:', 'merge_group:'])
      expect(workflow).toMatch(new RegExp(`^ {2}${event}`, 'm'))
    for (const permission of ['contents: read', 'actions: read', 'pull-requests: write'])
      expect(workflow).toMatch(new RegExp(`^ {2}${permission}`, 'm'))
    // After the user's own build, so stage-size starts from its cache.
    expect(workflow.indexOf('docker/build-push-action')).toBeLessThan(
      workflow.indexOf('stage-size/stage-size')
    )
  })

  it('shows a real rendered comment', () => {
    expect(readme).toMatch(/^!\[[^\]]+\]\(docs\/comment\.png\)$/m)
    expect(existsSync(path.join(ROOT, 'docs', 'comment.png'))).toBe(true)
  })

  it.each(pages)(
    '%s: every relative link resolves, to a heading where it names one',
    page => {
      for (const link of links(read(page))) {
        const [file, anchor] = link.split('#')
        const target = file ? path.join(path.dirname(page), file) : page
        expect({ link, exists: existsSync(path.join(ROOT, target)) }).toEqual({
          link,
          exists: true
        })
        if (anchor && target.endsWith('.md'))
          expect({ link, found: anchors(read(target)).has(anchor) }).toEqual({
            link,
            found: true
          })
      }
    }
  )
})
