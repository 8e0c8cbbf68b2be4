import { z } from 'zod'
import type { Db } from '../db.ts'
import { textKey } from '../keys.ts'

export const DeficiencyFilterSchema = z.object({
  agency: z.string().trim().min(1).max(200).optional(),
  province: z.string().trim().min(1).max(100).optional(),
  recurring: z.coerce.boolean().default(false),
  unresolved: z.coerce.boolean().default(false),
})
export type DeficiencyFilter = z.input<typeof DeficiencyFilterSchema>

export interface DeficiencyRow {
  agencyId: number; agency: string; province: string | null; conceptId: number; concept: string
  codes: string[]; years: number[]; lossCount: number; totalDeducted: number | null
  latestStatus: string | null; latestYear: number | null; recurring: boolean; unresolved: boolean
}

// Per agency and criterion concept: the assessment years in which it lost points, how often,
// and the latest reported remediation. Recurring = lost in ≥ 2 years; unresolved = recurring into
// the agency's latest assessment year, or reported not done.
export async function listDeficiencies(db: Db, filter: DeficiencyFilter): Promise<DeficiencyRow[]> {
  const f = DeficiencyFilterSchema.parse(filter)
  const p: unknown[] = []
  const where: string[] = []
  if (f.agency) {
    p.push(textKey(f.agency))
    where.push(`(a.name_key LIKE '%' || $${p.length} || '%' OR EXISTS (SELECT 1 FROM agency_aliases al WHERE al.agency_id = a.id AND al.alias_key IN ($${p.length}, 'code:' || $${p.length})))`)
  }
  if (f.province) { p.push(f.province); where.push(`unaccent(lower(a.province)) = unaccent(lower($${p.length}))`) }
  const rows = await db.query<Omit<DeficiencyRow, 'recurring' | 'unresolved'>>(`
    WITH lost AS (
      SELECT d.agency_id, f.concept_id, COALESCE(d.assessment_year, d.doc_year) AS year, f.code, f.deducted, f.status, d.doc_date
      FROM findings f JOIN documents d ON d.id = f.document_id
      WHERE f.superseded_at IS NULL AND d.rendition_of IS NULL AND d.agency_id IS NOT NULL AND f.concept_id IS NOT NULL
    ), latest AS (
      SELECT agency_id, max(COALESCE(assessment_year, doc_year)) AS latest_year FROM documents
      WHERE agency_id IS NOT NULL AND rendition_of IS NULL GROUP BY agency_id
    )
    SELECT a.id AS "agencyId", a.name AS agency, a.province, c.id AS "conceptId", c.label AS concept,
      array_agg(DISTINCT l.code) FILTER (WHERE l.code IS NOT NULL) AS codes,
      array_agg(DISTINCT l.year) FILTER (WHERE l.year IS NOT NULL) AS years,
      count(DISTINCT l.year)::int AS "lossCount", sum(l.deducted) AS "totalDeducted",
      (array_agg(l.status ORDER BY l.year DESC NULLS LAST, l.doc_date DESC NULLS LAST) FILTER (WHERE l.status <> 'unknown'))[1] AS "latestStatus",
      lt.latest_year AS "latestYear"
    FROM lost l JOIN agencies a ON a.id = l.agency_id JOIN criteria c ON c.id = l.concept_id JOIN latest lt ON lt.agency_id = l.agency_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    GROUP BY a.id, a.name, a.province, c.id, c.label, lt.latest_year
    ${f.recurring ? 'HAVING count(DISTINCT l.year) >= 2' : ''}
    ORDER BY a.name, "lossCount" DESC, c.label`, p)
  return rows.map((r) => {
    const years = [...(r.years ?? [])].map(Number).sort((x, y) => x - y)
    const recurring = years.length >= 2
    const unresolved = (recurring && years[years.length - 1] === r.latestYear) || r.latestStatus === 'not_done'
    return { ...r, codes: r.codes ?? [], years, recurring, unresolved }
  }).filter((r) => (!f.recurring || r.recurring) && (!f.unresolved || r.unresolved))
}
