import { contractViolations, example } from './github-openapi.js'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { FakeActions } from './github-actions.js'

export interface Token {
  login: string
  /** False for a pull request from a fork (and Dependabot): a read-only token. */
  canWrite: boolean
  /** False for a token without `actions: read`: the Actions endpoints answer 403. */
  canReadActions?: boolean
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  login: string
}

interface Fault {
  method: string
  path: RegExp
  status: number
  times: number
  message: string
  headers: Record<string, string>
}

/** GitHub's answer when a token sends too much too fast: 403, a message, and how long to wait. */
export const SECONDARY_RATE_LIMIT = {
  status: 403,
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  headers: { 'retry-after': '1' }
}

/** Longer comment bodies are refused with 422, as GitHub does. */
const MAX_BODY = 65_536

/**
 * A small stand-in for GitHub's REST API on 127.0.0.1, answering the way
 * GitHub does for what stage-size uses: issue comments (paginated with Link
 * headers, per_page up to 100), a pull request, the GraphQL viewer. A read-only
 * token gets 403 "Resource not accessible by integration" on writes; a body
 * over 65,536 characters gets 422.
 */
export class FakeGitHub {
  readonly comments: StoredComment[] = []
  /** The Actions side: workflow runs, their artifacts, and the artifact upload and download services. */
  readonly actions: FakeActions
  readonly requests: { method: string; path: string }[] = []
  /** Open pull requests; `headRepository` (owner/name) is a fork's, default the repository itself. */
  readonly pulls = new Map<
    number,
    { headSha: string; baseSha: string; headRepository?: string }
  >()
  private readonly faults: Fault[] = []
  /** Each API exchange's disagreements with GitHub's OpenAPI description, checked as it happens. */
  private readonly checks: Promise<string[]>[] = []
  private readonly drops: { method: string; path: RegExp; field: string }[] = []
  private readonly latencies: { method: string; path: RegExp; ms: number }[] = []
  private nextId = 1000

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly tokens: Record<string, Token>
  ) {
    this.actions = new FakeActions(url)
  }

  static async start(tokens: Record<string, Token>): Promise<FakeGitHub> {
    const server = http.createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const github = new FakeGitHub(server, `http://127.0.0.1:${port}`, tokens)
    server.on('request', (request, response) => github.handle(request, response))
    return github
  }

  /**
   * Stops the server; fails (the test or hook that stops it) when any request
   * or answer did not fit GitHub's OpenAPI description, naming each.
   */
  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
    const violations = (await Promise.all(this.checks)).flat()
    if (violations.length > 0) {
      throw new Error(
        `the GitHub stand-in and GitHub's OpenAPI description disagree:\n${[...new Set(violations)].join('\n')}`
      )
    }
  }

  /** Drops `field` from the next answer matching `method` and `path` (each array item's, for a list): the check must catch it. */
  dropFromNextAnswer(method: string, path: RegExp, field: string): void {
    this.drops.push({ method, path, field })
  }

  /**
   * Makes the next `times` requests matching `method` (or `*`) and `path` fail
   * with `status` (and, for a rate limit, its message and headers).
   */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    times = 1,
    { message = 'Server Error', headers = {} as Record<string, string> } = {}
  ): void {
    this.faults.push({ method, path, status, times, message, headers })
  }

  /** Answers requests matching `method` and `path` only after `ms`: two runs then overlap as they do on GitHub. */
  slow(method: string, path: RegExp, ms: number): void {
    this.latencies.push({ method, path, ms })
  }

  addComment(issue: number, login: string, body: string): StoredComment {
    const comment = { id: this.nextId++, issue, body, login }
    this.comments.push(comment)
    return comment
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter(comment => comment.issue === issue)
  }

  /** `send`, with the exchange checked against GitHub's OpenAPI description (and a field dropped when asked). */
  private checked(
    method: string,
    url: URL,
    request: http.IncomingMessage,
    body: string,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void
  ): typeof send {
    return (status, data, headers) => {
      const drop = this.drops.findIndex(
        d => d.method === method && d.path.test(url.pathname)
      )
      const answer =
        drop === -1 ? data : withoutField(data, this.drops.splice(drop, 1)[0].field)
      send(status, answer, headers)
      this.checks.push(
        contractViolations({
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: request.headers,
          body: body ? (JSON.parse(body) as unknown) : undefined,
          status,
          // No content (a 204) is null to the description.
          answer: answer === undefined ? null : answer
        })
      )
    }
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const body = raw.toString('utf8')
    const url = new URL(request.url ?? '/', this.url)
    const method = request.method ?? 'GET'
    this.requests.push({ method, path: url.pathname + url.search })
    const latency = this.latencies.find(
      slow => slow.method === method && slow.path.test(url.pathname)
    )
    if (latency) await new Promise(resolve => setTimeout(resolve, latency.ms))
    const plainSend = (
      status: number,
      data: unknown,
      headers: Record<string, string> = {}
    ) => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        ...headers
      })
      response.end(data === undefined ? '' : JSON.stringify(data))
    }
    const fault = this.faults.find(
      f =>
        (f.method === method || f.method === '*') &&
        f.path.test(url.pathname) &&
        f.times > 0
    )
    if (fault) {
      fault.times--
      // A deliberate outage, not one of GitHub's documented answers: not held to them.
      return plainSend(
        fault.status,
        {
          message: fault.message,
          documentation_url: 'https://docs.github.com/rest'
        },
        fault.headers
      )
    }
    // The results service and blob storage: no API token (a runtime token, a signed URL).
    if (this.actions.handleUnauthenticated(method, url, request, raw, response)) return
    // Every REST exchange from here is held to GitHub's description (GraphQL has none).
    const send =
      url.pathname === '/graphql'
        ? plainSend
        : this.checked(method, url, request, body, plainSend)
    const token =
      this.tokens[(request.headers.authorization ?? '').replace(/^(token|bearer) /i, '')]
    if (token && this.actions.handle(method, url, token, send)) return
    if (!token)
      return send(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest'
      })
    const forbidden = () =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url:
          'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403'
      })
    const tooLong = () =>
      send(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_BODY} characters)`
          }
        ],
        documentation_url:
          'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '422'
      })

    if (url.pathname === '/graphql' && method === 'POST') {
      const query = (JSON.parse(body) as { query: string }).query
      if (/\bviewer\b/.test(query))
        return send(200, { data: { viewer: { login: token.login } } })
      return send(200, { errors: [{ message: 'unsupported query' }] })
    }
    let match = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/)
    if (match && method === 'GET') return this.listComments(Number(match[1]), url, send)
    if (match && method === 'POST') {
      if (!token.canWrite) return forbidden()
      const text = (JSON.parse(body) as { body: string }).body
      if (text.length > MAX_BODY) return tooLong()
      return send(201, this.json(this.addComment(Number(match[1]), token.login, text)))
    }
    match = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)
    if (match && method === 'DELETE') {
      const at = this.comments.findIndex(c => c.id === Number(match?.[1]))
      if (at === -1) return send(404, { message: 'Not Found' })
      if (!token.canWrite || this.comments[at].login !== token.login) return forbidden()
      this.comments.splice(at, 1)
      return send(204, undefined)
    }
    if (match && method === 'PATCH') {
      const comment = this.comments.find(c => c.id === Number(match?.[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      if (!token.canWrite || comment.login !== token.login) return forbidden()
      const text = (JSON.parse(body) as { body: string }).body
      if (text.length > MAX_BODY) return tooLong()
      comment.body = text
      return send(200, this.json(comment))
    }
    match = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/)
    if (match && method === 'GET') {
      const pull = this.pulls.get(Number(match[1]))
      if (!pull) return send(404, { message: 'Not Found' })
      // GitHub's own example of a pull request, with this one's number, commits and repositories.
      const answer =
        example<Record<'head' | 'base', Record<string, object>>>('pull-request')
      const side = (was: Record<string, object>, repository: string, fields: object) => {
        const ours = repositoryJson(repository)
        const repo = was.repo as { owner: object }
        return {
          ...was,
          ...fields,
          repo: { ...repo, ...ours, owner: { ...repo.owner, ...ours.owner } }
        }
      }
      return send(200, {
        ...answer,
        number: Number(match[1]),
        state: 'open',
        // GitHub's example lists a team without the `type` its schema requires: none are requested here.
        requested_teams: [],
        head: side(answer.head, pull.headRepository ?? 'owner/repo', {
          sha: pull.headSha,
          ref: 'feature',
          label: `${(pull.headRepository ?? 'owner/repo').split('/')[0]}:feature`
        }),
        base: side(answer.base, 'owner/repo', { sha: pull.baseSha, ref: 'main' })
      })
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }

  private listComments(
    issue: number,
    url: URL,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void
  ) {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
    const page = Number(url.searchParams.get('page') ?? 1)
    const all = this.commentsOn(issue)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = (n: number, rel: string) => {
      const target = new URL(url)
      target.searchParams.set('per_page', String(perPage))
      target.searchParams.set('page', String(n))
      return `<${target}>; rel="${rel}"`
    }
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : [])
    ]
    const items = all
      .slice((page - 1) * perPage, page * perPage)
      .map(comment => this.json(comment))
    send(200, items, links.length > 0 ? { link: links.join(', ') } : {})
  }

  /** A comment as GitHub answers it: GitHub's own example, with this comment's fields. */
  private json(comment: StoredComment) {
    const answer = example<{ user: Record<string, unknown> }>('issue-comment')
    return {
      ...answer,
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `https://api.github.com/repos/owner/repo/issues/comments/${comment.id}`,
      html_url: `https://github.com/owner/repo/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `https://api.github.com/repos/owner/repo/issues/${comment.issue}`,
      body: comment.body,
      user: {
        ...answer.user,
        login: comment.login,
        type: comment.login.endsWith('[bot]') ? 'Bot' : 'User'
      },
      created_at: '2026-11-26T00:00:00Z',
      updated_at: '2026-11-26T00:00:00Z'
    }
  }
}

/** A repository object as the REST API and webhook payloads give one. */
export function repositoryJson(fullName: string) {
  const [owner, name] = fullName.split('/')
  return {
    name,
    full_name: fullName,
    fork: owner !== 'owner',
    owner: { login: owner, type: 'User' },
    html_url: `https://github.com/${fullName}`,
    url: `https://api.github.com/repos/${fullName}`
  }
}

/** An answer without `field` (in each item of a list). */
function withoutField(data: unknown, field: string): unknown {
  const drop = (item: unknown) => {
    if (!item || typeof item !== 'object') return item
    const copy = { ...(item as Record<string, unknown>) }
    delete copy[field]
    return copy
  }
  return Array.isArray(data) ? data.map(drop) : drop(data)
}
