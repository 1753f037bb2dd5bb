import { describe, expect, it } from '@jest/globals'
import { changedLayers } from '../../src/core/changed-layers.js'
import { renderMarkdown } from '../../src/core/render/comment.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

/** The markdown with its non-breaking spaces as spaces, to read it as a person does. */
const plain = (markdown: string) => markdown.replace(/\u00a0/g, ' ')

describe('changedLayers', () => {
  it('leaves out shared layers, pairs layers made by the same instruction, lists the rest', () => {
    const shared = layer('COPY busybox /bin/busybox', 100, 'sha256:shared')
    const docs = layer('RUN docs', 300, 'sha256:docs')
    const base = image(shared, layer('COPY src /src', 50, 'sha256:old-src'), docs)
    const head = image(
      shared,
      layer('COPY src /src', 80, 'sha256:new-src'),
      docs,
      layer('RUN npm ci', 500)
    )
    expect(
      changedLayers(base, head, 'uncompressed').map(c => [
        c.kind,
        c.createdBy,
        c.deltaBytes
      ])
    ).toEqual([
      ['added', 'RUN npm ci', 500],
      ['changed', 'COPY src /src', 30]
    ])
    const shorter = image(shared, layer('COPY src /src', 50, 'sha256:old-src'))
    expect(
      changedLayers(base, shorter, 'uncompressed').map(c => [
        c.kind,
        c.createdBy,
        c.deltaBytes
      ])
    ).toEqual([['removed', 'RUN docs', -300]])
  })

  it('counts a layer held as another blob of the same content (gzip, uncompressed) as shared', () => {
    // The base measured the layer uncompressed; the head holds it as the target's gzip blob.
    const asTar = { ...layer('RUN setup', 10, 'sha256:tar'), diffId: 'sha256:tar' }
    const asGzip = { ...asTar, digest: 'sha256:gzip' }
    const base = image(asTar)
    const head = image(layer('RUN fetch', 20, 'sha256:fetch'), asGzip)
    expect(
      changedLayers(base, head, 'uncompressed').map(c => [
        c.kind,
        c.createdBy,
        c.deltaBytes
      ])
    ).toEqual([['added', 'RUN fetch', 20]])
  })

  it('pairs an edited instruction with the layer it replaced, at the same position', () => {
    const shared = layer('COPY busybox /bin/busybox', 100, 'sha256:shared')
    const base = image(
      shared,
      layer('RUN fetch v1', 1000, 'sha256:v1'),
      layer('RUN tidy', 10, 'sha256:t1')
    )
    const head = image(
      shared,
      layer('RUN fetch v2', 1500, 'sha256:v2'),
      layer('RUN tidy', 10, 'sha256:t2')
    )
    const changes = changedLayers(base, head, 'uncompressed')
    expect(
      changes.map(c => [c.kind, c.createdBy, c.base?.createdBy, c.deltaBytes])
    ).toEqual([['changed', 'RUN fetch v2', 'RUN fetch v1', 500]])
    const report = comparedReport(
      [sideStage('app', 0, head, true)],
      [sideStage('app', 0, base, true)]
    )
    expect(plain(renderMarkdown(report))).toContain(
      '| +500 B | changed | `RUN fetch v2`<br>was `RUN fetch v1` | `/v2` 1.50 kB |'
    )
  })
})
