import * as z from 'zod'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AgencyFilterSchema, listAgencies, listDeficiencies, searchFindings, showDocument, storeStats } from '../store/queries/index.ts'
import { listDocuments } from './document-list.ts'
import { HttpError } from './errors.ts'
import {
  AnyObject, DeficienciesQuery, DeficiencyListSchema, DocumentListSchema, DocumentParams, DocumentsQuery, ErrorSchema,
  FindingListSchema, FindingsQuery, HealthDownSchema, HealthSchema,
} from './http-schemas.ts'
import { withTimeout } from './redis.ts'
import type { ApiDeps } from './routes-ingest.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 503: ErrorSchema }
const bearer = [{ bearer: [] }]

// The auditors' side: the same query module the CLI uses (store/queries), behind read tokens.
export function readRoutes(app: FastifyInstance, d: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const read = d.guard('read')

  r.get('/documents', {
    onRequest: read, schema: { summary: 'stored documents, oldest first', querystring: DocumentsQuery, security: bearer, response: { 200: DocumentListSchema, ...errors } },
  }, async (req) => listDocuments(d.db, req.query.limit, req.query.offset))

  r.get('/documents/:id', {
    onRequest: read, schema: { summary: 'one document: record and evidence passages', params: DocumentParams, security: bearer, response: { 200: AnyObject, ...errors } },
  }, async (req) => {
    const view = await showDocument(d.db, req.params.id)
    if (!view) throw new HttpError('not_found', `no document ${req.params.id}`)
    return view as unknown as Record<string, unknown>
  })

  r.get('/findings', {
    onRequest: read, schema: { summary: 'findings by criterion (code or words, diacritics optional) and filters', querystring: FindingsQuery, security: bearer, response: { 200: FindingListSchema, ...errors } },
  }, async (req) => searchFindings(d.db, req.query) as unknown as Promise<{ rows: Record<string, unknown>[]; total: number }>)

  r.get('/deficiencies', {
    onRequest: read, schema: { summary: 'per agency and criterion: years that lost points, latest remediation', querystring: DeficienciesQuery, security: bearer, response: { 200: DeficiencyListSchema, ...errors } },
  }, async (req) => ({ rows: await listDeficiencies(d.db, req.query) as unknown as Record<string, unknown>[] }))

  r.get('/agencies/index', {
    onRequest: read, schema: { summary: 'agencies with their assessment years and PAR index series (rankings of many agencies included)',
      querystring: z.strictObject(AgencyFilterSchema.shape), security: bearer, response: { 200: DeficiencyListSchema, ...errors } },
  }, async (req) => ({ rows: await listAgencies(d.db, req.query) as unknown as Record<string, unknown>[] }))

  r.get('/stats', {
    onRequest: read, schema: { summary: 'what the store holds', security: bearer, response: { 200: AnyObject, ...errors } },
  }, async () => ({ ...(await storeStats(d.db)), queue: d.queue.kind }))

  // Open (no token): load balancers and orchestrators probe it. It says only up or down.
  r.get('/health', {
    schema: { summary: 'database and queue reachability', response: { 200: HealthSchema, 503: HealthDownSchema } },
  }, async (_req, reply) => {
    const [database, queue] = await Promise.all([
      withTimeout(d.db.query('SELECT 1'), 2_000, 'database ping').then(() => 'up' as const, () => 'down' as const),
      d.queue.ping().then((ok) => (ok ? 'up' as const : 'down' as const)),
    ])
    const body = { mode: d.queue.kind, database, queue }
    if (database === 'up' && queue === 'up') return reply.code(200).send({ status: 'ok', ...body })
    return reply.code(503).send({ status: 'unavailable', code: 'unavailable', message: `database ${database}, queue ${queue}`, ...body })
  })
}
