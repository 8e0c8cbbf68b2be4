import type { Db } from './db.ts'

// Content already stored, found by its SHA-256 before any parsing (import, upload, ingest job).
export async function knownDocument(db: Db, sha256: string): Promise<{ id: number; fileName: string } | null> {
  const rows = await db.query<{ id: number; file_name: string }>('SELECT id, file_name FROM documents WHERE sha256 = $1', [sha256])
  return rows[0] ? { id: rows[0].id, fileName: rows[0].file_name } : null
}

// The same bytes under another name: remembered as an alias (reported, never stored twice).
export async function addAlias(db: Db, documentId: number, fileName: string): Promise<void> {
  await db.query(`INSERT INTO document_names (document_id, file_name) SELECT $1, $2 WHERE NOT EXISTS
    (SELECT 1 FROM documents WHERE id = $1 AND file_name = $2) ON CONFLICT DO NOTHING`, [documentId, fileName])
}
