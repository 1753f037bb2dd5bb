/**
 * Where the pipeline reports progress. The action writes to the workflow log
 * (groups, annotations); the CLI writes to stderr, keeping stdout for results.
 */
export interface Log {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  /** One line of a tool's output (a build log), shown collapsed or on request. */
  detail(line: string): void
  /** Runs `work` with its output collapsed under `title`. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>
}
