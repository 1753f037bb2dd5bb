import type { ParsedDockerfile } from '../core/dockerfile.js'
import type { BuildSettings } from '../core/options/options.js'
import {
  buildOrder,
  exportsGzip,
  measuresCompressed,
  type BuildPlan
} from '../core/plan.js'
import type { BuildJob, StageImage } from './build.js'

/** The stages to build, in build order, each as the image it is tagged (`repository:stage`) and exported as. */
export function stageImages(
  plan: BuildPlan,
  dockerfile: ParsedDockerfile,
  settings: Pick<BuildSettings, 'compressedStages'>,
  repository: string
): StageImage[] {
  return buildOrder(plan, dockerfile.stages).map(stage => ({
    stage,
    tag: `${repository}:${stage.stage.name}`,
    compressed: measuresCompressed(stage, settings.compressedStages),
    gzip: exportsGzip(stage, plan, dockerfile.stages, settings.compressedStages)
  }))
}

/** Where BuildKit exports one stage's image, as `--output` (or bake's `output`) takes it. */
export function outputOf(job: BuildJob, image: StageImage): string {
  // BuildKit takes compression as a hint and reuses whatever blob a layer has
  // unless forced. Forced to gzip where the compressed size is measured (a
  // layer an earlier build exported uncompressed would stay so); a hint
  // elsewhere: a layer the target (or the job's own build) already holds
  // gzipped is that blob, measured once, not a second, uncompressed one to
  // write, send and read.
  const compression = image.gzip
    ? 'compression=gzip,force-compression=true'
    : 'compression=uncompressed'
  switch (job.delivery) {
    case 'push':
      return `type=image,name=${image.tag},push=true,store=false,registry.insecure=true,${compression}`
    case 'oci':
      // A folder, not a tar: BuildKit sends no blob whose file is already there.
      return `type=oci,tar=false,dest=${image.ociDir},${compression}`
    case 'load':
      // Into the engine's image store, whatever the builder's driver.
      return `type=docker,${compression}`
  }
}
