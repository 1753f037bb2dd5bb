import { describe, expect, it } from '@jest/globals'
import { dockerfileAnnotation } from '../../src/core/annotation.js'
import { parseGrowth } from '../../src/core/threshold.js'
import { comparedReport, image, layer, sideStage } from '../helpers/reports.js'

const at = (line: number, createdBy: string, bytes: number) => ({
  ...layer(createdBy, bytes),
  line
})
const from = layer('ADD file:base in /', 1_000_000)

/** The target from a base to a head image; `warn` sets a warn threshold the growth passes. */
function report(head: ReturnType<typeof image>, gate = {}) {
  return comparedReport(
    [sideStage('app', 0, head, true)],
    [sideStage('app', 0, image(from, at(3, 'COPY . /app', 1_000)), true)],
    gate
  )
}

describe('the check annotation on the Dockerfile', () => {
  it('fails on the line of the new layer that added most, naming the stage and the bytes', () => {
    const grown = image(
      from,
      at(3, 'COPY . /app', 1_000),
      at(4, 'RUN big', 900_000),
      at(5, 'RUN small', 5_000)
    )
    expect(dockerfileAnnotation(report(grown))).toEqual({
      level: 'error',
      file: 'app/Dockerfile',
      line: 4,
      title: 'Image size: app failed',
      message:
        "app grew +905 kB (uncompressed); this instruction's layer adds 900 kB uncompressed."
    })
  })

  it('warns where the growth only warned', () => {
    const grown = image(from, at(3, 'COPY . /app', 1_000), at(4, 'RUN some', 60_000))
    const gate = {
      threshold: parseGrowth('10%', 't'),
      warnThreshold: parseGrowth('5%', 'w')
    }
    expect(dockerfileAnnotation(report(grown, gate))).toMatchObject({
      level: 'warning',
      line: 4
    })
  })

  it('is none when the target passed, or when its new layers came with the FROM image', () => {
    expect(
      dockerfileAnnotation(report(image(from, at(3, 'COPY . /app', 1_001))))
    ).toBeNull()
    const newBase = image(
      layer('ADD file:bigger in /', 3_000_000),
      at(3, 'COPY . /app', 1_000)
    )
    expect(dockerfileAnnotation(report(newBase))).toBeNull()
  })
})
