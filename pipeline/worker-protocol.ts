import { CchcError, ERROR_CODES, isCchcError, type ErrorCode } from '../schemas/errors.ts'
import type { ExtractionRecord } from '../schemas/record.ts'
import type { PipelineOptions } from './options.ts'

// Messages between the pool (main thread) and an extract worker. Only plain data crosses:
// class instances lose their prototype in structured clone, so errors travel as fields.

export interface WorkerTask {
  readonly id: number
  readonly bytes: Uint8Array
  readonly fileName: string
  readonly options: PipelineOptions
}

export interface SerializedError {
  readonly code: ErrorCode
  readonly message: string
  readonly transient: boolean
}

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly record: ExtractionRecord }
  | { readonly type: 'failed'; readonly id: number; readonly error: SerializedError }
  // pages of a long parse (OCR of a scan) done so far
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }

// A non-catalogue throw inside a parser is a bug, reported as a crash of that file only.
export function serializeError(e: unknown): SerializedError {
  if (isCchcError(e) && e.code in ERROR_CODES) return { code: e.code, message: e.message, transient: e.transient }
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  const crash = new CchcError('parse_crashed', detail)
  return { code: crash.code, message: crash.message, transient: false }
}

// Rebuilds the worker's error with the very same code and message on this side.
export function reviveError(s: SerializedError): CchcError {
  const error = new CchcError(s.code, undefined, { transient: s.transient })
  error.message = s.message
  return error
}
