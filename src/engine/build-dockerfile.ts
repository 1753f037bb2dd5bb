import { copyFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BuildPlan } from '../core/plan.js'
import { withTempDir } from '../system/files.js'

/**
 * Runs `build` with the Dockerfile to build from: the user's own, or, when the
 * plan must target unnamed stages, a copy that names them (beside a copy of its
 * .dockerignore) in a temporary folder, removed afterwards. The user's file is
 * never modified.
 */
export async function withBuildDockerfile<T>(
  dockerfilePath: string,
  plan: BuildPlan,
  build: (dockerfilePath: string) => Promise<T>
): Promise<T> {
  const text = plan.namedCopy
  if (text === null) return build(dockerfilePath)
  return withTempDir('stage-size-dockerfile-', async dir => {
    const name = path.basename(dockerfilePath)
    await writeFile(path.join(dir, name), text)
    const ignore = `${dockerfilePath}.dockerignore`
    await copyFile(ignore, path.join(dir, `${name}.dockerignore`)).catch(() => undefined)
    return build(path.join(dir, name))
  })
}
