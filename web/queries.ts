import type { Db } from '../store/db.ts'
import { textKey } from '../store/keys.ts'
import { listAgencies as listAgencyIndex, listDeficiencies } from '../store/queries/index.ts'
import type { AgencyGrid, AgencySummary, CellFinding, CitedDocument, CriterionSuggestion, GridRow } from './types.ts'

// Read queries the page needs beyond the API's own (store/queries): filter choices, the
// agency grid and its cells, cited-document links, criterion suggestions.
const YEAR = 'COALESCE(d.assessment_year, d.doc_year)'
const LIVE = 'f.superseded_at IS NULL AND d.rendition_of IS NULL'
const ROW_KEY = `CASE WHEN f.concept_id IS NOT NULL THEN 'c' || f.concept_id ELSE 'k' || COALESCE(f.code, f.title_key, f.finding_key) END`

export interface FacetsResult { provinces: string[]; years: number[]; kinds: string[]; agencies: { id: number; name: string; province: string | null }[] }

export async function facets(db: Db): Promise<FacetsResult> {
  const col = async <T>(sql: string) => (await db.query<{ v: T }>(sql)).map((r) => r.v)
  return {
    provinces: await col<string>('SELECT DISTINCT province AS v FROM documents WHERE province IS NOT NULL AND rendition_of IS NULL ORDER BY 1'),
    years: (await col<number>(`SELECT DISTINCT ${YEAR} AS v FROM documents d WHERE ${YEAR} IS NOT NULL AND rendition_of IS NULL ORDER BY 1`)).map(Number),
    kinds: await col<string>('SELECT DISTINCT kind AS v FROM documents WHERE rendition_of IS NULL ORDER BY 1'),
    agencies: await db.query('SELECT id, name, province FROM agencies ORDER BY name, province'),
  }
}

export async function listAgencies(db: Db): Promise<AgencySummary[]> {
  return db.query<AgencySummary>(`
    SELECT a.id, a.name, a.province, count(DISTINCT d.id)::int AS documents, count(f.id)::int AS findings,
      min(${YEAR}) AS "firstYear", max(${YEAR}) AS "lastYear"
    FROM agencies a LEFT JOIN documents d ON d.agency_id = a.id AND d.rendition_of IS NULL
    LEFT JOIN findings f ON f.document_id = d.id AND f.superseded_at IS NULL
    GROUP BY a.id, a.name, a.province ORDER BY a.name, a.province`)
}

export async function agencyGrid(db: Db, agencyId: number): Promise<AgencyGrid | null> {
  const [agency] = await db.query<AgencyGrid['agency']>('SELECT id, name, province FROM agencies WHERE id = $1', [agencyId])
  if (!agency) return null
  const years = (await db.query<{ y: number }>(`SELECT DISTINCT ${YEAR} AS y FROM documents d
    WHERE d.agency_id = $1 AND d.rendition_of IS NULL AND ${YEAR} IS NOT NULL ORDER BY 1`, [agencyId])).map((r) => Number(r.y))
  const cells = await db.query<{ key: string; conceptId: number | null; label: string | null; codes: string[] | null; year: number; deducted: number | null; n: number; status: string | null }>(`
    SELECT ${ROW_KEY} AS key, f.concept_id AS "conceptId", COALESCE(max(cr.label), max(f.title)) AS label,
      array_agg(DISTINCT f.code) FILTER (WHERE f.code IS NOT NULL) AS codes, ${YEAR} AS year,
      sum(f.deducted) AS deducted, count(*)::int AS n,
      (array_agg(f.status ORDER BY d.doc_date DESC NULLS LAST) FILTER (WHERE f.status <> 'unknown'))[1] AS status
    FROM findings f JOIN documents d ON d.id = f.document_id LEFT JOIN criteria cr ON cr.id = f.concept_id
    WHERE d.agency_id = $1 AND ${LIVE} AND ${YEAR} IS NOT NULL
    GROUP BY 1, 2, 5`, [agencyId])
  // Recurring / unresolved come from the store's deficiency rule, so the grid and
  // `cchc deficiencies` never disagree; findings without a concept get the same rule here.
  const flags = new Map((await listDeficiencies(db, { agency: agency.name })).filter((r) => r.agencyId === agencyId).map((r) => [`c${r.conceptId}`, r]))
  const rows = new Map<string, GridRow>()
  for (const c of cells) {
    const row = rows.get(c.key) ?? { key: c.key, conceptId: c.conceptId, label: c.label ?? '', codes: [], cells: [], recurring: false, unresolved: false, latestStatus: null }
    rows.set(c.key, row)
    row.codes = [...new Set([...row.codes, ...(c.codes ?? [])])]
    row.cells.push({ year: Number(c.year), deducted: c.deducted === null ? null : Number(c.deducted), count: c.n })
    if (c.status && Number(c.year) >= Math.max(...row.cells.map((x) => x.year))) row.latestStatus = c.status
  }
  const latest = years[years.length - 1]
  for (const row of rows.values()) {
    row.cells.sort((a, b) => a.year - b.year)
    const f = flags.get(row.key)
    // A loss counts once per year: the store's value (the most authoritative statement), not a
    // sum over the documents that restate it.
    for (const cell of row.cells) {
      const y = f?.byYear.find((b) => b.year === cell.year)
      if (y) cell.deducted = y.deducted
    }
    const lossYears = row.cells.map((c) => c.year)
    row.recurring = f ? f.recurring : lossYears.length >= 2
    row.unresolved = f ? f.unresolved : (row.recurring && lossYears[lossYears.length - 1] === latest) || row.latestStatus === 'not_done'
    row.latestStatus = f?.latestStatus ?? row.latestStatus
  }
  // By code in numeric order (1.10 after 1.9); rows without a code after them, by title.
  const order = (a: GridRow, b: GridRow) => (!a.codes[0] || !b.codes[0] ? Number(!a.codes[0]) - Number(!b.codes[0])
    : a.codes[0].localeCompare(b.codes[0], 'en', { numeric: true })) || a.label.localeCompare(b.label, 'vi')
  const index = (await listAgencyIndex(db, { province: agency.province ?? undefined })).find((a) => a.id === agencyId)?.index ?? []
  return { agency, years, rows: [...rows.values()].sort(order), index }
}

