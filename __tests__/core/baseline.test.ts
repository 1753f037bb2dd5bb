import { describe, expect, it } from '@jest/globals'
import { chooseBase, type WorkflowEvent } from '../../src/core/baseline.js'

const BASE = 'b'.repeat(40)
const HEAD = { sha: 'h'.repeat(40), parents: ['p'.repeat(40)] }
const MERGE = { sha: 'm'.repeat(40), parents: [BASE, 'f'.repeat(40)] }

const pullRequest = (eventName = 'pull_request'): WorkflowEvent => ({
  eventName,
  payload: { pull_request: { number: 7, base: { sha: BASE, ref: 'main' } } }
})

describe('chooseBase', () => {
  it('compares a merge group with its base, merge_group.base_sha', () => {
    const event = {
      eventName: 'merge_group',
      payload: { merge_group: { base_sha: BASE, base_ref: 'refs/heads/main' } }
    }
    expect(chooseBase(event, MERGE, undefined)).toEqual({
      kind: 'commit',
      sha: BASE,
      ref: 'main',
      reason: "the merge group's base (merge_group.base_sha)"
    })
  })

  it('compares a PR merge commit with pull_request.base.sha, its parent', () => {
    expect(chooseBase(pullRequest(), MERGE, undefined)).toEqual({
      kind: 'commit',
      sha: BASE,
      ref: 'main',
      reason: "pull request #7: the merge commit's base parent (pull_request.base.sha)"
    })
  })

  it('compares a checked-out PR head with its merge-base with pull_request.base.sha', () => {
    expect(chooseBase(pullRequest('pull_request_target'), HEAD, undefined)).toEqual({
      kind: 'merge-base',
      sha: BASE,
      ref: 'main',
      reason: 'pull request #7: the merge-base of the head and pull_request.base.sha'
    })
  })

  it('has no base, loudly, when the checkout is the base itself (pull_request_target)', () => {
    const onBase = { sha: BASE, parents: ['p'.repeat(40)] }
    expect(chooseBase(pullRequest('pull_request_target'), onBase, undefined)).toEqual({
      kind: 'none',
      unexpected: true,
      reason:
        "the checked-out commit is pull request #7's base itself (on pull_request_target, actions/checkout checks out the base branch unless told the pull request's ref)"
    })
  })

  it('a merge commit of other parents is treated as a head', () => {
    const other = { sha: MERGE.sha, parents: ['1'.repeat(40), '2'.repeat(40)] }
    expect(chooseBase(pullRequest(), other, undefined).kind).toBe('merge-base')
  })

  it("compares a push with the event's before commit, and skips a branch's first push", () => {
    const push = (before: string, created = false): WorkflowEvent => ({
      eventName: 'push',
      payload: { before, created }
    })
    expect(chooseBase(push(BASE), HEAD, undefined)).toMatchObject({
      kind: 'commit',
      sha: BASE
    })
    expect(chooseBase(push('0'.repeat(40)), HEAD, undefined).kind).toBe('none')
    expect(chooseBase(push(BASE, true), HEAD, undefined).kind).toBe('none')
  })

  it('lets base-ref override every event', () => {
    const ref = { ref: 'release/1.x', input: 'base-ref' }
    expect(chooseBase(pullRequest(), MERGE, ref)).toEqual({
      kind: 'ref',
      ref: 'release/1.x',
      input: 'base-ref',
      reason: 'base-ref release/1.x'
    })
  })

  it('has no base for other events, and says how to choose one', () => {
    expect(chooseBase({ eventName: 'schedule', payload: {} }, HEAD, undefined)).toEqual({
      kind: 'none',
      reason: 'a schedule event has no base to compare with; set base-ref to choose one'
    })
  })

  it('without an event (the CLI), compares with the default branch', () => {
    expect(chooseBase(null, HEAD, undefined).kind).toBe('default-branch')
  })
})
