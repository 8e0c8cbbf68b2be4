import type { Db } from '../store/db.ts'
import { putBlob } from '../store/blobs.ts'
export { getBlob } from '../store/blobs.ts'
export { addAlias, knownDocument } from '../store/known-documents.ts'

// The durable side of ingestion. An upload is committed to the database (the bytes in the
// content-addressed `blobs` table, the name in `service_uploads`) BEFORE a job is queued, so the
// database, not Redis, is the record of what is owed: an upload whose document and failure are
// both missing is still pending, and is queued again if the queue lost it (see reconcile.ts).
// The table is created by schemas/migrations/003-service-uploads.sql.

export async function putUpload(db: Db, sha256: string, bytes: Uint8Array, fileName: string): Promise<void> {
  await db.transaction(async (tx) => {
    await putBlob(tx, sha256, bytes)
    // A re-upload of a file that failed clears the failure, so it is pending again.
    await tx.query('DELETE FROM failures WHERE sha256 = $1', [sha256])
    await tx.query(`INSERT INTO service_uploads (sha256, file_name, size) VALUES ($1, $2, $3)
      ON CONFLICT (sha256) DO UPDATE SET file_name = EXCLUDED.file_name, uploaded_at = now()`, [sha256, fileName, bytes.byteLength])
  })
}

export interface PendingUpload { readonly sha256: string; readonly fileName: string }

// Uploads with neither a document nor a recorded failure: work still owed.
export async function pendingUploads(db: Db, limit: number): Promise<PendingUpload[]> {
  return db.query<PendingUpload>(`SELECT u.sha256, u.file_name AS "fileName" FROM service_uploads u
    WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = u.sha256)
      AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.sha256 = u.sha256)
    ORDER BY u.uploaded_at LIMIT $1`, [limit])
}

export interface UploadState {
  readonly state: 'completed' | 'failed' | 'pending'
  readonly fileName: string
  readonly documentId?: number
  readonly error?: { readonly code: string; readonly message: string }
}

// What the database alone knows about one content hash (used when the queue has no such job:
// it was removed after finishing, Redis lost it, or the embedded server restarted).
export async function uploadState(db: Db, sha256: string): Promise<UploadState | null> {
  const [r] = await db.query<{ upload_name: string | null; document_id: number | null; doc_name: string | null; fail_name: string | null; code: string | null; message: string | null }>(
    `SELECT u.file_name AS upload_name, d.id AS document_id, d.file_name AS doc_name, f.file_name AS fail_name, f.code, f.message
     FROM (SELECT $1::text AS sha) s LEFT JOIN service_uploads u ON u.sha256 = s.sha
       LEFT JOIN documents d ON d.sha256 = s.sha LEFT JOIN failures f ON f.sha256 = s.sha`, [sha256])
  const fileName = r?.upload_name ?? r?.doc_name ?? r?.fail_name
  if (!r || !fileName) return null
  if (r.document_id !== null) return { state: 'completed', fileName, documentId: r.document_id }
  if (r.code !== null) return { state: 'failed', fileName, error: { code: r.code, message: r.message ?? '' } }
  return { state: 'pending', fileName }
}

export async function clearFailure(db: Db, sha256: string): Promise<void> {
  await db.query('DELETE FROM failures WHERE sha256 = $1', [sha256])
}
