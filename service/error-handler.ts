import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { isCchcError } from '../schemas/errors.ts'
import { classifyError, HttpError, statusOfCchc } from './errors.ts'

export interface ErrorBody { code: string; message: string }

// Fastify's and @fastify/multipart's own 4xx errors, under the API's stable codes.
const FASTIFY_CODES: Record<string, string> = {
  FST_REQ_FILE_TOO_LARGE: 'file_too_large', FST_FILES_LIMIT: 'too_many_files', FST_PARTS_LIMIT: 'too_many_files',
  FST_FIELDS_LIMIT: 'invalid_request', FST_ERR_CTP_BODY_TOO_LARGE: 'request_too_large',
}

// Every error becomes { code, message } with a status. Only messages written for clients are
// passed on (zod issues, our HttpError/CchcError, fastify's fixed 4xx texts); anything else is
// logged server-side and answered with a generic 500, so no stack, SQL or path leaks out.
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as { validationContext?: string }).validationContext ?? 'request'
    const issue = err.validation[0]
    return { status: 400, body: { code: 'invalid_request', message: `${where}${issue.instancePath === '/' ? '' : issue.instancePath}: ${issue.message}` } }
  }
  if (err instanceof HttpError) return { status: err.status, body: { code: err.code, message: err.message } }
  if (isCchcError(err)) {
    if (err.transient) return { status: 503, body: { code: 'unavailable', message: 'a backing service is unavailable; try again later' } }
    return { status: statusOfCchc(err.code), body: { code: err.code, message: err.message } }
  }
  const f = err as Partial<FastifyError>
  if (typeof f.statusCode === 'number' && f.statusCode >= 400 && f.statusCode < 500 && typeof f.message === 'string')
    return { status: f.statusCode, body: { code: FASTIFY_CODES[f.code ?? ''] ?? 'invalid_request', message: f.message } }
  if (classifyError(err).code === 'unavailable') return { status: 503, body: { code: 'unavailable', message: 'the database or queue is unreachable; try again later' } }
  return { status: 500, body: { code: 'internal_error', message: 'internal server error' } }
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toErrorResponse(err)
    if (status >= 500) req.log.error({ err }, 'request failed')
    if (status === 401) void reply.header('www-authenticate', 'Bearer')
    return reply.code(status).send(body)
  })
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0].slice(0, 200)}` }))
}
