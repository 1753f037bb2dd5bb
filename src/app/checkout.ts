import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseDockerfile, type ParsedDockerfile } from '../core/dockerfile.js'
import { UserError } from '../core/errors.js'
import { isLocalContext } from '../core/options/build-controls.js'
import type { Options } from '../core/options/options.js'
import { findStage, planBuild, type BuildPlan } from '../core/plan.js'
import type { CommitRef } from '../core/report.js'
import type { Checkout } from '../engine/session.js'
import type { Git } from '../git/git.js'

/** The head's checkout and plan; the stage-thresholds must name its stages. */
export async function readHead(options: Options): Promise<Checkout> {
  const head = await readCheckout(
    options,
    'head',
    { context: path.resolve(options.context), dockerfile: path.resolve(options.file) },
    dockerfile => planBuild(dockerfile, options, options.file)
  )
  for (const stage of options.gate.stageThresholds.keys()) {
    findStage(head.dockerfile.stages, stage, options.names.stageThresholds, options.file)
  }
  return head
}

/** Where a checkout's files are: the head's as given, the base's in its worktree. */
export interface CheckoutPaths {
  context: string
  dockerfile: string
  /** A head path's copy in this checkout (the base's worktree); the head's own path by default. */
  inCheckout?: (file: string) => string
}

/**
 * The named build contexts for a checkout: a local folder resolved against
 * the working directory (as buildx does), then to the checkout's copy.
 */
export function checkoutContexts(
  contexts: Readonly<Record<string, string>>,
  inCheckout: (file: string) => string = file => file
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(contexts).map(([name, value]) => [
      name,
      isLocalContext(value) ? inCheckout(path.resolve(value)) : value
    ])
  )
}

/** Reads and plans a checkout's Dockerfile, with the errors a user can act on. */
export async function readCheckout(
  options: Options,
  side: Checkout['side'],
  paths: CheckoutPaths,
  plan: (dockerfile: ParsedDockerfile) => BuildPlan
): Promise<Checkout> {
  const { context: contextDir, dockerfile: dockerfilePath } = paths
  const isDirectory = await stat(contextDir).then(
    found => found.isDirectory(),
    () => false
  )
  if (!isDirectory) {
    throw new UserError(
      `${options.names.context}: ${options.context} is not a directory; give the build context's path`
    )
  }
  const text = await readFile(dockerfilePath, 'utf8').catch(() => {
    throw new UserError(
      `${options.names.file}: no Dockerfile at ${options.file}; give its path (default: <context>/Dockerfile)`
    )
  })
  const dockerfile = parseDockerfile(
    text,
    options.buildArgs,
    options.file,
    options.names.file
  )
  return {
    side,
    contextDir,
    dockerfilePath,
    buildContexts: checkoutContexts(
      options.build.controls.buildContexts,
      paths.inCheckout
    ),
    dockerfile,
    plan: plan(dockerfile)
  }
}

/** The commit measured, and the branch it is on; null in a repository with no commits yet. */
export async function headRef(git: Git): Promise<CommitRef | null> {
  const head = await git.head()
  if (!head) return null
  const branch = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'])
  return { sha: head.sha, ref: branch.ok ? branch.stdout.trim() : null }
}

/**
 * A path as the report shows it: relative to the working directory (the
 * repository, on a runner) with forward slashes; absolute when outside it.
 */
export function displayPath(given: string): string {
  const absolute = path.resolve(given)
  const relative = path.relative(process.cwd(), absolute)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute
  return relative.split(path.sep).join('/') || '.'
}
