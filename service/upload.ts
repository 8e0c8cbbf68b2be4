import type { FastifyBaseLogger, FastifyRequest } from 'fastify'
import { sha256Hex } from '../pipeline/extract-file.ts'
import { assertSize } from '../pipeline/size-guard.ts'
import { pickParser } from '../parsers/registry.ts'
import { guardZip } from '../parsers/zip-guard.ts'
import type { Db } from '../store/db.ts'
import { HttpError } from './errors.ts'
import { safeFileName } from './file-name.ts'
import { jobIdOf, type IngestQueue } from './jobs.ts'
import { withTimeout } from './redis.ts'
import { addAlias, knownDocument, putUpload } from './uploads.ts'

export interface UploadLimits { readonly maxBytes: number; readonly maxUnzippedBytes: number; readonly maxRequestBytes: number }
interface Incoming { readonly fileName: string; readonly bytes: Uint8Array }
export interface UploadOutcome { fileName: string; sha256: string; jobId: string | null; status: 'queued' | 'duplicate'; documentId?: number }

// Reads every file part (size and count limits are enforced by @fastify/multipart while
// streaming; the request total here). Other form fields are ignored.
async function readFiles(req: FastifyRequest, limits: UploadLimits): Promise<Incoming[]> {
  if (!req.isMultipart()) throw new HttpError('invalid_request', 'send the files as multipart/form-data')
  const files: Incoming[] = []
  let total = 0
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue
      const buf = await part.toBuffer()
      total += buf.byteLength
      if (total > limits.maxRequestBytes) throw new HttpError('request_too_large', `the files of one request may total at most ${limits.maxRequestBytes} bytes`)
      files.push({ fileName: safeFileName(part.filename), bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) })
    }
  } catch (e) {
    throw malformed(e)
  }
  if (files.length === 0) throw new HttpError('invalid_request', 'the request has no file part')
  return files
}

// Our own refusals and the plugin's limits (4xx with a status) pass through; whatever else the
// multipart parser throws (no boundary, a truncated part, garbage) is the body's fault.
function malformed(e: unknown): unknown {
  const status = (e as { statusCode?: unknown }).statusCode
  if (e instanceof HttpError || (typeof status === 'number' && status >= 400 && status < 500)) return e
  const detail = e instanceof Error ? e.message : String(e)
  return new HttpError('invalid_request', `malformed multipart body: ${detail.slice(0, 200)}`)
}

// The checks that are cheap and safe in the API process. The type is sniffed from the content
// (pickParser), never taken from the extension or Content-Type. A .docx package also gets the
// parser's own zip guard (directory readable, entries inflate within the decompression limits,
// streamed, nothing kept), so truncated packages and zip bombs are refused here. Damage only a
// full parse finds (a PDF whose objects are broken) fails the job, under GET /jobs?state=failed.
async function check(f: Incoming, limits: UploadLimits): Promise<void> {
  assertSize(f.bytes.byteLength, limits.maxBytes)
  const parser = pickParser(f.bytes, f.fileName)
  if (parser.format === 'docx') await guardZip(f.bytes, limits)
}

// POST /documents. All files are checked before any is stored, so a bad file rejects the whole
// request with nothing stored.
export async function acceptUpload(req: FastifyRequest, db: Db, queue: IngestQueue, limits: UploadLimits, log: FastifyBaseLogger): Promise<UploadOutcome[]> {
  const files = await readFiles(req, limits)
  for (const f of files) await check(f, limits)
  const checked = files.map((f) => ({ ...f, sha256: sha256Hex(f.bytes) }))
  const out: UploadOutcome[] = []
  for (const f of checked) {
    const doc = await knownDocument(db, f.sha256)
    if (doc) {
      await addAlias(db, doc.id, f.fileName)
      out.push({ fileName: f.fileName, sha256: f.sha256, jobId: null, status: 'duplicate', documentId: doc.id })
      continue
    }
    // Committed before queuing: if the queue is down now, a worker's reconcile pass queues it.
    await putUpload(db, f.sha256, f.bytes, f.fileName)
    try {
      await withTimeout(queue.enqueue({ sha256: f.sha256, fileName: f.fileName }, { retryFailed: true }), 3_000, 'enqueue')
    } catch (e) {
      log.warn({ sha256: f.sha256, err: (e as Error).message }, 'queue unavailable; the upload is stored and will be queued by reconcile')
    }
    out.push({ fileName: f.fileName, sha256: f.sha256, jobId: jobIdOf(f.sha256), status: 'queued' })
  }
  return out
}
