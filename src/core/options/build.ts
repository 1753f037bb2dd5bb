import path from 'node:path'
import { UserError } from '../errors.js'
import {
  parseDockerSecrets,
  parseSecretEnvs,
  parseSecretFiles,
  parseSecretValues
} from '../secrets.js'
import { list, parseBoolean, parseChoice, text } from './row.js'

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/
const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/
const CACHE_TYPE = /^type=[a-z0-9-]+(,[A-Za-z0-9_-]+=[^,]*)*$/

/** `KEY=VALUE` entries (one per line in the action, one per flag in the CLI). */
export function parseBuildArgs(entries: string[], input: string): Record<string, string> {
  const args: Record<string, string> = {}
  for (const entry of entries) {
    if (entry.trim() === '') continue
    const equals = entry.indexOf('=')
    const key = equals === -1 ? '' : entry.slice(0, equals).trim()
    if (!ARG_NAME.test(key)) {
      throw new UserError(
        `${input}: "${entry}" is not KEY=VALUE; give one build argument per line, e.g. NODE_VERSION=20`
      )
    }
    args[key] = entry.slice(equals + 1)
  }
  return args
}

/** `all`, or stage names separated by commas or newlines. */
export function parseStageList(value: string, input: string): 'all' | string[] {
  const names = value
    .split(/[,\n]/)
    .map(name => name.trim())
    .filter(Boolean)
  if (names.length === 0 || (names.length === 1 && names[0].toLowerCase() === 'all')) {
    return 'all'
  }
  for (const name of names) {
    if (!STAGE_NAME.test(name)) {
      throw new UserError(
        `${input}: "${name}" is not a stage name; give "all" or stage names separated by commas or newlines, e.g. "build, test"`
      )
    }
  }
  return names
}

/** Platforms such as linux/amd64, separated by commas (as `docker buildx build --platform` takes them) or newlines. */
export function parsePlatforms(value: string, input: string): string[] {
  const platforms = value
    .split(/[,\n]/)
    .map(platform => platform.trim())
    .filter(Boolean)
  for (const platform of platforms) {
    if (!PLATFORM.test(platform)) {
      throw new UserError(
        `${input}: "${platform}" is not a platform; give os/arch[/variant] platforms separated by commas, e.g. linux/amd64,linux/arm64`
      )
    }
  }
  return [...new Set(platforms)]
}

/**
 * Cache entries as docker/build-push-action takes them: `type=…,key=value,…`
 * (a bare reference means `type=registry,ref=<reference>`), one per line.
 */
export function parseCaches(entries: string[], input: string): string[] {
  return entries
    .map(entry => entry.trim())
    .filter(Boolean)
    .map(entry => {
      const cache = entry.includes('=') ? entry : `type=registry,ref=${entry}`
      if (!CACHE_TYPE.test(cache)) {
        throw new UserError(
          `${input}: "${entry}" is not a build cache; give type=… with its options, e.g. type=local,src=/tmp/cache, type=gha or type=registry,ref=user/app:cache`
        )
      }
      return cache
    })
}

/** The Dockerfile path: as given, else `Dockerfile` in the context, like `docker build`. */
export function dockerfilePath(context: string, file: string): string {
  return file.trim() || path.join(context, 'Dockerfile')
}

