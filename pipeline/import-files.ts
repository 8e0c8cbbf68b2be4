import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { CchcError, isCchcError } from '../schemas/errors.ts'
import { notADocumentReason } from '../extract/index.ts'
import type { Db } from '../store/db.ts'
import { addAlias, knownDocument } from '../store/known-documents.ts'
import { refreshDerived } from '../store/refresh.ts'
import { recordFailure, saveDocument } from '../store/save-document.ts'
import type { WorkerPool } from './worker-pool.ts'

export type ImportEvent =
  | { type: 'stored'; file: string; documentId: number; renditionOf: number | null }
  | { type: 'duplicate'; file: string; documentId: number; existingName: string }
  | { type: 'failed'; file: string; code: string; message: string }
  // a README or a note among the documents: reported with the reason, stored nowhere
  | { type: 'not_a_document'; file: string; code: 'not_a_document'; message: string }

export interface ImportSummary {
  total: number; stored: number; duplicates: number; failed: number; interrupted: boolean; failures: ImportEvent[]
  notDocuments: ImportEvent[]
}

export interface ImportDeps {
  readonly db: Db
  readonly pool: WorkerPool
  readonly maxBytes: number
  readonly signal?: AbortSignal
  readonly onEvent?: (e: ImportEvent) => void
  // pages of a scan read by OCR so far
  readonly onPages?: (file: string, done: number, total: number) => void
}

async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer)
  return h.digest('hex')
}

// Imports files in parallel (extraction in worker threads), one transaction per document.
// Idempotent by content hash: a file already stored is a duplicate, found before any parsing,
// which also makes an interrupted import resumable by running it again.
async function importOne(path: string, deps: ImportDeps): Promise<ImportEvent> {
  const name = basename(path)
  let sha = ''
  try {
    const size = (await stat(path)).size
    if (size > deps.maxBytes) {
      sha = await hashFile(path)
      throw new CchcError('file_too_large', `${size} bytes > limit ${deps.maxBytes}`)
    }
    const bytes = new Uint8Array(await readFile(path))
    sha = createHash('sha256').update(bytes).digest('hex')
    const known = await knownDocument(deps.db, sha)
    if (known) {
      await addAlias(deps.db, known.id, name)
      return { type: 'duplicate', file: path, documentId: known.id, existingName: known.fileName }
    }
    const onPages = deps.onPages ? (done: number, total: number) => deps.onPages?.(path, done, total) : undefined
    const record = await deps.pool.extract(bytes.slice(), name, { onPages }) // the pool takes ownership of what it is given
    const notDocument = notADocumentReason(record)
    if (notDocument) return { type: 'not_a_document', file: path, code: 'not_a_document', message: `${new CchcError('not_a_document').message}: ${notDocument}` }
    const out = await saveDocument(deps.db, record, bytes)
    return out.status === 'stored'
      ? { type: 'stored', file: path, documentId: out.documentId, renditionOf: out.renditionOf }
      : { type: 'duplicate', file: path, documentId: out.documentId, existingName: out.existingName }
  } catch (e) {
    const code = isCchcError(e) ? e.code : 'read_failed'
    const message = e instanceof Error ? e.message : String(e)
    if (sha) await recordFailure(deps.db, sha, name, code, message).catch(() => undefined)
    return { type: 'failed', file: path, code, message }
  }
}

export async function importFiles(files: readonly string[], deps: ImportDeps): Promise<ImportSummary> {
  const summary: ImportSummary = { total: files.length, stored: 0, duplicates: 0, failed: 0, interrupted: false, failures: [], notDocuments: [] }
  let next = 0
  const lane = async () => {
    while (next < files.length) {
      if (deps.signal?.aborted) { summary.interrupted = true; return }
      const e = await importOne(files[next++], deps)
      if (e.type === 'stored') summary.stored++
      else if (e.type === 'duplicate') summary.duplicates++
      else if (e.type === 'not_a_document') summary.notDocuments.push(e)
      else { summary.failed++; summary.failures.push(e) }
      deps.onEvent?.(e)
    }
  }
  // one lane more than workers keeps every worker busy while the main thread writes
  await Promise.all(Array.from({ length: deps.pool.size + 1 }, lane))
  // Once per agency for the whole batch, not once per document (queries would do it otherwise).
  await refreshDerived(deps.db)
  return summary
}
