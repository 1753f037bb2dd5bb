import { describe, expect, it } from '@jest/globals'
import { parseList } from '../../src/core/lists.js'

describe('list inputs, as docker/build-push-action reads them', () => {
  it('one entry per line; a quoted line may hold commas and line breaks', () => {
    expect(
      parseList('A=1\n"B=x,y"\n"KEY=-----BEGIN\nline two"\n\n  C=3  \n', {
        ignoreComma: true
      })
    ).toEqual(['A=1', 'B=x,y', 'KEY=-----BEGIN\nline two', 'C=3'])
  })

  it('commas separate entries where build-push-action takes them', () => {
    expect(parseList('a=A, b=B\nc=C', { ignoreComma: false })).toEqual([
      'a=A',
      'b=B',
      'c=C'
    ])
    expect(parseList('a=A, b=B', { ignoreComma: true })).toEqual(['a=A, b=B'])
    expect(parseList('  ', { ignoreComma: true })).toEqual([])
  })
})
