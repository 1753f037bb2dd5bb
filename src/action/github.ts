import * as github from '@actions/github'
import { createOctokit, OctokitGitHub, type GitHubApi } from '../github/api.js'
import { actionLog } from './log.js'

/** The GitHub API of this workflow's repository, with this token. */
export function gitHubFor(token: string): GitHubApi {
  return new OctokitGitHub(createOctokit(token, actionLog), github.context.repo)
}
