import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { textKey } from './keys.ts'

// One agency, however a document names it: header "SỞ NGOẠI VỤ", body "Sở Ngoại vụ", number code
// "SNgV"; "UBND huyện Tịnh Biên" = "Ủy ban nhân dân huyện Tịnh Biên" — keyed within a province.
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

export async function resolveAgency(tx: Db, a: AgencyIdentity): Promise<number> {
  const keys = [a.nameKey, ...(a.code ? [`code:${textKey(a.code)}`] : [])]
  const found = await tx.query<{ id: number; name_rank: number; name_key: string }>(
    `SELECT ag.id, ag.name_rank, ag.name_key FROM agencies ag JOIN agency_aliases al ON al.agency_id = ag.id
     WHERE al.alias_key = ANY($1::text[]) AND ag.province IS NOT DISTINCT FROM $2
     ORDER BY (al.alias_key = $3) DESC, ag.id LIMIT 1`, [keys, a.province, a.nameKey])
  let id = found[0]?.id
  if (id === undefined) {
    // A district's documents often do not name their province: match the name in any province
    // when it is unambiguous, and give a province-less agency the province a later document names.
    const loose = await tx.query<{ id: number; province: string | null }>(
      `SELECT DISTINCT ag.id, ag.province FROM agencies ag JOIN agency_aliases al ON al.agency_id = ag.id
       WHERE al.alias_key = $1 AND ($2::text IS NULL OR ag.province IS NULL)`, [a.nameKey, a.province])
    if (loose.length === 1) {
      id = loose[0].id
      if (a.province && !loose[0].province) await tx.query('UPDATE agencies SET province = $2 WHERE id = $1', [id, a.province])
    }
  }
  if (id === undefined) {
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO agencies (province, name, name_key, code, name_rank) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (province, name_key) DO UPDATE SET code = COALESCE(agencies.code, EXCLUDED.code) RETURNING id`,
      [a.province, a.name, a.nameKey, a.code, a.nameRank])
    id = inserted[0].id
  } else if (!found[0] || (found[0].name_rank > a.nameRank && found[0].name_key === a.nameKey)) {
    // A better source for the display name (a .docx header over a transcription's body).
    await tx.query('UPDATE agencies SET name = $2, name_rank = $3 WHERE id = $1 AND name_rank > $3 AND name_key = $4', [id, a.name, a.nameRank, a.nameKey])
  }
  await tx.query('INSERT INTO agency_aliases (agency_id, alias_key) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [id, keys])
  return id
}
