import { describe, expect, it } from '@jest/globals'
import { parseBuilderInspect } from '../../src/engine/docker.js'

const DEFAULT = `Name:          default
Driver:        docker
Last Activity: 2026-11-28 22:57:34 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.0.0+unknown
Platforms:        linux/amd64, linux/amd64/v2
`

/** A docker-container builder with a node appended (`docker buildx create --append`), as buildx prints it. */
const TWO_NODES = `Name:          multi
Driver:        docker-container
Last Activity: 2026-11-28 20:00:00 +0000 UTC

Nodes:
Name:                  multi0
Endpoint:              unix:///var/run/docker.sock
Status:                running
BuildKit version:      v0.17.0
Platforms:             linux/amd64

Name:                  multi1
Endpoint:              ssh://arm-box
Status:                running
BuildKit version:      v0.17.0
Platforms:             linux/arm64
`

describe('docker buildx inspect, read', () => {
  it('gives the driver and one node for the default builder', () => {
    expect(parseBuilderInspect(DEFAULT)).toEqual({
      name: 'default',
      driver: 'docker',
      nodes: [
        {
          name: 'default',
          buildkit: 'v0.0.0+unknown',
          platforms: ['linux/amd64', 'linux/amd64/v2']
        }
      ]
    })
  })

  it('counts the nodes of a multi-node builder, whose OCI archives buildx refuses', () => {
    const { name, driver, nodes } = parseBuilderInspect(TWO_NODES)
    expect({ name, driver, nodes: nodes.map(node => node.name) }).toEqual({
      name: 'multi',
      driver: 'docker-container',
      nodes: ['multi0', 'multi1']
    })
    expect(nodes[0]).toEqual({
      name: 'multi0',
      buildkit: 'v0.17.0',
      platforms: ['linux/amd64']
    })
  })

  it('knows nothing from nothing', () => {
    expect(parseBuilderInspect('')).toEqual({ name: null, driver: null, nodes: [] })
  })
})
