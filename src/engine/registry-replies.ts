import type http from 'node:http'

/** An answer as the registry protocol gives it: its version header, and a length when there is no body. */
export function reply(
  response: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Buffer
) {
  response.writeHead(status, {
    'Docker-Distribution-API-Version': 'registry/2.0',
    ...(body === undefined && !('Content-Length' in headers)
      ? { 'Content-Length': '0' }
      : {}),
    ...headers
  })
  response.end(body)
}

/** A registry protocol error: the status, and the JSON body the engine shows. */
export function registryError(
  response: http.ServerResponse,
  status: number,
  code: string,
  message: string
) {
  reply(
    response,
    status,
    { 'Content-Type': 'application/json' },
    JSON.stringify({ errors: [{ code, message }] })
  )
}
