import { UserError } from '../errors.js'
import { list, parseBoolean, text } from './row.js'

/**
 * The build controls docker/build-push-action passes to `docker buildx
 * build`, with its input names and forms (and buildx's flags in the CLI).
 * Each parser takes an entry as buildx would, or says in one line what it
 * takes.
 */

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/
// A name FROM or COPY --from can use: an image reference or a bare word.
const CONTEXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.\-/:@]*$/
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/
const IPV6 = /^[0-9A-Fa-f:.]+$/
const SIZE = /^\d+(\.\d+)?[bkmgBKMG]?$/
const ULIMIT = /^([a-z]+)=(-?\d+)(:(-?\d+))?$/
const ULIMIT_TYPES = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack'
]
const NETWORKS = ['default', 'none', 'host']
const ENTITLEMENTS = /^(network\.host|security\.insecure|device(=[^,\s]+)?)$/

/** How every stage is built besides its context, Dockerfile, args and caches: build-push-action's controls. */
export interface BuildControls {
  /** `default` or `ID=PATH[,PATH]`. */
  ssh: readonly string[]
  /** Name to value; a local folder's value as the user wrote it. */
  buildContexts: Readonly<Record<string, string>>
  network: string | null
  addHosts: readonly (readonly [string, string])[]
  noCache: boolean
  noCacheFilters: readonly string[]
  pull: boolean
  shmSize: string | null
  ulimits: readonly string[]
  allow: readonly string[]
}

/** Each non-empty entry through `check`, which returns the entry (or its parsed form) or null when malformed. */
function entriesOf<T>(
  entries: string[],
  name: string,
  accepted: string,
  check: (entry: string) => T | null
): T[] {
  return entries
    .map(entry => entry.trim())
    .filter(Boolean)
    .map(entry => {
      const parsed = check(entry)
      if (parsed === null) throw new UserError(`${name}: "${entry}" is not ${accepted}`)
      return parsed
    })
}

/** `default`, or `ID[=SOCKET|KEY[,KEY]]`: what RUN --mount=type=ssh gets. */
export function parseSsh(entries: string[], name: string): string[] {
  return entriesOf(
    entries,
    name,
    'an ssh agent or keys; give default, or ID=PATH[,PATH] (a socket or key files), one per line',
    entry => {
      const [id, paths] = splitOnce(entry, '=')
      return ID.test(id) && (paths === null || paths.split(',').every(Boolean))
        ? entry
        : null
    }
  )
}

/** `NAME=VALUE`: a local folder, docker-image://, oci-layout://, target:, a URL. */
export function parseBuildContexts(
  entries: string[],
  name: string
): Record<string, string> {
  const pairs = entriesOf(
    entries,
    name,
    'a named build context; give NAME=VALUE, one per line, e.g. shared=../shared or alpine=docker-image://alpine:3.20',
    entry => {
      const [key, value] = splitOnce(entry, '=')
      return CONTEXT_NAME.test(key) && value ? ([key, value] as const) : null
    }
  )
  return Object.fromEntries(pairs)
}

/** Whether a build context's value is a folder on this machine (buildx reads it from the client). */
export function isLocalContext(value: string): boolean {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) && !/^(target:|git@)/.test(value)
}

/** `HOST:IP` (or buildx's `HOST=IP`), as BuildKit writes them into /etc/hosts. */
export function parseAddHosts(entries: string[], name: string): [string, string][] {
  return entriesOf(
    entries,
    name,
    'an extra host; give HOST:IP, e.g. registry.local:10.0.0.5 (IPv6 and host-gateway too)',
    entry => {
      const at = /^[^:=]+[=:]/.exec(entry)?.[0].length ?? 0
      const host = entry.slice(0, at - 1)
      const ip = entry.slice(at)
      const address =
        IPV4.test(ip) || (ip.includes(':') && IPV6.test(ip)) || ip === 'host-gateway'
      return at > 0 && HOST.test(host) && address ? [host, ip] : null
    }
  )
}

/** `TYPE=SOFT[:HARD]`, as `docker run --ulimit` takes it. */
export function parseUlimits(entries: string[], name: string): string[] {
  return entriesOf(
    entries,
    name,
    `a ulimit; give TYPE=SOFT[:HARD] with TYPE one of ${ULIMIT_TYPES.join(', ')}, e.g. nofile=1024:2048`,
    entry => {
      const match = ULIMIT.exec(entry)
      return match && ULIMIT_TYPES.includes(match[1]) ? entry : null
    }
  )
}

/** Entitlements a build may use; buildx asks for the same with --allow. */
export function parseAllow(entries: string[], name: string): string[] {
  return entriesOf(
    entries,
    name,
    'an entitlement; give network.host, security.insecure or device[=NAME]',
    entry => (ENTITLEMENTS.test(entry) ? entry : null)
  )
}

