import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend'

/**
 * GitHub's own description of its REST API (@octokit/openapi), as the
 * stand-in's contract: every request the action sends must be one of its
 * operations, with parameters and body as that operation takes them, and
 * every answer the stand-in gives must fit the operation's response schema
 * for its status. openapi-backend matches and validates (Ajv underneath).
 */
let document: Document | undefined
let loaded: Promise<OpenAPIBackend> | undefined

function definition(): Document {
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  document ??= JSON.parse(readFileSync(file, 'utf8')) as Document
  return document
}

/**
 * One of the answers GitHub's description gives as an example
 * (components/examples, e.g. `issue-comment`, `pull-request`), to build the
 * stand-in's answers on: a copy, for the stand-in to set what a test needs.
 */
export function example<T = Record<string, unknown>>(name: string): T {
  const examples = (definition().components?.examples ?? {}) as Record<
    string,
    { value?: unknown }
  >
  const found = examples[name]?.value
  if (found === undefined)
    throw new Error(`GitHub's OpenAPI description has no example ${name}`)
  return structuredClone(found) as T
}

function api(): Promise<OpenAPIBackend> {
  loaded ??= (async () => {
    // quick: the document is GitHub's, not ours to check; its validators compile per operation, when used.
    const backend = new OpenAPIBackend({
      definition: definition(),
      quick: true,
      ajvOpts: { logger: false, strict: false, validateFormats: false, allErrors: true }
    })
    await backend.init()
    return backend
  })()
  return loaded
}

export interface Exchange {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  body: unknown
  status: number
  answer: unknown
}

/** What does not fit GitHub's description, one line each, naming the operation and the JSON pointer. */
export async function contractViolations(exchange: Exchange): Promise<string[]> {
  const backend = await api()
  const request = {
    method: exchange.method.toLowerCase(),
    path: exchange.path,
    query: exchange.query,
    headers: exchange.headers as Record<string, string | string[]>,
    body: exchange.body
  }
  const operation = backend.router.matchOperation(request) as Operation | undefined
  const said = `${exchange.method} ${exchange.path}`
  if (!operation)
    return [`${said}: no operation of GitHub's OpenAPI description matches it`]
  const name = operation.operationId ?? said
  const asked = backend.validator.validateRequest(request, operation)
  const answered = backend.validator.validateResponse(
    exchange.answer,
    operation,
    exchange.status
  )
  return [
    ...(asked.errors ?? []).map(
      error => `${name} request: ${error.instancePath || '/'} ${error.message}`
    ),
    ...(answered.errors ?? []).map(
      error =>
        `${name} response ${exchange.status}: ${error.instancePath || '/'} ${error.message}`
    )
  ]
}
