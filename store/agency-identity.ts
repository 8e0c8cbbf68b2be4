import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { textKey } from './keys.ts'
import { markAgenciesStale } from './deficiency-summary.ts'

// One agency, however a document names it: header "SỞ NGOẠI VỤ", body "Sở Ngoại vụ";
// "UBND huyện Tịnh Biên" = "Ủy ban nhân dân huyện Tịnh Biên". Identity is the folded name (a
// district's name includes its unit type: "uy ban nhan dan huyen tinh bien") and the province
// (a district's from the gazetteer). A number code is an alias for searching, never identity:
// every district of a province numbers its documents "…/KH-UBND".
const GENERIC_CODES = new Set(['ubnd', 'hdnd', 'vp', 'tu', 'tw', 'cp', 'ttg'])
const SUB_UNIT_RE = /^(van phong|phong|thanh tra|trung tam|to|bo phan|chi cuc)\b/
const PARENT_RE = /^(so|uy ban nhan dan|ban|cuc)\b/

export interface AgencyIdentity { name: string; nameKey: string; code: string | null; province: string | null; nameRank: number }

// A name read from a Word or PDF header beats one read from a transcription's body.
const RANK: Record<string, number> = { docx: 0, pdf: 1, doc: 2, html: 3, md: 4, txt: 5 }

export function agencyOf(r: ExtractionRecord): AgencyIdentity | null {
  if (!r.issuer) return null
  let name = r.issuer.name
  const parent = r.issuer.parent
  // A unit of a department reports for its department: "Văn phòng - Thanh tra" of "Sở Ngoại vụ tỉnh Hà Tĩnh".
  if (parent && SUB_UNIT_RE.test(textKey(name)) && PARENT_RE.test(textKey(parent))) name = parent
  if (r.province) name = name.replace(new RegExp(`\\s+(tỉnh|thành phố)\\s+${r.province}$`, 'iu'), '')
  const code = r.number?.issuerCode?.split('-')[0] ?? null
  return { name, nameKey: textKey(name), code: code && !GENERIC_CODES.has(textKey(code)) ? code : null, province: r.province,
    nameRank: (RANK[r.source.format] ?? 9) + (r.number ? 0 : 10) }
}

interface DocIdentity { id: number; province: string | null; agency_name: string; agency_rank: number; agency_code: string | null; sha256: string }

// Files the documents (not renditions) that state one of `nameKeys` under their agencies, as a
// function of those documents only: a document naming its province is that province's agency; one
// naming none joins the only province its name is known in, else a province-less agency. The
// display name is the best-ranked source's; renditions follow their document; agencies left
// without a document are removed.
export async function assignAgencies(tx: Db, nameKeys: readonly (string | null)[]): Promise<void> {
  const keys = [...new Set(nameKeys.filter((k): k is string => !!k))]
  if (!keys.length) return
  const before = await tx.query<{ agency_id: number }>(
    'SELECT DISTINCT agency_id FROM documents WHERE agency_key = ANY($1::text[]) AND agency_id IS NOT NULL', [keys])
  const docs = await tx.query<DocIdentity & { agency_key: string }>(
    `SELECT id, province, agency_key, agency_name, agency_rank, agency_code, sha256 FROM documents
     WHERE agency_key = ANY($1::text[]) AND rendition_of IS NULL`, [keys])
  const groups = new Map<string, { province: string | null; nameKey: string; docs: DocIdentity[] }>()
  for (const key of keys) {
    const mine = docs.filter((d) => d.agency_key === key)
    const provinces = [...new Set(mine.map((d) => d.province).filter((p): p is string => p !== null))]
    for (const d of mine) {
      const province = d.province ?? (provinces.length === 1 ? provinces[0] : null)
      const id = `${province ?? ''}|${key}`
      const g = groups.get(id) ?? { province, nameKey: key, docs: [] }
      g.docs.push(d)
      groups.set(id, g)
    }
  }
  const touched = new Set(before.map((b) => b.agency_id))
  for (const g of groups.values()) {
    const best = [...g.docs].sort((a, b) => a.agency_rank - b.agency_rank || (a.agency_name < b.agency_name ? -1 : a.agency_name > b.agency_name ? 1 : 0))[0]
    const codes = new Map<string, number>()
    for (const d of g.docs) if (d.agency_code) codes.set(d.agency_code, (codes.get(d.agency_code) ?? 0) + 1)
    const code = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO agencies (province, name, name_key, code, name_rank) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (identity_key) DO UPDATE SET name = EXCLUDED.name, code = EXCLUDED.code, name_rank = EXCLUDED.name_rank RETURNING id`,
      [g.province, best.agency_name, g.nameKey, code, best.agency_rank])
    touched.add(row.id)
    await tx.query('UPDATE documents SET agency_id = $1 WHERE id = ANY($2::int[]) AND agency_id IS DISTINCT FROM $1', [row.id, g.docs.map((d) => d.id)])
  }
  await tx.query(`UPDATE documents r SET agency_id = o.agency_id FROM documents o
    WHERE r.rendition_of = o.id AND o.agency_key = ANY($1::text[]) AND r.agency_id IS DISTINCT FROM o.agency_id`, [keys])
  await refreshAliases(tx, [...touched])
  await markAgenciesStale(tx, [...touched])
  await tx.query('DELETE FROM agencies a WHERE a.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.agency_id = a.id)', [[...touched]])
}

// Search aliases: every folded name and number code its documents (renditions included) state.
async function refreshAliases(tx: Db, agencyIds: readonly number[]): Promise<void> {
  if (!agencyIds.length) return
  await tx.query('DELETE FROM agency_aliases WHERE agency_id = ANY($1::int[])', [agencyIds])
  await tx.query(`INSERT INTO agency_aliases (agency_id, alias_key)
    SELECT DISTINCT agency_id, agency_key FROM documents WHERE agency_id = ANY($1::int[]) AND agency_key IS NOT NULL
    UNION SELECT DISTINCT agency_id, 'code:' || lower(agency_code) FROM documents WHERE agency_id = ANY($1::int[]) AND agency_code IS NOT NULL
    ON CONFLICT DO NOTHING`, [agencyIds])
}
