import * as z from 'zod'
import type { Db } from '../db.ts'
import { textKey } from '../keys.ts'
import { text } from './filters.ts'

export const AgencyFilterSchema = z.object({ province: text(100).optional() })
export type AgencyFilter = z.input<typeof AgencyFilterSchema>

// An agency's PAR index in one assessment year: from a document announcing many agencies'
// results (a ranking) or, failing one, the agency's own report of its result.
export interface IndexPoint { year: number; points: number | null; max: number | null; percent: number | null; rank: number | null; rankOf: number | null
  class: string | null; source: 'ranking' | 'own'; documentId: number }
export interface AgencyRow { id: number | null; name: string; province: string | null; documents: number; years: number[]; index: IndexPoint[] }

interface ScoreRow { label: string | null; achieved: number | null; max: number | null; percent: number | null; rank: number | null; rank_of: number | null
  class: string | null; year: number | null; scope: string; doc_id: number; agency_id: number | null; province: string | null; doc_date: string | null; sha256: string }

// Agencies with their assessment years and index series. Ranking entries name agencies as written
// ("Sở Tư pháp", "UBND huyện Tri Tôn"): they resolve within the ranking document's province by
// folded name; an agency named only in rankings (no document of its own) is listed by that name.
export async function listAgencies(db: Db, filter: AgencyFilter = {}): Promise<AgencyRow[]> {
  const f = AgencyFilterSchema.parse(filter)
  const agencies = await db.query<{ id: number; name: string; name_key: string; province: string | null; documents: number; years: number[] | null }>(`
    SELECT a.id, a.name, a.name_key, a.province, count(d.id)::int AS documents,
      array_agg(DISTINCT COALESCE(d.assessment_year, d.doc_year)) FILTER (WHERE COALESCE(d.assessment_year, d.doc_year) IS NOT NULL) AS years
    FROM agencies a JOIN documents d ON d.agency_id = a.id AND d.rendition_of IS NULL GROUP BY a.id ORDER BY a.name, a.province`)
  const scores = await db.query<ScoreRow>(`
    SELECT s.label, s.achieved, s.max, s.percent, s.rank, s.rank_of, s.class, COALESCE(s.year, d.assessment_year) AS year, s.scope,
      d.id AS doc_id, d.agency_id, d.province, d.doc_date::text AS doc_date, d.sha256
    FROM scores s JOIN documents d ON d.id = s.document_id
    WHERE d.rendition_of IS NULL AND (s.scope = 'ranking' OR (s.scope = 'overall' AND s.code IS NULL))`)
  const rows = new Map<string, AgencyRow>(agencies.map((a) => [`a${a.id}`, { id: a.id, name: a.name, province: a.province, documents: a.documents,
    years: (a.years ?? []).map(Number).sort((x, y) => x - y), index: [] }]))
  const resolve = (label: string, province: string | null): string => {
    const key = textKey(label)
    const hits = agencies.filter((a) => (province === null || a.province === province) && (a.name_key === key || a.name_key.endsWith(` ${key}`)))
    if (hits.length === 1) return `a${hits[0].id}`
    const id = `r${province ?? ''}|${key}`
    if (!rows.has(id)) rows.set(id, { id: null, name: label, province, documents: 0, years: [], index: [] })
    return id
  }
  // Per agency and year the published ranking wins over the agency's own report; then the latest.
  const best = new Map<string, { s: ScoreRow; rowId: string }>()
  const rank = (s: ScoreRow) => [s.scope === 'ranking' ? 1 : 0, s.doc_date ?? '', s.sha256].join('\u0000')
  for (const s of scores) {
    if (s.year === null) continue
    const rowId = s.scope === 'ranking' ? (s.label ? resolve(s.label, s.province) : null) : s.agency_id !== null ? `a${s.agency_id}` : null
    if (!rowId) continue
    const k = `${rowId}\u0000${s.year}`
    const cur = best.get(k)
    if (!cur || rank(s) > rank(cur.s)) best.set(k, { s, rowId })
  }
  for (const { s, rowId } of best.values()) {
    rows.get(rowId)!.index.push({ year: Number(s.year), points: s.achieved, max: s.max, percent: s.percent ?? (s.achieved !== null && s.max ? Math.round((s.achieved / s.max) * 10000) / 100 : null),
      rank: s.rank, rankOf: s.rank_of, class: s.class, source: s.scope === 'ranking' ? 'ranking' : 'own', documentId: s.doc_id })
  }
  const norm = (p: string | null) => (p ? textKey(p) : '')
  return [...rows.values()].filter((r) => !f.province || norm(r.province) === norm(f.province))
    .map((r) => ({ ...r, index: r.index.sort((a, b) => a.year - b.year), years: [...new Set([...r.years, ...r.index.map((i) => i.year)])].sort((a, b) => a - b) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || (a.province ?? '').localeCompare(b.province ?? '', 'vi'))
}
