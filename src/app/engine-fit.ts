import { stat } from 'node:fs/promises'
import { assertEngineNeeds } from '../core/engine-needs.js'
import { UserError } from '../core/errors.js'
import type { Options } from '../core/options/options.js'
import { assertBuilderExists, type Engine } from '../engine/docker.js'

/** Refuses, before anything is built, what this engine and builder cannot do as asked. */
export async function assertEngineFits(options: Options, engine: Engine): Promise<void> {
  if (options.builder && engine.buildx) {
    await assertBuilderExists(options.builder, options.names.builder)
  }
  assertEngineNeeds(options, engine)
}

/** A secret file that is not there would fail the build late, as a stage's error. */
export async function assertSecretFilesExist(options: Options): Promise<void> {
  for (const secret of options.build.secrets) {
    if (!('file' in secret)) continue
    const found = await stat(secret.file).then(
      entry => entry.isFile(),
      () => false
    )
    if (!found)
      throw new UserError(
        `${options.names.secretFiles}: the file ${secret.file} (secret ${secret.id}) does not exist; give the path of the file that holds the secret, relative to the working directory`
      )
  }
}
