import { describe, expect, it } from '@jest/globals'
import { fromChain, parseDockerfile } from '../../src/core/dockerfile.js'
import { PushQueue } from '../../src/engine/push-queue.js'

/** A push that only ends when told to; records the order pushes start in. */
function controlledPushes() {
  const started: string[] = []
  const finish = new Map<string, (error?: Error) => void>()
  const push = (tag: string) =>
    new Promise<void>((resolve, reject) => {
      started.push(tag)
      finish.set(tag, error => (error ? reject(error) : resolve()))
    })
  const end = async (tag: string, error?: Error) => {
    finish.get(tag)?.(error)
    await new Promise(resolve => setImmediate(resolve))
  }
  return { started, push, end }
}

describe('PushQueue', () => {
  it('runs two pushes at once when they share no unmeasured layer', async () => {
    const { started, push, end } = controlledPushes()
    const queue = new PushQueue(push)
    queue.add('base', ['alpine', 'base'])
    queue.add('tools', ['alpine', 'base', 'tools'])
    queue.add('other', ['debian', 'other'])
    expect(started).toEqual(['base', 'other']) // tools shares base's layers: it waits
    await end('base')
    expect(started).toEqual(['base', 'other', 'tools'])
    await end('other')
    await end('tools')
    await expect(queue.finished()).resolves.toBeUndefined()
  })

  it('lets images built on a measured stage go side by side', async () => {
    const { started, push, end } = controlledPushes()
    const queue = new PushQueue(push)
    queue.add('base', ['busybox', 'base'])
    await end('base')
    queue.add('left', ['busybox', 'base', 'left'])
    queue.add('right', ['busybox', 'base', 'right'])
    queue.add('left-test', ['busybox', 'base', 'left', 'test'])
    expect(started).toEqual(['base', 'left', 'right'])
    await end('right')
    expect(started).toEqual(['base', 'left', 'right']) // left-test shares left, still running
    await end('left')
    expect(started.at(-1)).toBe('left-test')
    await end('left-test')
    await queue.finished()
  })

  it('pushes each tag once, and reports the first failure after the pushes under way', async () => {
    const { started, push, end } = controlledPushes()
    const queue = new PushQueue(push)
    queue.add('a', ['scratch', 'a'])
    queue.add('a', ['scratch', 'a'])
    queue.add('b', ['scratch', 'b'])
    queue.add('c', ['scratch', 'c'])
    expect(started).toEqual(['a', 'b'])
    const finished = queue.finished().then(
      () => 'finished',
      (error: Error) => error.message
    )
    await end('a', new Error('push a failed'))
    await end('b')
    expect(await finished).toBe('push a failed')
    expect(started).toEqual(['a', 'b']) // c never started
  })
})

describe('fromChain', () => {
  it('runs from the root image through every stage an image is built on', () => {
    const { stages } = parseDockerfile(
      'FROM Alpine:3 AS base\nFROM base AS tools\nFROM tools\nCOPY --from=base /a /a\nFROM scratch AS out\n',
      {},
      'D'
    )
    expect(stages.map(stage => fromChain(stage, stages))).toEqual([
      ['alpine:3', 'base'],
      ['alpine:3', 'base', 'tools'],
      ['alpine:3', 'base', 'tools', 'stage-2'],
      ['scratch', 'out']
    ])
  })
})