/** What to build: the options of the first section of --help. */
export const BUILD_OPTIONS = {
  context: text({
    input: 'context',
    flag: 'context',
    short: 'c',
    section: 'build',
    description: 'The build context directory.',
    default: '.',
    help: { value: 'DIR', text: 'the build context (default: .)' },
    parse: value => value.trim() || '.'
  }),
  file: text({
    input: 'file',
    flag: 'file',
    short: 'f',
    section: 'build',
    description: "The Dockerfile's path. Default <context>/Dockerfile.",
    help: { value: 'PATH', text: 'the Dockerfile (default: CONTEXT/Dockerfile)' },
    parse: (value, { raw }) => dockerfilePath(String(raw.context).trim() || '.', value)
  }),
  target: text({
    input: 'target',
    flag: 'target',
    short: 't',
    section: 'build',
    description: 'The product stage, the image the gate watches. Default the last stage.',
    help: { value: 'STAGE', text: 'the product stage (default: the last stage)' },
    parse: value => value.trim() || undefined
  }),
  stages: text({
    input: 'stages',
    flag: 'stages',
    section: 'build',
    description:
      'Which other stages to measure, "all" or stage names separated by commas or newlines.',
    default: 'all',
    help: {
      value: 'LIST',
      text: 'the other stages to measure: all (default), or names separated by commas'
    },
    parse: (value, { name }) => parseStageList(value, name)
  }),
  buildArgs: list({
    input: 'build-args',
    flag: 'build-arg',
    commas: false,
    section: 'build',
    description:
      'Build arguments, one KEY=VALUE per line. Their values are masked in the log and never written into the report, the comment or the outputs; pass secrets in secrets, not here.',
    help: { value: 'K=V', text: 'a build argument (repeat for more)' },
    parse: (entries, { name }) => parseBuildArgs(entries, name)
  }),
  secrets: list({
    input: 'secrets',
    commas: false,
    section: 'build',
    description:
      "BuildKit secrets (RUN --mount=type=secret,id=ID) as docker/build-push-action takes them, one id=value per line (quote a line to give a value of several lines). Every stage's build gets them, head and base; the values are masked and never written anywhere.",
    parse: (entries, { name }) => parseSecretValues(entries, name)
  }),
  secretEnvs: list({
    input: 'secret-envs',
    commas: true,
    section: 'build',
    description:
      'BuildKit secrets read from environment variables, id=ENV_NAME, separated by commas or newlines. The variables must be set.',
    parse: (entries, { name, env }) => parseSecretEnvs(entries, name, env)
  }),
  secretFiles: list({
    input: 'secret-files',
    commas: false,
    section: 'build',
    description:
      'BuildKit secrets read from files, one id=path per line (relative to the working directory).',
    parse: (entries, { name }) => parseSecretFiles(entries, name)
  }),
  secret: list({
    flag: 'secret',
    commas: false,
    section: 'build',
    description: "A BuildKit secret in docker buildx build's form.",
    help: {
      value: 'SECRET',
      text: "a BuildKit secret for every stage's build: id=ID,src=PATH or id=ID,env=VARIABLE (repeat for more); never written anywhere"
    },
    parse: (entries, { name, env }) => parseDockerSecrets(entries, name, env)
  }),
  platforms: list({
    input: 'platforms',
    flag: 'platform',
    commas: true,
    section: 'build',
    description:
      "The platforms to build for, separated by commas or newlines, e.g. linux/amd64,linux/arm64 (several need the containerd image store). Each platform is measured and gated. Default the engine's.",
    help: {
      value: 'LIST',
      text: "platforms separated by commas, e.g. linux/amd64,linux/arm64 (default: the engine's)"
    },
    // `platform` is the older name, kept as an alias.
    parse: (entries, { name, raw }) =>
      parsePlatforms(
        (entries.length > 0 ? entries : [String(raw.platformAlias ?? '')]).join(','),
        name
      )
  }),
  platformAlias: text({
    input: 'platform',
    section: 'build',
    description: 'The older name of platforms, kept as an alias.',
    // Read through platforms.
    parse: () => null
  }),
  compressed: text({
    input: 'compressed',
    flag: 'compressed',
    section: 'build',
    description:
      'Which stages get a compressed size (what a registry stores and a pull downloads), target (the target on every platform, and every stage a compressed limit holds) or all. The others are measured uncompressed, which costs no compression, and report no compressed size.',
    default: 'target',
    help: {
      value: 'WHICH',
      text: 'which stages get a compressed size: target (default: the target, and stages a compressed limit holds) or all'
    },
    parse: (value, { name }) =>
      parseChoice(value.trim(), name, ['target', 'all'] as const)
  }),
  builder: text({
    input: 'builder',
    flag: 'builder',
    section: 'build',
    description: 'A buildx builder name (any driver). Default the current builder.',
    help: { value: 'NAME', text: 'the buildx builder to use' },
    parse: value => value.trim() || undefined
  }),
  cacheFrom: list({
    input: 'cache-from',
    flag: 'cache-from',
    commas: false,
    section: 'build',
    description:
      "Build caches to read, one per line, as docker/build-push-action takes them (type=gha, type=local,src=DIR, type=registry,ref=REF), so stage-size rebuilds nothing the job's own build already built.",
    help: {
      value: 'CACHE',
      text: 'a build cache to read, e.g. type=local,src=DIR (repeat for more)'
    },
    parse: (entries, { name }) => parseCaches(entries, name)
  }),
  cacheTo: list({
    input: 'cache-to',
    flag: 'cache-to',
    commas: false,
    section: 'build',
    description:
      "Where to write the head target's build cache, one per line, e.g. type=gha,mode=max or type=local,dest=DIR (needs the containerd image store with the docker driver).",
    help: {
      value: 'CACHE',
      text: "where to write the target's build cache, e.g. type=local,dest=DIR,mode=max"
    },
    parse: (entries, { name }) => parseCaches(entries, name)
  }),
  keepImages: text({
    input: 'keep-images',
    flag: 'keep-images',
    switch: true,
    section: 'output',
    description:
      'Keep the stage images, tagged stage-size/<stage>:head (and :base), instead of removing them.',
    default: 'false',
    help: { text: 'keep the images, tagged stage-size/<stage>:head' },
    parse: (value, { name }) => parseBoolean(value, name)
  })
}
