import { notADocumentReason } from '../extract/genre.ts'
import type { WorkerPool } from '../pipeline/worker-pool.ts'
import { CchcError } from '../schemas/errors.ts'
import type { Db } from '../store/db.ts'
import { beginParse, endParse, unfinishedParses } from '../store/parse-attempts.ts'
import { recordFailure, saveDocument } from '../store/save-document.ts'
import { classifyError, type JobErrorInfo } from './errors.ts'
import type { IngestJobData, IngestResult } from './jobs.ts'
import { getBlob, knownDocument } from './uploads.ts'

// Parses of one upload that may die with their process before it counts as poison: one death
// can be bad luck (the machine's OOM killer, a deploy), two on the same file are the file.
export const MAX_UNFINISHED_PARSES = 2

export interface IngestDeps {
  readonly db: Db
  // Extraction runs in child processes with time and memory limits, so a pathological file
  // fails alone instead of hanging or killing the process that also renews the job locks.
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
  // Earlier attempts that began parsing and never came back: their process died with the file.
  const died = await unfinishedParses(deps.db, data.sha256)
  if (died >= MAX_UNFINISHED_PARSES) {
    const info = { code: 'parse_crashed', message: `${data.fileName}: the process parsing it died ${died} times`, transient: false }
    await recordFailure(deps.db, data.sha256, data.fileName, info.code, info.message)
    await endParse(deps.db, data.sha256)
    throw new PermanentJobError(info)
  }
  await beginParse(deps.db, data.sha256)
  let record
  try {
    record = await deps.pool.extract(bytes.slice(), data.fileName)
  } catch (e) {
    const info = classifyError(e)
    if (info.transient || deps.stopping?.aborted) { await endParse(deps.db, data.sha256).catch(() => undefined); throw e }
    // Kept in the store too, so `cchc stats` and the failures table tell the same story.
    await recordFailure(deps.db, data.sha256, data.fileName, info.code, info.message)
    await endParse(deps.db, data.sha256)
    throw new PermanentJobError(info)
  }
  await endParse(deps.db, data.sha256)
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
