import { Ajv } from 'ajv'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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
        // A pull request's repositories as workflow_run lists them: id, url and name only.
        head: {
          ref: 'feature',
          sha: pull.headSha,
          repo: { url: REPOSITORY_URL, name: 'repo' }
        },
        base: {
          ref: 'main',
          sha: 'b'.repeat(40),
          repo: { url: REPOSITORY_URL, name: 'repo' }
        }
      })),
      head_repository: repositoryJson(run.headRepository),
      repository: repositoryJson('owner/repo')
    },
    repository: repositoryJson('owner/repo'),
    sender: { login: 'octocat', type: 'User' }
  }
  return eventEnv('workflow_run', payload)
}

const REPOSITORY_URL = 'https://api.github.com/repos/owner/repo'

/** The events GitHub's example payloads stand for, and the action a test's payload is when it names none. */
const EXAMPLE_ACTIONS: Record<string, string> = {
  pull_request: 'synchronize',
  push: 'event',
  merge_group: 'checks_requested',
  workflow_run: 'completed'
}

interface WebhookExamples {
  name: string
  examples: Record<string, unknown>[]
}

const require = createRequire(import.meta.url)
const webhookExamples = require('@octokit/webhooks-examples') as WebhookExamples[]
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
ajv.addSchema(require('@octokit/webhooks-schemas') as object, 'webhooks')

/**
 * A payload as GitHub sends it: GitHub's own example of the event (from
 * @octokit/webhooks-examples), with the test's fields set over it (objects
 * merged, each array item over the example's first), then checked against
 * @octokit/webhooks-schemas, so no test reads an event GitHub cannot send.
 */
export function gitHubPayload(name: string, payload: Record<string, unknown>): object {
  const action = (payload.action as string | undefined) ?? EXAMPLE_ACTIONS[name]
  const validate = ajv.getSchema(`webhooks#/definitions/${name}$${action}`)
  if (!validate) throw new Error(`@octokit/webhooks-schemas has no ${name}$${action}`)
  const wanted = (payload.workflow_run as { pull_requests?: unknown[] } | undefined)
    ?.pull_requests
  // Some of GitHub's examples are older than its schemas: the first that still fits.
  const example = (
    webhookExamples.find(event => event.name === name)?.examples ?? []
  ).find(
    one =>
      (name === 'push' || one.action === action) &&
      (!wanted?.length ||
        (one.workflow_run as { pull_requests: unknown[] }).pull_requests.length > 0) &&
      validate(one)
  )
  if (!example)
    throw new Error(
      `@octokit/webhooks-examples has no ${name} ${action} example that fits`
    )
  const merged = over(structuredClone(example), payload) as object
  if (!validate(merged)) {
    const problems = (validate.errors ?? []).map(
      e => `${e.instancePath || '/'} ${e.message}`
    )
    throw new Error(
      `the ${name} payload does not fit @octokit/webhooks-schemas: ${problems.join('; ')}`
    )
  }
  return merged
}

/** `ours` set over `theirs`: objects merged key by key, an array's items each over `theirs`' first. */
function over(theirs: unknown, ours: unknown): unknown {
  if (Array.isArray(ours)) {
    const model = Array.isArray(theirs) ? theirs[0] : undefined
    return ours.map(item =>
      model === undefined ? item : over(structuredClone(model), item)
    )
  }
  if (isObject(ours) && isObject(theirs)) {
    const merged: Record<string, unknown> = { ...theirs }
    for (const [key, value] of Object.entries(ours))
      merged[key] = over(theirs[key], value)
    return merged
  }
  return ours
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The environment a runner gives a step for an event: its name and the payload's file. */
export function eventEnv(name: string, payload: object): Record<string, string> {
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), 'stage-size-event-')),
    'event.json'
  )
  const sent =
    name in EXAMPLE_ACTIONS
      ? gitHubPayload(name, payload as Record<string, unknown>)
      : payload
  writeFileSync(file, JSON.stringify(sent))
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'owner/repo'
  }
}
