import * as z from 'zod'
import { KindSchema } from '../../schemas/record.ts'
import { textKey } from '../keys.ts'

// Messages a person can act on: the CLI prints them after the flag's name, the API in its 400.
// PostgreSQL refuses a NUL byte in a parameter (a 500 if it got that far), and no other control
// character belongs in a name or a code either.
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters')
export const count = (max: number) => z.coerce.number({ error: 'must be a number' }).int('must be a whole number')
  .min(1, 'must be at least 1').max(max, `must be at most ${max}`)
// OFFSET is a bigint: anything near its range is a mistake, not a page.
export const offset = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more')
  .max(10_000_000, 'must be at most 10000000')

// Filters shared by the CLI, the HTTP API and the web page; validated where they enter.
export const FindingFilterSchema = z.object({
  criterion: text(200).optional(),
  agency: text(200).optional(),
  province: text(100).optional(),
  year: z.coerce.number({ error: 'must be a year such as 2021' }).int('must be a year such as 2021')
    .min(1990, 'must be 1990 or later').max(2100, 'must be 2100 or earlier').optional(),
  kind: z.enum(KindSchema.options, { error: `must be one of ${KindSchema.options.join(', ')}` }).optional(),
  limit: count(100_000).default(100),
  offset: offset.default(0),
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
