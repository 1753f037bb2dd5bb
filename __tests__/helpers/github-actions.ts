import { example } from './github-openapi.js'
import { createHash } from 'node:crypto'
import type http from 'node:http'
// The results service's messages as @actions/artifact's generated client has them (protobuf-ts):
// the stand-in reads requests and writes answers with the very types the client uses.
// The package exports only its entry point, so its generated module is reached by path.
import {
  CreateArtifactRequest,
  CreateArtifactResponse,
  FinalizeArtifactRequest,
  FinalizeArtifactResponse
} from '../../node_modules/@actions/artifact/lib/generated/results/api/v1/artifact.js'

type Send = (status: number, data: unknown, headers?: Record<string, string>) => void

export interface StoredArtifact {
  id: number
  name: string
  expired: boolean
  /** The zip as uploaded to blob storage; null until the upload is finalized. */
  zip: Buffer | null
  /** The zip's sha256 as GitHub records it when the upload is committed (`sha256:…`). */
  digest: string | null
}

export interface StoredRun {
  id: number
  headSha: string
  conclusion: 'success' | 'failure'
  artifacts: StoredArtifact[]
  /** The run's backend ids, as the runtime token's scope names them. */
  backendId: string
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

/**
 * GitHub Actions as stage-size meets it, answering as GitHub documents:
 * workflow runs listed by head_sha and conclusion, a run's artifacts by name,
 * an artifact's zip as a 302 to a signed blob URL that takes no token; and the
 * upload protocol @actions/artifact speaks: the results service's twirp
 * CreateArtifact and FinalizeArtifact (with the runner's JWT in
 * ACTIONS_RUNTIME_TOKEN), and an Azure block-blob upload to the signed URL.
 */
export class FakeActions {
  readonly runs: StoredRun[] = []
  private readonly blocks = new Map<string, Map<string, Buffer>>()
  private nextId = 1

  constructor(private readonly url: string) {}

