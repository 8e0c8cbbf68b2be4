import { notADocumentReason } from '../extract/genre.ts'
import type { WorkerPool } from '../pipeline/worker-pool.ts'
import { CchcError } from '../schemas/errors.ts'
import type { Db } from '../store/db.ts'
import { recordFailure, saveDocument } from '../store/save-document.ts'
import { classifyError, type JobErrorInfo } from './errors.ts'
import type { IngestJobData, IngestResult } from './jobs.ts'
import { getBlob, knownDocument } from './uploads.ts'

export interface IngestDeps {
  readonly db: Db
  // Extraction runs in worker threads with time and memory limits, so a pathological file
  // fails alone instead of hanging the process that also renews the queue's job locks.
  readonly pool: WorkerPool
  // Set while shutting down: a file cut off by the pool closing is not a bad file.
  readonly stopping?: AbortSignal
}

// A failure that retrying cannot fix (a bad file). Queues fail the job at once.
export class PermanentJobError extends Error {
  readonly info: JobErrorInfo
  constructor(info: JobErrorInfo) {
    super(info.message)
    this.name = 'PermanentJobError'
    this.info = info
  }
}

// The one ingest step both queues run. Idempotent by content hash: a job run twice (a retry
// after a crash between commit and acknowledgement, a duplicate enqueue) stores the document
// once and reports the second run as a duplicate.
export async function processIngestJob(deps: IngestDeps, data: IngestJobData): Promise<IngestResult> {
  const known = await knownDocument(deps.db, data.sha256)
  if (known) return { status: 'duplicate', documentId: known.id }
  const bytes = await getBlob(deps.db, data.sha256)
  if (!bytes) throw new PermanentJobError({ code: 'read_failed', message: `no stored upload with SHA-256 ${data.sha256}`, transient: false })
  let record
  try {
    record = await deps.pool.extract(bytes.slice(), data.fileName) // the pool takes ownership of what it is given
  } catch (e) {
    const info = classifyError(e)
    if (info.transient || deps.stopping?.aborted) throw e
    // Kept in the store too, so `cchc stats` and the failures table tell the same story.
    await recordFailure(deps.db, data.sha256, data.fileName, info.code, info.message)
    throw new PermanentJobError(info)
  }
  // A README or a note uploaded with the documents: a failed upload with its reason, stored
  // nowhere (as `cchc import` reports it), and not retried (the queues give up at once).
  const notDocument = notADocumentReason(record)
  if (notDocument) throw new PermanentJobError({ code: 'not_a_document', message: `${new CchcError('not_a_document').message}: ${notDocument}`, transient: false })
  const out = await saveDocument(deps.db, record, bytes)
  return { status: out.status, documentId: out.documentId }
}

// For the last attempt of a transient failure: remember it in the store, best effort.
export async function recordFinalFailure(db: Db, data: IngestJobData, info: JobErrorInfo): Promise<void> {
  await recordFailure(db, data.sha256, data.fileName, info.code, info.message).catch(() => undefined)
}

export const isPermanent = (e: unknown): e is PermanentJobError => e instanceof PermanentJobError
export const errorInfoOf = (e: unknown): JobErrorInfo => (isPermanent(e) ? e.info : classifyError(e))
