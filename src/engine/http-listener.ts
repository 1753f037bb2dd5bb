import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** An HTTP server listening on a free port of `address`, and that port. */
export async function listening(
  address: string
): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, address, resolve)
  })
  return { server, port: (server.address() as AddressInfo).port }
}

/** Closes a server now: open connections (a push half sent) are cut. */
export function closeNow(server: http.Server): Promise<void> {
  server.closeAllConnections()
  return new Promise<void>(resolve => server.close(() => resolve()))
}