  /** A workflow run on `headSha`; its env is what the runner gives a step (the runtime token and results URL). */
  startRun(headSha: string, conclusion: StoredRun['conclusion'] = 'success') {
    const run: StoredRun = {
      id: 7_000_000 + this.nextId++,
      headSha,
      conclusion,
      artifacts: [],
      backendId: `run-${this.nextId}`
    }
    this.runs.push(run)
    const claims = {
      scp: `Actions.GenericRead Actions.Results:${run.backendId}:job-${run.id}`
    }
    const jwt = [{ alg: 'HS256', typ: 'JWT' }, claims]
      .map(part => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .concat('signature')
      .join('.')
    return {
      run,
      env: {
        ACTIONS_RUNTIME_TOKEN: jwt,
        ACTIONS_RESULTS_URL: `${this.url}/`,
        GITHUB_RUN_ID: String(run.id)
      }
    }
  }

  /** The REST endpoints; true when the request was one of them. */
  handle(
    method: string,
    url: URL,
    token: { canReadActions?: boolean },
    send: Send
  ): boolean {
    const forbidden = () =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/actions/workflow-runs',
        status: '403'
      })
    let match = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/runs$/)
    if (match && method === 'GET') {
      if (token.canReadActions === false) return (forbidden(), true)
      const sha = url.searchParams.get('head_sha')
      const status = url.searchParams.get('status')
      const runs = this.runs
        .filter(
          run => (!sha || run.headSha === sha) && (!status || run.conclusion === status)
        )
        .reverse()
      send(200, {
        total_count: runs.length,
        workflow_runs: runs.map(run => this.runJson(run))
      })
      return true
    }
    match = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/)
    if (match && method === 'GET') {
      if (token.canReadActions === false) return (forbidden(), true)
      const run = this.runs.find(candidate => candidate.id === Number(match?.[1]))
      const name = url.searchParams.get('name')
      const artifacts = (run?.artifacts ?? []).filter(
        artifact => artifact.zip && (!name || artifact.name === name)
      )
      send(200, {
        total_count: artifacts.length,
        artifacts: artifacts.map(artifact =>
          this.artifactJson(run as StoredRun, artifact)
        )
      })
      return true
    }
    match = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/)
    if (match && method === 'GET') {
      if (token.canReadActions === false) return (forbidden(), true)
      const artifact = this.artifact(Number(match[1]))
      if (!artifact || artifact.expired) {
        send(410, { message: 'Artifact has expired', status: '410' })
        return true
      }
      send(302, undefined, { location: this.blobUrl(artifact.id, 'r') })
      return true
    }
    return false
  }

  /** The results service and blob storage, which take no API token; true when handled. */
  handleUnauthenticated(
    method: string,
    url: URL,
    request: http.IncomingMessage,
    body: Buffer,
    response: http.ServerResponse
  ): boolean {
    if (url.pathname.startsWith(SERVICE) && method === 'POST') {
      this.twirp(url.pathname.slice(SERVICE.length), request, body, response)
      return true
    }
    const blob = url.pathname.match(/^\/devstoreaccount1\/artifacts\/(\d+)\.zip$/)
    if (!blob) return false
    this.blob(method, Number(blob[1]), url, body, response)
    return true
  }

  private twirp(
    method: string,
    request: http.IncomingMessage,
    body: Buffer,
    response: http.ServerResponse
  ) {
    const reply = (status: number, data: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(data))
    }
    const messages = {
      CreateArtifact: CreateArtifactRequest,
      FinalizeArtifact: FinalizeArtifactRequest
    }
    const type = messages[method as keyof typeof messages]
    if (!type) return reply(404, { code: 'bad_route', msg: `no method ${method}` })
    let message: CreateArtifactRequest | FinalizeArtifactRequest
    try {
      // Strict: a field the message type does not have is refused, as the service's decoder does.
      message = type.fromJson(JSON.parse(body.toString('utf8')))
    } catch (error) {
      return reply(400, {
        code: 'malformed',
        msg: `${method}: ${(error as Error).message}`
      })
    }
    const run = this.runOfToken(request.headers.authorization ?? '')
    if (!run || message.workflowRunBackendId !== run.backendId) {
      return reply(401, { code: 'unauthenticated', msg: 'invalid runtime token' })
    }
    // The service writes its JSON with the proto field names (signed_upload_url).
    const json = { useProtoFieldName: true }
    if (method === 'CreateArtifact') {
      const artifact = {
        id: this.nextId++,
        name: message.name,
        expired: false,
        zip: null,
        digest: null
      }
      run.artifacts.push(artifact)
      const answer = CreateArtifactResponse.create({
        ok: true,
        signedUploadUrl: this.blobUrl(artifact.id, 'w')
      })
      return reply(200, CreateArtifactResponse.toJson(answer, json))
    }
    const artifact = run.artifacts.find(candidate => candidate.name === message.name)
    if (!artifact || !artifact.zip)
      return reply(404, { code: 'not_found', msg: 'no upload' })
    const answer = FinalizeArtifactResponse.create({
      ok: true,
      artifactId: String(artifact.id)
    })
    return reply(200, FinalizeArtifactResponse.toJson(answer, json))
  }

  /** Azure blob storage: staged blocks, the committed block list, and reading the blob. */
  private blob(
    method: string,
    id: number,
    url: URL,
    body: Buffer,
    response: http.ServerResponse
  ) {
    const artifact = this.artifact(id)
    const done = (
      status: number,
      data?: Buffer,
      headers: Record<string, string> = {}
    ) => {
      response.writeHead(status, {
        'x-ms-request-id': `request-${id}`,
        'x-ms-version': '2025-05-05',
        date: new Date().toUTCString(),
        ...headers
      })
      response.end(data)
    }
    if (!artifact || !url.searchParams.get('sig')) return done(403)
    const comp = url.searchParams.get('comp')
    if (method === 'PUT' && comp === 'block') {
      const staged = this.blocks.get(String(id)) ?? new Map<string, Buffer>()
      staged.set(url.searchParams.get('blockid') ?? '', body)
      this.blocks.set(String(id), staged)
      return done(201, undefined, { 'x-ms-request-server-encrypted': 'true' })
    }
    if (method === 'PUT' && comp === 'blocklist') {
      const staged = this.blocks.get(String(id)) ?? new Map<string, Buffer>()
      const ids = [
        ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)
      ]
      artifact.zip = Buffer.concat(
        ids.map(match => staged.get(match[1]) ?? Buffer.alloc(0))
      )
      artifact.digest = `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`
      return done(201, undefined, {
        etag: `"0x${id}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true'
      })
    }
    if (method === 'GET' && artifact.zip) {
      return done(200, artifact.zip, {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length)
      })
    }
    done(404)
  }

  private runOfToken(authorization: string): StoredRun | undefined {
    const token = authorization.replace(/^bearer /i, '')
    try {
      const claims = JSON.parse(
        Buffer.from(token.split('.')[1], 'base64url').toString('utf8')
      )
      const backend = String(claims.scp).match(/Actions\.Results:([^:\s]+):/)?.[1]
      return this.runs.find(run => run.backendId === backend)
    } catch {
      return undefined
    }
  }

  private artifact(id: number): StoredArtifact | undefined {
    return this.runs.flatMap(run => run.artifacts).find(artifact => artifact.id === id)
  }

  private blobUrl(id: number, access: 'r' | 'w'): string {
    return `${this.url}/devstoreaccount1/artifacts/${id}.zip?sv=2025-05-05&sp=${access}&sig=signed`
  }

  /** A run as GitHub answers it: GitHub's own example, with this run's fields. */
  private runJson(run: StoredRun) {
    return {
      ...example('workflow-run'),
      id: run.id,
      name: 'image size',
      event: 'push',
      status: 'completed',
      conclusion: run.conclusion,
      head_sha: run.headSha,
      head_branch: 'main',
      html_url: `https://github.com/owner/repo/actions/runs/${run.id}`,
      run_attempt: 1
    }
  }

  private artifactJson(run: StoredRun, artifact: StoredArtifact) {
    return {
      ...example('artifact'),
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.zip?.length ?? 0,
      url: `https://api.github.com/repos/owner/repo/actions/artifacts/${artifact.id}`,
      archive_download_url: `https://api.github.com/repos/owner/repo/actions/artifacts/${artifact.id}/zip`,
      expired: artifact.expired,
      digest: artifact.digest,
      created_at: '2026-11-28T12:00:00Z',
      expires_at: '2027-02-26T12:00:00Z',
      updated_at: '2026-11-28T12:00:00Z',
      workflow_run: {
        id: run.id,
        repository_id: 1,
        head_repository_id: 1,
        head_branch: 'main',
        head_sha: run.headSha
      }
    }
  }
}
