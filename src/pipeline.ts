import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseDockerfile } from './dockerfile.js'
import { Docker } from './docker.js'
import { UserError } from './errors.js'
import type { Log } from './log.js'
import type { MeasureOptions } from './options.js'
import { planBuild } from './plan.js'
import { buildReport, type Report } from './report.js'
import { MeasuringSession, type Checkout } from './session.js'

/** Builds and measures the chosen stages of the working tree's Dockerfile. */
export async function measureStages(options: MeasureOptions, log: Log): Promise<Report> {
  const checkout = await readCheckout(options)
  const engine = await Docker.engine()
  const session = await MeasuringSession.open(engine, log)
  try {
    const sizes = await session.measure(checkout, options)
    return buildReport({
      dockerfile: displayPath(options.file),
      context: displayPath(options.context),
      platform: options.platform,
      engine: {
        version: engine.version,
        imageStore: engine.imageStore,
        builder: engine.buildx ? 'buildkit' : 'classic'
      },
      plan: checkout.plan,
      allStages: checkout.dockerfile.stages,
      sizes
    })
  } finally {
    await session.close(options.keepImages)
  }
}

/** Reads and plans the Dockerfile, with the errors a user can act on. */
async function readCheckout(options: MeasureOptions): Promise<Checkout> {
  const contextDir = path.resolve(options.context)
  const isDirectory = await stat(contextDir).then(
    found => found.isDirectory(),
    () => false
  )
  if (!isDirectory) {
    throw new UserError(
      `context: ${options.context} is not a directory; give the build context's path`
    )
  }
  const dockerfilePath = path.resolve(options.file)
  const text = await readFile(dockerfilePath, 'utf8').catch(() => {
    throw new UserError(
      `file: no Dockerfile at ${options.file}; give its path (default: <context>/Dockerfile)`
    )
  })
  const dockerfile = parseDockerfile(text, options.buildArgs, options.file)
  const plan = planBuild(dockerfile, options, options.file)
  return { side: 'head', contextDir, dockerfilePath, dockerfile, plan }
}

/** A path as the report shows it: relative to the working directory, with forward slashes. */
function displayPath(given: string): string {
  return (
    path.relative(process.cwd(), path.resolve(given)).split(path.sep).join('/') || '.'
  )
}
