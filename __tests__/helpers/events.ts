import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repositoryJson } from './github-server.js'

export interface UploadingRunFacts {
  headSha: string
  /** owner/name the run's commit came from: a fork's for a pull request from a fork. */
  headRepository: string
  /** What GitHub lists in workflow_run.pull_requests: nothing for a fork. */
  pullRequests: { number: number; headSha: string }[]
}

/**
 * A workflow_run event file, shaped as GitHub sends it when the "Image size"
 * workflow (run on a pull_request event) completes.
 */
export function workflowRunEvent(run: UploadingRunFacts): Record<string, string> {
  const id = 30433642
  const payload = {
    action: 'completed',
    workflow_run: {
      id,
      name: 'Image size',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_branch: 'feature',
      head_sha: run.headSha,
      html_url: `https://github.com/owner/repo/actions/runs/${id}`,
      pull_requests: run.pullRequests.map(pull => ({
        number: pull.number,
        url: `https://api.github.com/repos/owner/repo/pulls/${pull.number}`,
        head: { ref: 'feature', sha: pull.headSha, repo: repositoryJson('owner/repo') },
        base: { ref: 'main', sha: 'b'.repeat(40), repo: repositoryJson('owner/repo') }
      })),
      head_repository: repositoryJson(run.headRepository),
      repository: repositoryJson('owner/repo')
    },
    repository: repositoryJson('owner/repo'),
    sender: { login: 'octocat', type: 'User' }
  }
  return eventEnv('workflow_run', payload)
}

/** The environment a runner gives a step for an event: its name and the payload's file. */
export function eventEnv(name: string, payload: object): Record<string, string> {
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), 'stage-size-event-')),
    'event.json'
  )
  writeFileSync(file, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'owner/repo'
  }
}
