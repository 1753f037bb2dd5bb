import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { messageOf } from '../core/errors.js'
import type {
  BaselineStore,
  ExpectedBaseline,
  StoreAnswer
} from '../core/stored-baseline.js'
import { mismatch } from '../core/stored-baseline.js'
import type { Report } from '../core/report.js'
import { withTempDir } from '../system/files.js'
import { extractZip } from '../system/zip.js'
import type { GitHubApi, RunArtifact } from './api.js'

/** The one file a stored report's artifact holds. */
const REPORT_FILE = 'stage-size-report.json'
/** Beside the report: its layers' file lists, named as the cache names them. */
const LISTS_DIR = 'files'
const LIST_NAME = /^sha256-([a-f0-9]{64})\.ndjson$/
/** A list's name in the zip: nothing else is extracted, and nothing outside files/. */
const LIST_PATH = /^files\/sha256-[a-f0-9]{64}\.ndjson$/

/** @actions/artifact, loaded only by the runs that store or read artifacts: it is most of the bundle. */
async function artifactClient() {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  return new DefaultArtifactClient()
}

/**
 * The reports stage-size's own runs uploaded as workflow artifacts: for a base
 * commit, the artifact of that name from a successful run whose head is that
 * commit, never "the newest artifact of that name" (a report of another
 * commit is not a baseline).
 */
export class ArtifactBaselines implements BaselineStore {
  constructor(
    private readonly github: GitHubApi,
    private readonly name: string,
    private readonly download: { token: string; owner: string; repo: string },
    private readonly reports: {
      /** Reads (and checks) the report a zip held; `shown` names it in messages. */
      read(file: string, shown: string): Promise<Report>
      /** Keeps a layer's file list the artifact holds, so the base's files can be compared. */
      keepFileList(digest: string, file: string): Promise<void>
    }
  ) {}

  async find(expected: ExpectedBaseline): Promise<StoreAnswer> {
    let runs
    try {
      runs = await this.github.successfulRuns(expected.sha)
    } catch (error) {
      return { missing: this.listingProblem(error) }
    }
    const reasons: string[] = []
    for (const run of runs.filter(candidate => candidate.headSha === expected.sha)) {
      const answer = await this.fromRun(run, expected)
      if ('found' in answer) return answer
      if (answer.missing) reasons.push(answer.missing)
    }
    if (reasons.length > 0) return { missing: reasons.join('; ') }
    return {
      missing: `no successful run of ${expected.sha.slice(0, 12)} uploaded an artifact named ${this.name} (did the workflow run on that commit, with upload-report?)`
    }
  }

  private async fromRun(
    run: { id: number; url: string },
    expected: ExpectedBaseline
  ): Promise<StoreAnswer> {
    let artifacts
    try {
      artifacts = await this.github.runArtifacts(run.id, this.name)
    } catch (error) {
      return { missing: this.listingProblem(error) }
    }
    if (artifacts.length === 0) return { missing: '' }
    const live = artifacts.find(artifact => !artifact.expired)
    if (!live)
      return { missing: `the artifact ${this.name} of run ${run.id} has expired` }
    try {
      const report = await this.read(live, run.id)
      const why = mismatch(report, expected)
      if (why)
        return {
          missing: `the report in run ${run.id}'s ${this.name} does not fit: ${why}`
        }
      return { found: { report, run: { id: run.id, url: run.url } } }
    } catch (error) {
      return {
        missing: `run ${run.id}'s artifact ${this.name} is not a stage-size report (${messageOf(error)})`
      }
    }
  }

  /**
   * Downloads an artifact's zip as it is (the zip endpoint redirects to
   * storage) and reads its report. Unzipped here, not by the artifact client,
   * which retries a damaged zip for half a minute though it cannot get better;
   * a zip that does not match the digest GitHub recorded is refused unread.
   */
  private async read(artifact: RunArtifact, runId: number) {
    return withTempDir('stage-size-artifact-', async dir => {
      const zipDir = path.join(dir, 'zip')
      const client = await artifactClient()
      const { digestMismatch } = await client.downloadArtifact(artifact.id, {
        path: zipDir,
        skipDecompress: true,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        findBy: {
          token: this.download.token,
          workflowRunId: runId,
          repositoryOwner: this.download.owner,
          repositoryName: this.download.repo
        }
      })
      if (digestMismatch)
        throw new Error(
          `its zip does not match the digest GitHub recorded (${artifact.digest})`
        )
      const [zip] = await readdir(zipDir)
      const lists = path.join(dir, LISTS_DIR)
      await mkdir(lists)
      const written = await extractZip(path.join(zipDir, zip), name =>
        name === REPORT_FILE
          ? path.join(dir, REPORT_FILE)
          : LIST_PATH.test(name)
            ? path.join(lists, path.basename(name))
            : null
      )
      if (!written.includes(path.join(dir, REPORT_FILE)))
        throw new Error(`it holds no ${REPORT_FILE}`)
      const report = await this.reports.read(path.join(dir, REPORT_FILE), REPORT_FILE)
      await this.keepFileLists(lists)
      return report
    })
  }

  private async keepFileLists(dir: string): Promise<void> {
    for (const name of await readdir(dir)) {
      const digest = name.match(LIST_NAME)
      if (digest)
        await this.reports.keepFileList(`sha256:${digest[1]}`, path.join(dir, name))
    }
  }

  private listingProblem(error: unknown): string {
    const status = (error as { status?: number }).status
    if (status === 403) {
      return "the token cannot read this repository's workflow artifacts (403): give the workflow permissions: actions: read"
    }
    return `GitHub did not list the base commit's runs (${messageOf(error)})`
  }
}

/**
 * Uploads the report as a workflow artifact, stage-size-report.json, with its
 * layers' file lists in files/ (so a pull request can compare files without
 * building its base), for later pull requests to compare with.
 */
export async function uploadReport(
  reportPath: string,
  name: string,
  retentionDays: number | null,
  fileLists: readonly string[],
  /** What a list's text must hide (a path may hold a build-arg value): anyone can download an artifact. */
  hide: (text: string) => string
): Promise<{ id: number | undefined }> {
  return withTempDir('stage-size-upload-', async dir => {
    const file = path.join(dir, REPORT_FILE)
    await copyFile(reportPath, file)
    const lists = await copyInto(path.join(dir, LISTS_DIR), fileLists, hide)
    const client = await artifactClient()
    const { id } = await client.uploadArtifact(name, [file, ...lists], dir, {
      ...(retentionDays ? { retentionDays } : {})
    })
    return { id }
  })
}

async function copyInto(
  dir: string,
  files: readonly string[],
  hide: (text: string) => string
): Promise<string[]> {
  if (files.length === 0) return []
  await mkdir(dir, { recursive: true })
  return Promise.all(
    files.map(async file => {
      const copy = path.join(dir, path.basename(file))
      await writeFile(copy, hide(await readFile(file, 'utf8')))
      return copy
    })
  )
}
