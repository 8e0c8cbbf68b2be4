import type { Db } from '../db.ts'
import { FindingFilterSchema, findingWhere, type FindingFilter } from './filters.ts'
import { queryJsonRows } from './json-rows.ts'
import { refreshDerived } from '../refresh.ts'

export interface FindingRow {
  findingId: number; documentId: number; agency: string | null; province: string | null; year: number | null
  docDate: string | null; kind: string; number: string | null; fileName: string; code: string | null; title: string | null
  max: number | null; achieved: number | null; deducted: number | null; reason: string | null; status: string
  conceptId: number | null; concept: string | null; linkConfidence: number | null; spanStart: number | null; spanEnd: number | null
}

export const FINDING_SELECT = `
  SELECT f.id AS "findingId", d.id AS "documentId", a.name AS agency, COALESCE(a.province, d.province) AS province,
         COALESCE(d.assessment_year, d.doc_year) AS year, d.doc_date::text AS "docDate", d.kind, d.number, d.file_name AS "fileName",
         f.code, f.title, f.max, f.achieved, f.deducted, f.reason, f.status, f.concept_id AS "conceptId", cr.label AS concept,
         f.link_confidence AS "linkConfidence", f.span_start AS "spanStart", f.span_end AS "spanEnd"
  FROM findings f JOIN documents d ON d.id = f.document_id
  LEFT JOIN agencies a ON a.id = d.agency_id LEFT JOIN criteria cr ON cr.id = f.concept_id`

// Findings by criterion (code across frameworks, or words without diacritics) and filters.
export async function searchFindings(db: Db, filter: FindingFilter): Promise<{ rows: FindingRow[]; total: number }> {
  const f = FindingFilterSchema.parse(filter)
  await refreshDerived(db)
  const p: unknown[] = []
  const where = findingWhere(f, p)
  // one pass: the page of rows and the total (a window count) together
  const rows = await queryJsonRows<FindingRow & { total: number }>(db,
    `${FINDING_SELECT.replace('SELECT f.id AS', 'SELECT count(*) OVER ()::int AS total, f.id AS')} WHERE ${where}`, p,
    { orderBy: 'agency NULLS LAST, year DESC NULLS LAST, code NULLS LAST, "findingId"', limit: f.limit, offset: f.offset })
  let total = rows[0]?.total ?? 0
  if (!rows.length && f.offset > 0) {
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM findings f JOIN documents d ON d.id = f.document_id
      LEFT JOIN agencies a ON a.id = d.agency_id LEFT JOIN criteria cr ON cr.id = f.concept_id WHERE ${where}`, p)
    total = n
  }
  return { rows: rows.map(({ total: _t, ...r }) => r), total }
}
