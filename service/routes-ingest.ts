import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Db } from '../store/db.ts'
import type { Access } from './auth.ts'
import { HttpError, publicError } from './errors.ts'
import { ErrorSchema, JobIdParams, JobListSchema, JobSchema, JobsQuery, UploadResponseSchema } from './http-schemas.ts'
import { shaOfJobId, type IngestQueue, type JobView } from './jobs.ts'
import { acceptUpload, type UploadLimits } from './upload.ts'
import { clearFailure, pendingUploads, uploadState } from './uploads.ts'

export interface ApiDeps {
  readonly db: Db
  readonly queue: IngestQueue
  readonly limits: UploadLimits
  readonly guard: (access: Access) => (req: FastifyRequest) => Promise<void>
}

const shown = (v: JobView): JobView => (v.error ? { ...v, error: publicError(v.error) } : v)

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema, 503: ErrorSchema }
const bearer = [{ bearer: [] }]

// When the queue no longer has the job (finished and trimmed, lost with Redis, or the embedded
// server restarted), the database still knows what became of the upload.
async function jobFromStore(db: Db, id: string): Promise<JobView | null> {
  const sha = shaOfJobId(id)
  const s = sha ? await uploadState(db, sha) : null
  if (!sha || !s) return null
  return { id, state: s.state, sha256: sha, fileName: s.fileName, attempts: 0,
    ...(s.error ? { error: s.error } : {}), ...(s.documentId !== undefined ? { result: { status: 'stored' as const, documentId: s.documentId } } : {}) }
}

export function ingestRoutes(app: FastifyInstance, d: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>()

  r.post('/documents', {
    onRequest: d.guard('upload'),
    schema: { summary: 'upload one or many files (multipart/form-data); one ingest job per new file', consumes: ['multipart/form-data'],
      security: bearer, response: { 202: UploadResponseSchema, ...errors } },
  }, async (req, reply) => reply.code(202).send({ files: await acceptUpload(req, d.db, d.queue, d.limits, req.log) }))

  r.get('/jobs/:id', {
    onRequest: d.guard('read'),
    schema: { summary: 'one ingest job: state, attempts, error', params: JobIdParams, security: bearer, response: { 200: JobSchema, ...errors } },
  }, async (req) => {
    const job = (await d.queue.get(req.params.id)) ?? (await jobFromStore(d.db, req.params.id))
    if (!job) throw new HttpError('not_found', `no job ${req.params.id}`)
    return shown(job)
  })

  r.get('/jobs', {
    onRequest: d.guard('read'),
    schema: { summary: 'jobs in one state (default: failed)', querystring: JobsQuery, security: bearer, response: { 200: JobListSchema, ...errors } },
  }, async (req) => {
    const { state, limit, offset } = req.query
    if (state !== 'pending') return { jobs: (await d.queue.list(state, limit, offset)).map(shown) }
    // Pending = stored upload, no outcome yet: only the database can say.
    const rows = (await pendingUploads(d.db, offset + limit)).slice(offset)
    return { jobs: await Promise.all(rows.map(async (p) => (await d.queue.get(`sha-${p.sha256}`)) ?? (await jobFromStore(d.db, `sha-${p.sha256}`))!)) }
  })

  r.post('/jobs/:id/retry', {
    onRequest: d.guard('upload'),
    schema: { summary: 'retry a failed job', params: JobIdParams, security: bearer, response: { 200: JobSchema, ...errors } },
  }, async (req) => {
    const id = req.params.id
    const retried = await d.queue.retry(id)
    if (retried) return shown(retried)
    if (retried === false) throw new HttpError('conflict', `job ${id} has not failed`)
    const stored = await jobFromStore(d.db, id)
    if (!stored) throw new HttpError('not_found', `no job ${id}`)
    if (stored.state !== 'failed') throw new HttpError('conflict', `job ${id} has not failed`)
    await clearFailure(d.db, stored.sha256)
    await d.queue.enqueue({ sha256: stored.sha256, fileName: stored.fileName }, { retryFailed: true })
    return (await d.queue.get(id)) ?? { ...stored, state: 'waiting' as const, error: undefined }
  })
}