const PAD = 160
export async function cellFindings(db: Db, agencyId: number, key: string, year: number): Promise<CellFinding[]> {
  const concept = /^c(\d+)$/.exec(key)
  const rows = await db.query<Omit<CellFinding, 'before' | 'evidence' | 'after'>>(`
    SELECT f.id AS "findingId", d.id AS "documentId", d.number, d.file_name AS "fileName", ${YEAR} AS year, f.code, f.title,
      f.deducted, f.max, f.achieved, f.reason, f.status, f.span_start AS "spanStart", f.span_end AS "spanEnd"
    FROM findings f JOIN documents d ON d.id = f.document_id
    WHERE d.agency_id = $1 AND ${YEAR} = $2 AND ${LIVE}
      AND ${concept ? 'f.concept_id = $3::int' : `f.concept_id IS NULL AND COALESCE(f.code, f.title_key, f.finding_key) = $3`}
    ORDER BY d.doc_date NULLS LAST, d.id, f.id LIMIT 200`, [agencyId, year, concept ? concept[1] : key.slice(1)])
  // Texts once per document; the slices are taken in JavaScript because spans count UTF-16 units.
  const ids = [...new Set(rows.map((r) => r.documentId))]
  const texts = new Map((ids.length ? await db.query<{ id: number; text: string }>('SELECT id, text FROM documents WHERE id = ANY($1::int[])', [ids]) : []).map((t) => [t.id, t.text]))
  return rows.map((r) => {
    const t = texts.get(r.documentId) ?? '', s = r.spanStart ?? 0, e = r.spanEnd ?? 0
    return { ...r, year: r.year === null ? null : Number(r.year), before: e > s ? t.slice(Math.max(0, s - PAD), s) : '', evidence: t.slice(s, e), after: e > s ? t.slice(e, e + PAD) : '' }
  })
}

// A cited number links to a stored document with that number (and the cited date, when both have one).
export async function citedDocuments(db: Db, documentId: number): Promise<CitedDocument[]> {
  return db.query<CitedDocument>(`
    SELECT r.number, r.span_start AS "spanStart",
      (SELECT d.id FROM documents d WHERE upper(d.number) = r.number_key AND d.rendition_of IS NULL AND d.id <> r.document_id
         AND (r.ref_date IS NULL OR d.doc_date IS NULL OR d.doc_date = r.ref_date) ORDER BY d.id LIMIT 1) AS "documentId"
    FROM doc_references r WHERE r.document_id = $1 ORDER BY r.id`, [documentId])
}

export async function suggestCriteria(db: Db, q: string, limit = 20): Promise<CriterionSuggestion[]> {
  const code = /^\s*(?:tctp|tc|tieu chi|tiêu chí)?\s*(\d[\d.]*)\s*$/iu.exec(q)?.[1] ?? null
  const words = code ? '' : textKey(q)
  if (!code && !words) return []
  return db.query<CriterionSuggestion>(`
    SELECT c.id, c.label, COALESCE(array_agg(DISTINCT v.code) FILTER (WHERE v.code <> ''), '{}') AS codes
    FROM criteria c LEFT JOIN criterion_variants v ON v.concept_id = c.id
    WHERE c.superseded_at IS NULL AND c.id IN (
      SELECT c2.id FROM criteria c2 WHERE $1::text <> '' AND c2.label_key LIKE '%' || $1 || '%'
      UNION SELECT v2.concept_id FROM criterion_variants v2 WHERE ($2::text IS NOT NULL AND v2.code LIKE $2 || '%') OR ($1::text <> '' AND v2.title_key LIKE '%' || $1 || '%'))
    GROUP BY c.id, c.label ORDER BY c.id LIMIT ${Math.max(1, Math.min(100, limit))}`, [words, code])
}
