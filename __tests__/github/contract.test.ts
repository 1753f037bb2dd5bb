import { describe, expect, it } from '@jest/globals'
import { FakeGitHub } from '../helpers/github-server.js'

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
