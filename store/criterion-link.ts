import type { Db } from './db.ts'
import { textKey, titleSimilarity } from './keys.ts'

// Links a finding to a criterion concept. Within one framework the code identifies it (with a
// title that agrees); across frameworks the title does ("Sáng kiến trong triển khai công tác CCHC
// được UBND tỉnh công nhận" ≈ "Sáng kiến về công tác CCHC"). Every link keeps its confidence.
export interface LinkInput { code: string | null; title: string | null; year: number | null; sha256: string; findingKey: string }
export interface Link { conceptId: number; confidence: number; method: 'user' | 'code' | 'title' | 'new' }

interface Variant { concept_id: number; code: string; title_key: string; title: string | null; first_year: number | null; last_year: number | null }

const TITLE_MATCH = 0.55
const CODE_TITLE_AGREE = 0.3

const yearGap = (v: Variant, y: number | null) =>
  y === null || v.first_year === null ? 0 : y < v.first_year ? v.first_year - y : y > (v.last_year ?? y) ? y - (v.last_year ?? y) : 0

export async function linkFinding(tx: Db, f: LinkInput): Promise<Link> {
  const override = await tx.query<{ concept_id: number }>('SELECT concept_id FROM link_overrides WHERE sha256 = $1 AND finding_key = $2', [f.sha256, f.findingKey])
  const titleKey = f.title ? textKey(f.title) : ''
  const code = f.code ?? ''
  let link: Link | null = override[0] ? { conceptId: override[0].concept_id, confidence: 1, method: 'user' } : null
  if (!link) {
    const variants = await tx.query<Variant>(
      `SELECT concept_id, code, title_key, title, first_year, last_year FROM criterion_variants
       WHERE code = $1 OR ($2 <> '' AND similarity(title_key, $2) > 0.2)`, [code, titleKey])
    const exact = variants.find((v) => v.code === code && v.title_key === titleKey)
    if (exact) link = { conceptId: exact.concept_id, confidence: 1, method: 'code' }
    const sameCode = variants.filter((v) => code && v.code === code)
      .map((v) => ({ v, sim: f.title && v.title ? titleSimilarity(f.title, v.title) : null }))
      .filter(({ v, sim }) => (sim === null ? yearGap(v, f.year) <= 2 : sim >= CODE_TITLE_AGREE))
      .sort((a, b) => (b.sim ?? 0.5) - (a.sim ?? 0.5))
    if (!link && sameCode[0]) link = { conceptId: sameCode[0].v.concept_id, confidence: 0.7 + 0.3 * (sameCode[0].sim ?? 0.3), method: 'code' }
    if (!link && f.title) {
      // Another code in the same framework year is another criterion, however alike the titles
      // ("Phòng làm việc của Bộ phận TN&TKQ" vs "Quy chế hoạt động của Bộ phận TN&TKQ").
      const sameFramework = new Set(variants.filter((v) => code && v.code && v.code !== code && yearGap(v, f.year) === 0 && f.year !== null)
        .map((v) => v.concept_id))
      const best = variants.filter((v) => v.title && !sameFramework.has(v.concept_id)).map((v) => ({ v, sim: titleSimilarity(f.title!, v.title!) }))
        .filter(({ v }) => !(code && v.code && v.code === code)).sort((a, b) => b.sim - a.sim)[0]
      if (best && best.sim >= TITLE_MATCH) link = { conceptId: best.v.concept_id, confidence: Math.round(best.sim * 100) / 100, method: 'title' }
    }
  }
  if (!link) {
    const label = f.title ?? `Tiêu chí ${code}`
    const [c] = await tx.query<{ id: number }>('INSERT INTO criteria (label, label_key) VALUES ($1, $2) RETURNING id', [label, textKey(label)])
    link = { conceptId: c.id, confidence: 1, method: 'new' }
  }
  await tx.query(
    `INSERT INTO criterion_variants (concept_id, code, title_key, title, first_year, last_year) VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (code, title_key) DO UPDATE SET
       first_year = LEAST(criterion_variants.first_year, EXCLUDED.first_year),
       last_year = GREATEST(criterion_variants.last_year, EXCLUDED.last_year)`,
    [link.conceptId, code, titleKey, f.title, f.year])
  return link
}
