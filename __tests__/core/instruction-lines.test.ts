import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/core/dockerfile.js'
import { normalized } from '../../src/core/dockerfile-instructions.js'
import { lineOfLayer } from '../../src/core/instruction-lines.js'

const DOCKERFILE = `# syntax=docker/dockerfile:1
FROM busybox AS deps
COPY --chown=1000 deps/ /deps/
RUN --mount=type=cache,target=/root/.cache \\
    make deps \\
 && make clean

FROM deps AS runtime
COPY --from=deps /deps/ /app/deps/
ARG VERSION=1
RUN echo "\${VERSION}" > /app/version
RUN chmod -R a-w /app/deps
`

describe("a layer's Dockerfile line", () => {
  const stages = parseDockerfile(DOCKERFILE, {}, 'Dockerfile').instructions

  it.each([
    // BuildKit's history: flags dropped, RUN through /bin/sh -c, a build-arg prefix.
    ['COPY /deps/ /app/deps/ # buildkit', 9],
    ['RUN /bin/sh -c chmod -R a-w /app/deps # buildkit', 12],
    ['RUN |1 VERSION=2 /bin/sh -c echo "${VERSION}" > /app/version # buildkit', 11],
    // An instruction of the stage it is built on, continuation lines folded.
    ['RUN /bin/sh -c make deps  && make clean # buildkit', 4],
    ['COPY deps/ /deps/ # buildkit', 3],
    // The classic builder's history of a RUN.
    ['/bin/sh -c chmod -R a-w /app/deps', 12]
  ])('%s: line %i', (createdBy, line) => {
    expect(lineOfLayer(createdBy, [stages[1], stages[0]])).toBe(line)
  })

  it('is none for a layer no instruction made (one of the FROM image)', () => {
    expect(lineOfLayer('ADD file:4a5d… in / ', [stages[1], stages[0]])).toBeNull()
  })

  it('takes a stage only its own instructions and those it is built on', () => {
    expect(lineOfLayer('RUN /bin/sh -c chmod -R a-w /app/deps', [stages[0]])).toBeNull()
  })

  it('folds what history and the Dockerfile write differently', () => {
    expect(normalized('run   --network=none  make \\\n  all')).toBe('RUN make all')
  })
})
