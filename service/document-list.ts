import type { Db } from '../store/db.ts'

export interface DocumentRow {
  id: number; sha256: string; fileName: string; format: string; kind: string; number: string | null; agency: string | null
  province: string | null; year: number | null; docDate: string | null; renditionOf: number | null; importedAt: string
}

// GET /documents: a page of stored documents, oldest first (stable under concurrent inserts).
// The store's query module has search, show and stats but no plain listing; this is that.
export async function listDocuments(db: Db, limit: number, offset: number): Promise<{ rows: DocumentRow[]; total: number }> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents')
  const rows = await db.query<DocumentRow>(
    `SELECT d.id, d.sha256, d.file_name AS "fileName", d.format, d.kind, d.number, a.name AS agency,
       COALESCE(a.province, d.province) AS province, COALESCE(d.assessment_year, d.doc_year) AS year, d.doc_date::text AS "docDate",
       d.rendition_of AS "renditionOf", to_char(d.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "importedAt"
     FROM documents d LEFT JOIN agencies a ON a.id = d.agency_id ORDER BY d.id LIMIT $1 OFFSET $2`, [limit, offset])
  return { rows, total: n }
}
