import { execFileSync } from 'node:child_process'
import { parseDocument } from 'htmlparser2'

/**
 * Markdown rendered as GitHub renders a comment: Debian's cmark-gfm (GitHub's
 * own parser) with its extensions, raw HTML kept as GitHub keeps it before
 * sanitizing (so anything a report smuggles in shows up).
 */
export function renderGfm(markdown: string): string {
  return execFileSync(
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
      'tagfilter'
    ],
    { input: markdown, encoding: 'utf8' }
  )
}

interface Node {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: Node[]
}

/** What in rendered HTML is live on GitHub: elements, links, and text GitHub turns into mentions or references. */
export interface LiveParts {
  /** Every element, `tag` or `tag:text` for headings and emphasis. */
  elements: string[]
  /** Every href and src. */
  urls: string[]
  /** Text outside code that GitHub links: @mentions, #references. */
  mentions: string[]
}

const CODE = new Set(['code', 'pre', 'a'])

export function liveParts(html: string): LiveParts {
  const parts: LiveParts = { elements: [], urls: [], mentions: [] }
  const visit = (node: Node, inCode: boolean) => {
    if (node.type === 'text' && !inCode) {
      // GitHub's filters link these in text nodes (not in code, not in links).
      for (const match of (node.data ?? '').matchAll(/(?<![\w`])[@#][\w/-]+/g))
        parts.mentions.push(match[0])
    }
    if (node.type === 'tag' && node.name) {
      const text = textOf(node)
      parts.elements.push(
        /^(h\d|strong|em|b|del)$/.test(node.name) ? `${node.name}:${text}` : node.name
      )
      for (const key of ['href', 'src']) {
        const value = node.attribs?.[key]
        if (value) parts.urls.push(value)
      }
    }
    for (const child of node.children ?? [])
      visit(child, inCode || (node.type === 'tag' && CODE.has(node.name ?? '')))
  }
  visit(parseDocument(html, { decodeEntities: true }) as unknown as Node, false)
  return parts
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.data ?? ''
  return (node.children ?? []).map(textOf).join('')
}
