import { ERROR_CODES, isCchcError, type ErrorCode } from '../schemas/errors.ts'

// Codes the HTTP API adds to the pipeline's catalogue (schemas/errors.ts). Stable, like those.
export const HTTP_CODES = {
  invalid_request: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409,
  too_many_files: 413, request_too_large: 413, unavailable: 503, internal_error: 500,
} as const
export type HttpCode = keyof typeof HTTP_CODES

export class HttpError extends Error {
  readonly code: HttpCode
  readonly status: number
  constructor(code: HttpCode, message: string) {
    super(message)
    this.name = 'HttpError'
    this.code = code
    this.status = HTTP_CODES[code]
  }
}

// A client's bad file is the client's error (4xx); anything else the pipeline reports about a
// file at upload time is not expected there, so it is unprocessable rather than a server fault.
const STATUS_OF_CCHC: Partial<Record<ErrorCode, number>> = { empty_file: 400, file_too_large: 413, unsupported_format: 415, not_text: 415 }
export const statusOfCchc = (code: ErrorCode): number => STATUS_OF_CCHC[code] ?? 422

// Node and PostgreSQL signs that the database or Redis could not be reached: retrying can help.
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED'])
const TRANSIENT_SQLSTATE = /^(08|53|57|40)/ // connection, resources, operator intervention, serialization/deadlock

export interface JobErrorInfo { readonly code: string; readonly message: string; readonly transient: boolean }

// Sorts any error into what a queue needs: retry (transient) or give up at once (bad file).
// Unknown errors are retried: an outage looks like one more often than a bug does, and the
// attempt limit bounds the cost of being wrong.
export function classifyError(e: unknown): JobErrorInfo {
  if (isCchcError(e)) return { code: e.code, message: e.message, transient: e.transient }
  const err = e as { code?: unknown; message?: unknown } | null
  const code = typeof err?.code === 'string' ? err.code : ''
  const message = typeof err?.message === 'string' ? err.message : String(e)
  if (NET_CODES.has(code) || TRANSIENT_SQLSTATE.test(code) || /Connection terminated|connection timeout|Connection is closed|getaddrinfo/i.test(message))
    return { code: 'unavailable', message: `the database or queue is unreachable: ${message}`, transient: true }
  if (/^[0-9A-Z]{5}$/.test(code)) return { code: 'internal_error', message: `database error ${code}: ${message}`, transient: false }
  return { code: 'internal_error', message, transient: true }
}

// BullMQ keeps a failure as one string; "code: message" keeps the code recoverable from it.
export const encodeFailure = (info: { code: string; message: string }): string => `${info.code}: ${info.message}`
export function decodeFailure(reason: string | undefined | null): { code: string; message: string } | undefined {
  if (!reason) return undefined
  const m = /^([a-z_]+): ([\s\S]*)$/.exec(reason)
  return m && (m[1] in ERROR_CODES || m[1] in HTTP_CODES) ? { code: m[1], message: m[2] } : { code: 'internal_error', message: reason }
}

// Job errors shown over HTTP: a bad file's reason is for the client (it names the file and the
// problem); crash, outage and internal details (addresses, paths, SQL) stay in the worker's log
// and in `cchc jobs`, which operators run.
const PUBLIC_TEXT: Readonly<Record<string, string>> = {
  parse_crashed: ERROR_CODES.parse_crashed,
  unavailable: 'the database or queue was unreachable; the job is retried',
  internal_error: 'internal error while processing the file',
}
export function publicError(e: { code: string; message: string }): { code: string; message: string } {
  const text = PUBLIC_TEXT[e.code]
  return { code: e.code, message: text ?? e.message.replace(/(?:[A-Za-z]:)?(?:[\\/][^\\/\s:'"]+){2,}/g, '…') }
}
