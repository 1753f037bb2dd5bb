import type { ParsedDockerfile } from '../core/dockerfile.js'
import type { BuildSettings } from '../core/options/options.js'
import {
  buildOrder,
  exportsGzip,
  measuresCompressed,
  type BuildPlan,
  type PlannedStage
} from '../core/plan.js'

/** One stage as the image it is built, tagged, measured and exported as. */
export interface StageImage {
  stage: PlannedStage
  /** The full image name to build the stage as. */
  tag: string
  /** Whether its compressed size is wanted (and reported). */
  compressed: boolean
  /**
   * Whether it is exported gzip, every layer as a registry stores it
   * (existing gzip blobs kept, others compressed once): where its compressed
   * size is wanted, or where a stage whose compressed size is wanted is built
   * on it (see exportsGzip);
   * else its new layers are exported uncompressed, which costs no compression.
   */
  gzip: boolean
  /** With the OCI delivery: the OCI layout folder it is exported into (one per stage). */
  ociDir?: string
  /** Its target's entry in bake's metadata file, filled in once built (its provenance names the FROM images' digests). */
  metadata?: unknown
}

/** How built images reach the measurer (see BuildJob.delivery). */
export type Delivery = 'load' | 'push' | 'oci'

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
export function outputOf(delivery: Delivery, image: StageImage): string {
  // BuildKit takes compression as a hint and reuses whatever blob a layer has
  // unless forced. Forced to gzip where the compressed size is measured (a
  // layer an earlier build exported uncompressed would stay so); a hint
  // elsewhere: a layer the target (or the job's own build) already holds
  // gzipped is that blob, measured once, not a second, uncompressed one to
  // write, send and read.
  const compression = image.gzip
    ? 'compression=gzip,force-compression=true'
    : 'compression=uncompressed'
  switch (delivery) {
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