/** Stage names, the stages built without the cache. */
function parseStageNames(entries: string[], name: string): string[] {
  return entriesOf(entries, name, 'a stage name; give stage names, e.g. build', entry =>
    ID.test(entry) ? entry : null
  )
}

function splitOnce(entry: string, separator: string): [string, string | null] {
  const at = entry.indexOf(separator)
  return at === -1 ? [entry, null] : [entry.slice(0, at), entry.slice(at + 1)]
}

/** `--flag` switches read "true" when given; inputs take a boolean. */
const booleanRow = (input: string, flag: string, description: string, help: string) =>
  text({
    input,
    flag,
    switch: true,
    section: 'build',
    description,
    default: 'false',
    help: { text: help },
    parse: (value: string, { name }) => parseBoolean(value, name)
  })

/** build-push-action's other build inputs: the second part of --help's build section. */
export const BUILD_CONTROL_OPTIONS = {
  ssh: list({
    input: 'ssh',
    flag: 'ssh',
    commas: false,
    section: 'build',
    description:
      'SSH agent sockets or keys for RUN --mount=type=ssh, one per line: default (the SSH_AUTH_SOCK agent) or ID=PATH[,PATH].',
    help: {
      value: 'SSH',
      text: 'an ssh agent or keys: default or ID=PATH (repeat for more)'
    },
    parse: (entries, { name }) => parseSsh(entries, name)
  }),
  buildContexts: list({
    input: 'build-contexts',
    flag: 'build-context',
    commas: false,
    section: 'build',
    description:
      "Named build contexts for FROM and COPY --from, one NAME=VALUE per line: a folder (relative to the working directory; the base's build uses the base commit's copy), docker-image://REF, oci-layout://PATH, target:STAGE, or a URL.",
    help: {
      value: 'N=V',
      text: 'a named build context, e.g. shared=../shared (repeat for more)'
    },
    parse: (entries, { name }) => parseBuildContexts(entries, name)
  }),
  network: text({
    input: 'network',
    flag: 'network',
    section: 'build',
    description:
      "RUN instructions' network: default, none or host (host needs allow: network.host).",
    help: { value: 'MODE', text: "RUN instructions' network: default, none or host" },
    parse: (value, { name }) => {
      const mode = value.trim()
      if (mode === '') return null
      if (!NETWORKS.includes(mode)) {
        throw new UserError(
          `${name}: "${value}" is not a network mode; give default, none or host`
        )
      }
      return mode
    }
  }),
  addHosts: list({
    input: 'add-hosts',
    flag: 'add-host',
    commas: true,
    section: 'build',
    description:
      'Extra /etc/hosts entries for RUN instructions, HOST:IP, separated by commas or newlines.',
    help: { value: 'H:IP', text: 'an extra host, HOST:IP (repeat for more)' },
    parse: (entries, { name }) => parseAddHosts(entries, name)
  }),
  noCache: booleanRow(
    'no-cache',
    'no-cache',
    'Build every stage without the build cache.',
    'build without the build cache'
  ),
  noCacheFilters: list({
    input: 'no-cache-filters',
    flag: 'no-cache-filter',
    commas: true,
    section: 'build',
    description: 'Stages built without the build cache, separated by commas or newlines.',
    help: { value: 'STAGE', text: 'a stage built without the cache (repeat for more)' },
    parse: (entries, { name }) => parseStageNames(entries, name)
  }),
  pull: booleanRow(
    'pull',
    'pull',
    'Always pull the newest version of every FROM image.',
    'always pull the FROM images'
  ),
  shmSize: text({
    input: 'shm-size',
    flag: 'shm-size',
    section: 'build',
    description: "The size of RUN instructions' /dev/shm, e.g. 2g (units b, k, m, g).",
    help: { value: 'SIZE', text: "the size of RUN instructions' /dev/shm, e.g. 2g" },
    parse: (value, { name }) => {
      const size = value.trim()
      if (size === '') return null
      if (!SIZE.test(size)) {
        throw new UserError(
          `${name}: "${value}" is not a size; give a number with an optional unit b, k, m or g, e.g. 2g`
        )
      }
      return size.toLowerCase()
    }
  }),
  ulimit: list({
    input: 'ulimit',
    flag: 'ulimit',
    commas: false,
    section: 'build',
    description:
      'Ulimits for RUN instructions, one TYPE=SOFT[:HARD] per line, e.g. nofile=1024:2048.',
    help: { value: 'ULIMIT', text: 'a ulimit, TYPE=SOFT[:HARD] (repeat for more)' },
    parse: (entries, { name }) => parseUlimits(entries, name)
  }),
  allow: list({
    input: 'allow',
    flag: 'allow',
    commas: true,
    section: 'build',
    description:
      'Extra privileges for RUN instructions, separated by commas or newlines: network.host, security.insecure, device (the builder must grant them).',
    help: {
      value: 'ENTITLEMENT',
      text: 'an extra privilege, e.g. network.host (repeat for more)'
    },
    parse: (entries, { name }) => parseAllow(entries, name)
  })
}
