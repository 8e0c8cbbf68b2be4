import { CchcError, isCchcError } from '../schemas/errors.ts'
import type { Db } from '../store/db.ts'
import { getBlob } from '../store/blobs.ts'
import { updateDocument } from '../store/save-document.ts'
import type { WorkerPool } from './worker-pool.ts'

export interface ReextractSummary { considered: number; updated: number; failed: { id: number; fileName: string; code: string; message: string }[] }

// Runs the current extractor over the stored original bytes and updates records in place
// (findings by key, user links kept). With onlyOlder, only records made by another version.
export async function reextractStored(db: Db, pool: WorkerPool, version: string, onlyOlder: boolean, onEach?: () => void): Promise<ReextractSummary> {
  const docs = await db.query<{ id: number; sha256: string; file_name: string }>(
    `SELECT id, sha256, file_name FROM documents ${onlyOlder ? 'WHERE extractor_version <> $1' : 'WHERE $1::text IS NOT NULL'} ORDER BY id`, [version])
  const summary: ReextractSummary = { considered: docs.length, updated: 0, failed: [] }
  let next = 0
  const lane = async () => {
    while (next < docs.length) {
      const d = docs[next++]
      try {
        const bytes = await getBlob(db, d.sha256)
        if (!bytes) throw new CchcError('read_failed', `original bytes of ${d.file_name} are not stored`)
        const record = await pool.extract(bytes, d.file_name)
        await updateDocument(db, d.id, record)
        summary.updated++
      } catch (e) {
        summary.failed.push({ id: d.id, fileName: d.file_name, code: isCchcError(e) ? e.code : 'parse_crashed', message: (e as Error).message })
      }
      onEach?.()
    }
  }
  await Promise.all(Array.from({ length: pool.size }, lane))
  return summary
}
