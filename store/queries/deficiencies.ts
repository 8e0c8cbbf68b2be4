import * as z from 'zod'
import type { Db } from '../db.ts'
import { refreshDerived } from '../refresh.ts'
import { textKey } from '../keys.ts'
import { count, offset, text } from './filters.ts'
import { queryJsonRows } from './json-rows.ts'

export const DeficiencyFilterSchema = z.object({
  agency: text(200).optional(),
  province: text(100).optional(),
  recurring: z.coerce.boolean().default(false),
  unresolved: z.coerce.boolean().default(false),
  limit: count(100_000).default(1000),
  offset: offset.default(0),
})
export type DeficiencyFilter = z.input<typeof DeficiencyFilterSchema>

export interface DeficiencyRow {
  agencyId: number; agency: string; province: string | null; conceptId: number; concept: string
  codes: string[]; years: number[]; lossCount: number; totalDeducted: number | null
  latestStatus: string | null; latestYear: number | null; recurring: boolean; unresolved: boolean
  // one loss per assessment year: the most authoritative statement's value, every document stating it
  byYear: YearLoss[]
}
export interface YearLoss {
  year: number | null; deducted: number | null; max: number | null; achieved: number | null; status: string | null
  documents: { id: number; number: string | null; kind: string; fileName: string; deducted: number | null }[]
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
  if (f.recurring) where.push('s.recurring')
  if (f.unresolved) where.push('s.unresolved')
  // Writes only mark agencies stale; their rows are brought up to date here, before reading.
  await refreshDerived(db)
  const rows = await queryJsonRows<DeficiencyRow>(db, `
    SELECT a.id AS "agencyId", a.name AS agency, a.province, c.id AS "conceptId", c.label AS concept, s.codes, s.years,
      s.loss_count AS "lossCount", s.total_deducted AS "totalDeducted", s.latest_status AS "latestStatus",
      s.latest_year AS "latestYear", s.recurring, s.unresolved, s.by_year AS "byYear"
    FROM deficiency_summary s JOIN agencies a ON a.id = s.agency_id JOIN criteria c ON c.id = s.concept_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, p, { orderBy: 'agency, "lossCount" DESC, concept', limit: f.limit, offset: f.offset })
  return rows.map((r) => ({ ...r, codes: [...(r.codes ?? [])].sort(), years: [...(r.years ?? [])].map(Number).sort((x, y) => x - y),
    byYear: typeof r.byYear === 'string' ? JSON.parse(r.byYear) as YearLoss[] : r.byYear ?? [] }))

}
