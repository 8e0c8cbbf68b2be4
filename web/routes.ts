import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { refreshDerived } from '../store/refresh.ts'
import * as z from 'zod'
import { renderExport } from '../app/export-findings.ts'
import type { Db } from '../store/db.ts'
import { FindingFilterSchema, searchFindings } from '../store/queries/index.ts'
import { agencyGrid, cellFindings, citedDocuments, facets, listAgencies, suggestCriteria } from './queries.ts'

export type DbSource = Db | (() => Db | Promise<Db>)
export type ReadGuard = (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>
// Fastify instances typed with a schema type provider differ only in generics the page does not use.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFastify = FastifyInstance<any, any, any, any, any>

const Id = z.object({ id: z.coerce.number().int().min(1).max(2 ** 31 - 1) })
const EXPORT_LIMIT = 100_000
const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const

function parse<T extends z.ZodType>(schema: T, value: unknown, reply: FastifyReply): z.output<T> | undefined {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  void reply.code(400).send({ code: 'invalid_request', message: `${issue.path.join('.') || 'query'}: ${issue.message}` })
  return undefined
}

// The page's own read endpoints. Same access rule as the API's reads: `guard` (the service's
// read-token check) runs before each; errors are { code, message } like the API's. Hidden from
// /openapi.json: they serve the page and may change with it.
export function registerWebRoutes(app: AnyFastify, db: DbSource, guard?: ReadGuard): void {
  // Writes only mark concepts and deficiency rows stale; a read brings them up to date first.
  const getDb = async () => { const d = typeof db === 'function' ? await db() : db; await refreshDerived(d); return d }
  const opts = { schema: { hide: true }, ...(guard ? { preHandler: guard } : {}) }
  const notFound = (reply: FastifyReply, what: string) => reply.code(404).send({ code: 'not_found', message: `no ${what}` })

  app.get('/facets', opts, async () => facets(await getDb()))
  app.get('/agencies', opts, async () => listAgencies(await getDb()))
  app.get('/agencies/:id/grid', opts, async (req, reply) => {
    const p = parse(Id, req.params, reply); if (!p) return reply
    return (await agencyGrid(await getDb(), p.id)) ?? notFound(reply, `agency ${p.id}`)
  })
  app.get('/agencies/:id/findings', opts, async (req, reply) => {
    const p = parse(Id, req.params, reply); if (!p) return reply
    const q = parse(z.object({ key: z.string().min(2).max(300), year: z.coerce.number().int().min(1990).max(2100) }), req.query, reply); if (!q) return reply
    return cellFindings(await getDb(), p.id, q.key, q.year)
  })
  app.get('/documents/:id/cited', opts, async (req, reply) => {
    const p = parse(Id, req.params, reply); if (!p) return reply
    return citedDocuments(await getDb(), p.id)
  })
  app.get('/criteria', opts, async (req, reply) => {
    const q = parse(z.object({ q: z.string().trim().max(200).default(''), limit: z.coerce.number().int().min(1).max(100).default(20) }), req.query, reply); if (!q) return reply
    return suggestCriteria(await getDb(), q.q, q.limit)
  })
  app.get('/export', opts, async (req, reply) => {
    const q = parse(FindingFilterSchema.omit({ limit: true, offset: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }), req.query, reply); if (!q) return reply
    const { format, ...filter } = q
    const { rows, total } = await searchFindings(await getDb(), { ...filter, limit: EXPORT_LIMIT, offset: 0 })
    return reply.header('Content-Type', MIME[format])
      .header('Content-Disposition', `attachment; filename="tieu-chi-bi-tru-diem.${format}"`)
      // More rows than one export holds: say so rather than silently cut the file.
      .header('X-Total-Count', String(total)).header('X-Truncated', String(total > rows.length))
      .send(await renderExport(rows, format))
  })
}
