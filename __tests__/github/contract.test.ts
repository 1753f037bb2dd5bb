import { describe, expect, it } from '@jest/globals'
import { FakeGitHub } from '../helpers/github-server.js'
import { gitHubPayload } from '../helpers/events.js'

/** The stand-in is held to GitHub's OpenAPI description: these prove the check fires. */
describe("the GitHub stand-in, checked against GitHub's OpenAPI description", () => {
  const token = { 'write-token': { login: 'github-actions[bot]', canWrite: true } }
  const get = (github: FakeGitHub, path: string) =>
    fetch(`${github.url}${path}`, { headers: { authorization: 'token write-token' } })

  it('fails, naming the operation and the JSON pointer, when an answer lacks a required field', async () => {
    const github = await FakeGitHub.start(token)
    github.addComment(7, 'someone', 'hello')
    github.dropFromNextAnswer('GET', /\/issues\/7\/comments$/, 'node_id')
    expect((await get(github, '/repos/owner/repo/issues/7/comments')).status).toBe(200)
    await expect(github.stop()).rejects.toThrow(
      "issues/list-comments response 200: /0 must have required property 'node_id'"
    )
  })

  it('fails when a request matches no operation of the description', async () => {
    const github = await FakeGitHub.start(token)
    await get(github, '/repos/owner/repo/no-such-endpoint')
    await expect(github.stop()).rejects.toThrow(
      "GET /repos/owner/repo/no-such-endpoint: no operation of GitHub's OpenAPI description matches it"
    )
  })

  it("passes the stand-in's own answers, built on GitHub's examples", async () => {
    const github = await FakeGitHub.start(token)
    github.addComment(7, 'someone', 'hello')
    await get(github, '/repos/owner/repo/issues/7/comments')
    await expect(github.stop()).resolves.toBeUndefined()
  })
})

/** The artifact upload is held to @actions/artifact's own generated messages. */
describe("the results service stand-in, read and written with @actions/artifact's message types", () => {
  const create = (github: FakeGitHub, token: string, body: object) =>
    fetch(
      `${github.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body)
      }
    )

  it('answers CreateArtifact in the proto field names, and refuses a field the message does not have', async () => {
    const github = await FakeGitHub.start({})
    const { run, env } = github.actions.startRun('a'.repeat(40))
    const request = {
      workflow_run_backend_id: run.backendId,
      workflow_job_run_backend_id: `job-${run.id}`,
      name: 'stage-size-report',
      version: 4
    }
    const answer = await create(github, env.ACTIONS_RUNTIME_TOKEN, request)
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({
      ok: true,
      signed_upload_url: expect.stringMatching(
        /\/devstoreaccount1\/artifacts\/\d+\.zip\?/
      )
    })
    const refused = await create(github, env.ACTIONS_RUNTIME_TOKEN, {
      ...request,
      retention_days: 5
    })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({
      code: 'malformed',
      msg: expect.stringMatching(/^CreateArtifact: .*retention_days/)
    })
    await github.stop()
  })
})

describe("the events the end-to-end tests send, built on GitHub's example payloads", () => {
  it.each([
    ['pull_request', { action: 'opened', number: 3 }],
    [
      'pull_request',
      {
        action: 'synchronize',
        number: 3,
        pull_request: { number: 3, head: { sha: 'a'.repeat(40) } }
      }
    ],
    ['push', { after: 'c'.repeat(40), ref: 'refs/heads/main' }],
    [
      'merge_group',
      { merge_group: { head_sha: 'd'.repeat(40), base_sha: 'e'.repeat(40) } }
    ],
    ['workflow_run', { workflow_run: { head_sha: 'f'.repeat(40), pull_requests: [] } }],
    [
      'workflow_run',
      { workflow_run: { head_sha: 'f'.repeat(40), pull_requests: [{ number: 3 }] } }
    ]
  ])(
    '%s %j keeps the fields a test sets and fits @octokit/webhooks-schemas',
    (name, fields) => {
      const payload = gitHubPayload(name, fields)
      expect(payload).toMatchObject(fields)
    }
  )

  it('refuses a payload GitHub could not send, naming the pointer', () => {
    expect(() => gitHubPayload('pull_request', { number: 'seven' })).toThrow(
      /the pull_request payload does not fit @octokit\/webhooks-schemas: \/number must be integer/
    )
  })
})
