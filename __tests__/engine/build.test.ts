import { describe, expect, it } from '@jest/globals'
import { buildFailure, exportWatcher } from '../../src/engine/build.js'

describe('exportWatcher', () => {
  it('calls back when the step that named an image is done, on either image store', () => {
    const ready: string[] = []
    const watch = exportWatcher(tag => ready.push(tag))
    const lines = [
      '#7 [base] exporting to image',
      '#7 exporting layers 0.0s done',
      '#7 writing image sha256:f260e4bbe50c67cdba77c616106e366aaf4d96cf122ce7c7dea4d085c4d2471a done',
      '#7 naming to 127.0.0.1:4000/run-head:base done',
      '#8 [test 1/1] RUN echo test',
      '#7 DONE 0.1s',
      '#9 [runtime] exporting to image',
      '#9 naming to 127.0.0.1:4000/run-head:runtime',
      '#9 naming to 127.0.0.1:4000/run-head:runtime done',
      '#9 unpacking to 127.0.0.1:4000/run-head:runtime 0.2s done',
      '#8 DONE 0.2s'
    ]
    lines.forEach(watch)
    expect(ready).toEqual(['127.0.0.1:4000/run-head:base'])
    watch('#9 DONE 0.4s')
    expect(ready).toEqual([
      '127.0.0.1:4000/run-head:base',
      '127.0.0.1:4000/run-head:runtime'
    ])
  })
})

describe('buildFailure', () => {
  it("names the stage of BuildKit's failed step, the step and the error", () => {
    const log = [
      '#8 [build build 1/1] RUN make',
      '#8 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2',
      '------',
      ' > [final build 1/1] RUN make:',
      '0.140 main.c:3: error',
      '------',
      'ERROR: target final: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2'
    ]
    const error = buildFailure(log, 'final')
    expect(error.message).toBe(
      'build failed in stage "build" at RUN make: process "/bin/sh -c make" did not complete successfully: exit code: 2'
    )
    expect(error.details).toContain('main.c:3: error')
  })

  it("falls back to the stage being built for the classic builder's error", () => {
    const error = buildFailure(
      [
        'Step 2/2 : RUN exit 7',
        "The command '/bin/sh -c exit 7' returned a non-zero code: 7"
      ],
      'broken'
    )
    expect(error.message).toBe(
      `build failed in stage "broken": The command '/bin/sh -c exit 7' returned a non-zero code: 7`
    )
  })
})
