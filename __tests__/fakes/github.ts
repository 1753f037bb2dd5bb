import type { GitHubApi, IssueComment } from '../../src/github/api.js'
import type { PullRequestInfo } from '../../src/core/report-origin.js'

/** A GitHub error as Octokit throws one: a message and an HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/**
 * A typed fake of the GitHub port: pull requests and comments in memory;
 * `down` makes every call fail with 503, as GitHub does in a bad moment.
 */
export class FakeGitHubApi implements GitHubApi {
  readonly pulls = new Map<number, PullRequestInfo>()
  readonly stored: (IssueComment & { issue: number })[] = []
  readonly calls: string[] = []
  down = false

  constructor(private readonly login = 'github-actions[bot]') {}

  private call(name: string): void {
    this.calls.push(name)
    if (this.down) throw new HttpError(503, 'Service Unavailable')
  }

  async viewer() {
    this.call('viewer')
    return this.login
  }

  async pullRequest(number: number) {
    this.call(`pullRequest ${number}`)
    const pull = this.pulls.get(number)
    if (!pull) throw new HttpError(404, 'Not Found')
    return pull
  }

  async *comments(issue: number) {
    this.call(`comments ${issue}`)
    yield this.stored.filter(comment => comment.issue === issue)
  }

  async createComment(issue: number, body: string) {
    this.call(`createComment ${issue}`)
    const id = this.stored.length + 1
    this.stored.push({ id, issue, body, login: this.login })
    return { id, url: `https://github.com/owner/repo/pull/${issue}#issuecomment-${id}` }
  }

  async deleteComment(id: number) {
    this.call(`deleteComment ${id}`)
    const at = this.stored.findIndex(existing => existing.id === id)
    if (at !== -1) this.stored.splice(at, 1)
  }

  async successfulRuns(headSha: string) {
    this.call(`successfulRuns ${headSha}`)
    return []
  }

  async runArtifacts(runId: number, name: string) {
    this.call(`runArtifacts ${runId} ${name}`)
    return []
  }

  async updateComment(id: number, body: string) {
    this.call(`updateComment ${id}`)
    const comment = this.stored.find(existing => existing.id === id)
    if (!comment) throw new HttpError(404, 'Not Found')
    comment.body = body
    return {
      id,
      url: `https://github.com/owner/repo/pull/${comment.issue}#issuecomment-${id}`
    }
  }
}
