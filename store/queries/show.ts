import type { ExtractionRecord } from '../../schemas/record.ts'
import type { Db } from '../db.ts'

export interface Passage { kind: 'finding' | 'score' | 'action' | 'reference' | 'warning'; label: string; start: number; end: number; excerpt: string }
export interface DocumentView {
  id: number; fileName: string; sha256: string; agency: string | null; renditionOf: number | null
  otherNames: string[]; record: ExtractionRecord; passages: Passage[]
}

const excerpt = (text: string, s: number, e: number, pad = 80) =>
  `${s > pad ? '…' : ''}${text.slice(Math.max(0, s - pad), s)}[${text.slice(s, e)}]${text.slice(e, e + pad)}${e + pad < text.length ? '…' : ''}`.replace(/\n/g, ' ')

// One document by id, content hash (prefix), file name or document number, with evidence passages.
export async function showDocument(db: Db, ref: string): Promise<DocumentView | null> {
  // A number beyond the id column's range is no id (it would fail the ::int cast): it is
  // looked up as a SHA-256 prefix or a name instead, and not found.
  const isId = /^\d{1,10}$/.test(ref) && Number(ref) <= 2_147_483_647
  const rows = await db.query<{ id: number; file_name: string; sha256: string; agency: string | null; rendition_of: number | null; record: ExtractionRecord | string; text: string }>(
    `SELECT d.id, d.file_name, d.sha256, a.name AS agency, d.rendition_of, d.record, d.text FROM documents d LEFT JOIN agencies a ON a.id = d.agency_id
     WHERE ${isId ? 'd.id = $1::int' : `d.sha256 LIKE $1 || '%' OR d.file_name = $1 OR d.number = $1`} ORDER BY d.id LIMIT 1`, [ref])
  const row = rows[0]
  if (!row) return null
  const record = { ...(typeof row.record === 'string' ? JSON.parse(row.record) : row.record), text: row.text } as ExtractionRecord
  const names = await db.query<{ file_name: string }>('SELECT file_name FROM document_names WHERE document_id = $1 ORDER BY file_name', [row.id])
  const t = record.text
  const passages: Passage[] = [
    ...record.findings.map((f) => ({ kind: 'finding' as const, label: f.code ?? f.title ?? '', start: f.span[0], end: f.span[1] })),
    ...record.scores.map((s) => ({ kind: 'score' as const, label: s.label ?? s.scope, start: s.span[0], end: s.span[1] })),
    ...record.actions.map((a) => ({ kind: 'action' as const, label: a.code ?? '', start: a.span[0], end: a.span[1] })),
    ...record.references.map((r) => ({ kind: 'reference' as const, label: r.number, start: r.span[0], end: r.span[1] })),
    ...record.warnings.filter((w) => w.span).map((w) => ({ kind: 'warning' as const, label: w.code, start: w.span![0], end: w.span![1] })),
  ].map((p) => ({ ...p, excerpt: excerpt(t, p.start, p.end) }))
  return { id: row.id, fileName: row.file_name, sha256: row.sha256, agency: row.agency, renditionOf: row.rendition_of,
    otherNames: names.map((n) => n.file_name), record, passages }
}
