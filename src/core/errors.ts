/**
 * A problem the user can fix (bad input, no engine, a failing build). The entry
 * points print its message as one line, without a stack trace; `details` (for
 * example the end of a build log) is shown in a collapsed log group.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details?: string
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/** The message of anything thrown (errors from another realm included), for one-line reports. */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message)
  }
  return String(error)
}
