import { UserError } from './errors.js'

/**
 * A BuildKit secret (`RUN --mount=type=secret,id=…`), as every stage's build
 * gets it: a value stage-size holds (the `secrets` input), an environment
 * variable (`secret-envs`, `--secret id=…,env=…`) or a file (`secret-files`,
 * `--secret id=…,src=…`). Never a build arg, never a file in the context.
 */
export type BuildSecret = { id: string } & (
  { value: string } | { env: string } | { file: string }
)

const ID = /^[^\s=,]+$/
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** `id=value`, split at the first `=` (the value may hold more), as build-push-action reads them. */
function keyValue(entry: string): [string, string] | null {
  const at = entry.indexOf('=')
  if (at <= 0) return null
  const [id, value] = [entry.slice(0, at).trim(), entry.slice(at + 1)]
  return ID.test(id) && value.trim() !== '' ? [id, value] : null
}

function refuse(input: string, entry: string, forms: string): never {
  // The entry may hold a secret: only the id before its `=`, never a value, goes into the message.
  const id = entry.includes('=') ? entry.split('=')[0].trim() : ''
  const shown = id && ID.test(id) ? `the entry for ${JSON.stringify(id)}` : 'an entry'
  throw new UserError(`${input}: ${shown} is not ${forms}`)
}

/** `id=…` entries as pairs; the first that is not one is refused, showing `forms`. */
function pairs(
  entries: readonly string[],
  input: string,
  forms: string
): [string, string][] {
  return entries.map(entry => keyValue(entry) ?? refuse(input, entry, forms))
}

/** A variable a secret is read from must be set: BuildKit would silently give an empty secret. */
function assertSet(
  name: string,
  id: string,
  input: string,
  env: Readonly<Record<string, string | undefined>>
): void {
  if (env[name] === undefined)
    throw new UserError(
      `${input}: the environment variable ${name} (secret ${id}) is not set; set it (in a workflow, in the step's env:, e.g. ${name}: \${{ secrets.${name} }})`
    )
}

/** The `secrets` input: `id=value` lines (quote a line to give a value of several lines). */
export function parseSecretValues(
  entries: readonly string[],
  input: string
): BuildSecret[] {
  const forms =
    'id=value; give one secret per line, e.g. npm_token=${{ secrets.NPM_TOKEN }}'
  return pairs(entries, input, forms).map(([id, value]) => ({ id, value }))
}

/** The `secret-envs` input: `id=ENV_NAME` entries; the variable must be set. */
export function parseSecretEnvs(
  entries: readonly string[],
  input: string,
  env: Readonly<Record<string, string | undefined>>
): BuildSecret[] {
  const forms =
    "id=ENV_NAME; give the secret's id and the environment variable that holds it, e.g. npm_token=NPM_TOKEN"
  return pairs(entries, input, forms).map(([id, variable]) => {
    const name = variable.trim()
    if (!ENV_NAME.test(name)) refuse(input, `${id}=`, forms)
    assertSet(name, id, input, env)
    return { id, env: name }
  })
}

/** The `secret-files` input: `id=path` lines. */
export function parseSecretFiles(
  entries: readonly string[],
  input: string
): BuildSecret[] {
  const forms =
    "id=path; give the secret's id and the file that holds it, e.g. npmrc=.npmrc"
  return pairs(entries, input, forms).map(([id, file]) => ({ id, file: file.trim() }))
}

const DOCKER_FORMS =
  "a secret in docker buildx build's form: id=ID,src=PATH or id=ID,env=VARIABLE (type=file|env optional)"

/** `--secret` in docker's form: `id=npm,src=path`, `id=npm,env=VAR`, `type=env,id=VAR`. */
export function parseDockerSecrets(
  entries: readonly string[],
  input: string,
  env: Readonly<Record<string, string | undefined>>
): BuildSecret[] {
  return entries.map(entry => {
    const fields = new Map<string, string>()
    for (const field of entry.split(',')) {
      const pair = field.split('=')
      if (pair.length !== 2 || !pair[1]) refuse(input, entry, DOCKER_FORMS)
      fields.set(pair[0].trim(), pair[1].trim())
    }
    const id = fields.get('id')
    const type = fields.get('type')
    const file = fields.get('src') ?? fields.get('source')
    const variable = fields.get('env') ?? (type === 'env' ? id : undefined)
    const known = [...fields.keys()].every(key =>
      ['id', 'type', 'src', 'source', 'env'].includes(key)
    )
    if (!id || !ID.test(id) || !known || (type && type !== 'env' && type !== 'file'))
      refuse(input, entry, DOCKER_FORMS)
    if (file && type !== 'env') return { id, file }
    if (variable && ENV_NAME.test(variable)) {
      assertSet(variable, id, input, env)
      return { id, env: variable }
    }
    return refuse(input, entry, DOCKER_FORMS)
  })
}

/** Two secrets under one id: BuildKit would keep one silently. */
export function assertUniqueIds(secrets: readonly BuildSecret[], input: string): void {
  const seen = new Set<string>()
  for (const { id } of secrets) {
    if (seen.has(id))
      throw new UserError(
        `${input}: the secret id ${JSON.stringify(id)} is given twice; give each secret once`
      )
    seen.add(id)
  }
}
