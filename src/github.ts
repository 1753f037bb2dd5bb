import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Log } from './log.js'

export type Octokit = ReturnType<typeof github.getOctokit>

/** The longest rate-limit wait worth sitting through; past it the comment is given up. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60

/**
 * An Octokit for GITHUB_API_URL that retries server errors (twice: 1 s, then
 * 4 s) and waits out one rate limit of at most a minute, so the total wait is
 * bounded.
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
      retry: { retries: 2 },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )
}
