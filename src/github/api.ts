import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Log } from '../core/log.js'
import type { PullRequestInfo } from '../core/report-origin.js'

export type Octokit = ReturnType<typeof github.getOctokit>

/** The longest rate-limit wait worth sitting through; past it the comment is given up. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 30

/** All of one run's talk with GitHub ends by then, however GitHub is doing. */
const GITHUB_DEADLINE_SECONDS = 90

/**
 * An Octokit for GITHUB_API_URL that rides out GitHub's bad moments within a
 * bounded time: server errors (502, 503 bursts) are retried three times, after
 * 1, 4 and 9 s; one rate limit or secondary rate limit (403 or 429 with
 * retry-after) of at most 30 s is waited out; and every request is abandoned
 * once GITHUB_DEADLINE_SECONDS have passed since the client was made.
 */
export function createOctokit(token: string, log: Log): Octokit {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      const wait = retryCount === 0 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS
      log.warning(
        `GitHub's ${kind} answered ${options.method} ${options.url}: ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`
      )
      return wait
    }
  return github.getOctokit(
    token,
    {
      // @actions/github reads GITHUB_API_URL when it is imported; read it when asked.
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      request: { signal: AbortSignal.timeout(GITHUB_DEADLINE_SECONDS * 1000) },
      retry: { retries: 3 },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )
}

export interface IssueComment {
  id: number
  body: string
  /** The author's login; null for a deleted account. */
  login: string | null
}

/** What stage-size asks of GitHub, in one repository: the port the comment and the report check use. */
export interface GitHubApi {
  /** The token's login (`github-actions[bot]` for GITHUB_TOKEN), or null when GitHub will not say. */
  viewer(): Promise<string | null>
  pullRequest(number: number): Promise<PullRequestInfo>
  /** An issue's (or pull request's) comments, a page at a time. */
  comments(issue: number): AsyncIterable<IssueComment[]>
  createComment(issue: number, body: string): Promise<WrittenComment>
  updateComment(id: number, body: string): Promise<WrittenComment>
  /** Deletes a comment; one already gone is no error. */
  deleteComment(id: number): Promise<void>
  /** The successful workflow runs of a commit, newest first. */
  successfulRuns(headSha: string): Promise<WorkflowRun[]>
  /** A run's artifacts of this name. */
  runArtifacts(runId: number, name: string): Promise<RunArtifact[]>
}

export interface WrittenComment {
  id: number
  url: string
}

export interface WorkflowRun {
  id: number
  url: string
  headSha: string
}

export interface RunArtifact {
  id: number
  expired: boolean
  /** The zip's sha256 as GitHub records it (`sha256:…`), when it does. */
  digest: string | null
}

/** The GitHub API of one repository through Octokit. */
export class OctokitGitHub implements GitHubApi {
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: { owner: string; repo: string }
  ) {}

  async viewer(): Promise<string | null> {
    try {
      const { viewer } = await this.octokit.graphql<{ viewer: { login: string } }>(
        'query { viewer { login } }'
      )
      return viewer.login
    } catch {
      // A token GraphQL refuses may still read REST.
      const user = await this.octokit.rest.users.getAuthenticated().catch(() => null)
      return user?.data.login ?? null
    }
  }

  async pullRequest(number: number): Promise<PullRequestInfo> {
    const { data } = await this.octokit.rest.pulls.get({
      ...this.repo,
      pull_number: number
    })
    return {
      number: data.number,
      headSha: data.head.sha,
      headRepository: data.head.repo?.full_name ?? null
    }
  }

  async *comments(issue: number): AsyncIterable<IssueComment[]> {
    const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issue,
      per_page: 100
    })
    for await (const { data } of pages) {
      yield data.map(comment => ({
        id: comment.id,
        body: comment.body ?? '',
        login: comment.user?.login ?? null
      }))
    }
  }

  async createComment(issue: number, body: string): Promise<WrittenComment> {
    const { data } = await this.octokit.rest.issues.createComment({
      ...this.repo,
      issue_number: issue,
      body
    })
    return { id: data.id, url: data.html_url }
  }

  async deleteComment(id: number): Promise<void> {
    try {
      await this.octokit.rest.issues.deleteComment({ ...this.repo, comment_id: id })
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error
    }
  }

  async successfulRuns(headSha: string): Promise<WorkflowRun[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      ...this.repo,
      head_sha: headSha,
      status: 'success',
      per_page: 100
    })
    return data.workflow_runs.map(run => ({
      id: run.id,
      url: run.html_url,
      headSha: run.head_sha
    }))
  }

  async runArtifacts(runId: number, name: string): Promise<RunArtifact[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunArtifacts({
      ...this.repo,
      run_id: runId,
      name,
      per_page: 100
    })
    return data.artifacts.map(artifact => ({
      id: artifact.id,
      expired: artifact.expired,
      digest: artifact.digest ?? null
    }))
  }

  async updateComment(id: number, body: string): Promise<WrittenComment> {
    const { data } = await this.octokit.rest.issues.updateComment({
      ...this.repo,
      comment_id: id,
      body
    })
    return { id: data.id, url: data.html_url }
  }
}
