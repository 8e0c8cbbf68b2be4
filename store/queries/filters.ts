import { z } from 'zod'
import { textKey } from '../keys.ts'

// A filter's text: PostgreSQL refuses a NUL byte in a parameter (a 500 if it got that far), and
// no other control character belongs in a name or a code either.
export const filterText = (max: number) =>
  z.string().trim().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters').optional()
// OFFSET is a bigint: anything near its range is a mistake, not a page.
export const filterOffset = z.coerce.number().int().min(0).max(10_000_000).default(0)

// Filters shared by the CLI, the HTTP API and the web page; validated where they enter.
export const FindingFilterSchema = z.object({
  criterion: filterText(200),
  agency: filterText(200),
  province: filterText(100),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: filterText(40),
  limit: z.coerce.number().int().min(1).max(100_000).default(100),
  offset: filterOffset,
})
export type FindingFilter = z.input<typeof FindingFilterSchema>

const CODE_RE = /^(?:tctp|tc|tiêu chí|tieu chi)?\s*(\d{1,2}(?:\s?\.\s?\d{1,2}){0,4})\.?$/iu

// Builds the WHERE clause for a filter; `p` collects the parameters ($1 …).
export function findingWhere(f: z.output<typeof FindingFilterSchema>, p: unknown[]): string {
  const where = ['f.superseded_at IS NULL', 'd.rendition_of IS NULL']
  const add = (v: unknown) => { p.push(v); return `$${p.length}` }
  if (f.criterion) {
    // Both branches go through indexes (finding code, concept), never a scan of all findings.
    const code = CODE_RE.exec(f.criterion.normalize('NFC').trim())
    if (code) {
      const c = add(code[1].replace(/\s/g, ''))
      where.push(`f.id IN (SELECT id FROM findings WHERE code = ${c}
        UNION SELECT id FROM findings WHERE concept_id IN (SELECT concept_id FROM criterion_variants WHERE code = ${c}))`)
    } else {
      const q = add(textKey(f.criterion))
      // Every finding's folded title is a variant of its concept, so matching the (small) variant
      // and concept tables and then following the concept index finds them without a scan.
      // As an array, not `IN (subquery)`: with the subquery the server's planner scanned all
      // 100,000 findings; with the array it reads the matching ones through the concept index.
      where.push(`f.concept_id = ANY (ARRAY(SELECT concept_id FROM criterion_variants WHERE title_key LIKE '%' || ${q} || '%'
        UNION SELECT id FROM criteria WHERE label_key LIKE '%' || ${q} || '%'))`)
    }
  }
  if (f.agency) {
    const a = add(textKey(f.agency))
    where.push(`(a.name_key LIKE '%' || ${a} || '%' OR EXISTS (SELECT 1 FROM agency_aliases al WHERE al.agency_id = a.id AND al.alias_key IN (${a}, 'code:' || ${a})))`)
  }
  if (f.province) where.push(`unaccent(lower(COALESCE(a.province, d.province))) = unaccent(lower(${add(f.province)}))`)
  if (f.year !== undefined) where.push(`COALESCE(d.assessment_year, d.doc_year) = ${add(f.year)}`)
  if (f.kind) where.push(`d.kind = ${add(f.kind)}`)
  return where.join(' AND ')
}
