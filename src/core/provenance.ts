/**
 * What BuildKit resolved an image reference to, from a build's provenance as
 * buildx writes it to `--metadata-file` (`buildx.build.provenance`, SLSA
 * materials, mode=min by default): each material names an image as a package
 * URL (`pkg:docker/library-less/name@tag?platform=…`, BuildKit's
 * util/purl.RefToPURL) with the digest it resolved to.
 */
interface Material {
  uri?: unknown
  digest?: { sha256?: unknown }
}

/** An image reference as a package URL names it: the familiar name, and the tag or digest. */
interface Named {
  name: string
  version: string
}

/** The digest BuildKit resolved `reference` (as the Dockerfile's FROM writes it) to; null when the metadata does not say. */
export function resolvedDigest(reference: string, metadata: unknown): string | null {
  const wanted = familiar(reference)
  if (!wanted) return null
  for (const material of materials(metadata)) {
    const named = typeof material.uri === 'string' ? fromPurl(material.uri) : null
    const sha256 = material.digest?.sha256
    if (
      named?.name === wanted.name &&
      named.version === wanted.version &&
      typeof sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(sha256)
    )
      return `sha256:${sha256}`
  }
  return null
}

/** The materials of a target's provenance: one platform's (`buildx.build.provenance`) or the first of several. */
function materials(metadata: unknown): Material[] {
  if (!metadata || typeof metadata !== 'object') return []
  const key = Object.keys(metadata)
    .filter(name => name.startsWith('buildx.build.provenance'))
    .sort()[0]
  const found = key
    ? (metadata as Record<string, { materials?: unknown }>)[key]?.materials
    : []
  return Array.isArray(found) ? (found as Material[]) : []
}

/** "docker.io/library/node:22-slim" → { name: "node", version: "22-slim" }, as distribution/reference's FamiliarName. */
function familiar(reference: string): Named | null {
  const [withTag, digest] = reference.split('@')
  const slash = withTag.lastIndexOf('/')
  const colon = withTag.lastIndexOf(':')
  const tagged = colon > slash
  let name = tagged ? withTag.slice(0, colon) : withTag
  const parts = name.split('/')
  // A first part with a dot or a colon, or "localhost", is a registry.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) {
    if (parts[0] === 'docker.io' || parts[0] === 'index.docker.io') parts.shift()
  }
  if (parts.length === 2 && parts[0] === 'library') parts.shift()
  name = parts.join('/')
  if (!name) return null
  return { name, version: digest ?? (tagged ? withTag.slice(colon + 1) : 'latest') }
}

/** "pkg:docker/stage-size-fixture/busybox@latest?platform=linux%2Famd64" → its name and tag (or digest qualifier). */
function fromPurl(uri: string): Named | null {
  const match = /^pkg:docker\/([^?#]+?)(?:@([^?#]*))?(?:\?([^#]*))?$/.exec(uri)
  if (!match) return null
  const name = match[1].split('/').map(decodeURIComponent).join('/')
  const digest = new URLSearchParams(match[3] ?? '').get('digest')
  return { name, version: digest ?? decodeURIComponent(match[2] ?? 'latest') }
}
