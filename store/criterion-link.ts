import type { Db } from './db.ts'
import { markAgenciesOfConceptsStale } from './deficiency-summary.ts'
import { TermWeights, textKey, titleSimilarity } from './keys.ts'
import { variantIndexFor, type VariantIndex } from './variant-index.ts'
import { VariantCandidates, type Variant } from './variant-candidates.ts'

// Links a finding to a criterion concept. Within one framework the code identifies it (with a
// title that agrees); across frameworks the title does ("Sáng kiến trong triển khai công tác CCHC
// được UBND tỉnh công nhận" ≈ "Sáng kiến về công tác CCHC"). Every link keeps its confidence.
export interface LinkInput { code: string | null; title: string | null; year: number | null; scheme: string; override: number | null }
export interface Link { conceptId: number; confidence: number; method: 'user' | 'code' | 'title' | 'new' }

const TITLE_MATCH = 0.5
// Trigram similarity of folded titles above which a variant is a candidate at all.
const CANDIDATE_SIMILARITY = 0.2
// The same code in the same framework years needs little title agreement; across years the
// framework may have given the code to another criterion.
const CODE_TITLE_AGREE = { sameYears: 0.2, otherYears: 0.45 }

const yearGap = (v: Variant, y: number | null) =>
  y === null || v.first_year === null ? 0 : y < v.first_year ? v.first_year - y : y > (v.last_year ?? y) ? y - (v.last_year ?? y) : 0

// Word frequencies over the store's criterion titles, loaded once per store and kept current.
const WEIGHTS = new WeakMap<object, Promise<TermWeights>>()
async function weightsFor(tx: Db, root: object): Promise<TermWeights> {
  let w = WEIGHTS.get(root)
  if (!w) {
    w = tx.query<{ title: string }>('SELECT title FROM criterion_variants WHERE title IS NOT NULL').then((rows) => {
      const tw = new TermWeights()
      for (const r of rows) tw.add(r.title)
      return tw
    })
    WEIGHTS.set(root, w)
  }
  return w
}

// Folds concept `gone` into `keep`; the old concept is kept, marked superseded (history is never lost).
// Two concepts that both hold a different code in one framework year stay apart.
async function mergeConcepts(tx: Db, keep: number, gone: number): Promise<boolean> {
  const clash = await tx.query(
    `SELECT 1 FROM criterion_variants a JOIN criterion_variants b ON a.scheme = b.scheme AND a.code <> b.code
       AND a.first_year <= b.last_year AND b.first_year <= a.last_year
     WHERE a.concept_id = $1 AND b.concept_id = $2 LIMIT 1`, [keep, gone])
  if (clash.length) return false
  await tx.query('UPDATE criterion_variants SET concept_id = $1 WHERE concept_id = $2', [keep, gone])
  await tx.query(`UPDATE findings SET concept_id = $1, link_method = 'title' WHERE concept_id = $2 AND link_method <> 'user'`, [keep, gone])
  await tx.query('UPDATE criteria SET superseded_at = now() WHERE id = $1', [gone])
  await markAgenciesOfConceptsStale(tx, [keep])
  return true
}

// What linking one document's findings shares: word weights, the variant index, the candidate
// variants read once for the document, and the concepts merged so far (links already decided
// but not yet written follow them).
export interface LinkSession {
  readonly weights: TermWeights
  readonly index: VariantIndex
  readonly candidates: VariantCandidates
  readonly mergedInto: Map<number, number>
  // title key → similar variant keys when the session opened; keys written since are in `added`
  readonly similarAtStart: Map<string, string[]>
  readonly added: string[]
  // variant rows decided but not yet written (flushVariants writes them in one statement)
  readonly pending: Map<string, Variant>
}

const keyOf = (title: string | null): string => (title ? textKey(title) : '')

export async function openLinkSession(tx: Db, root: object, findings: readonly { code: string | null; title: string | null }[]): Promise<LinkSession> {
  const weights = await weightsFor(tx, root)
  const index = await variantIndexFor(tx, root)
  const similarAtStart = new Map<string, string[]>()
  for (const f of findings) {
    const k = keyOf(f.title)
    if (k && !similarAtStart.has(k)) similarAtStart.set(k, index.similarKeys(k, CANDIDATE_SIMILARITY))
  }
  const candidates = await VariantCandidates.read(tx, findings.map((f) => f.code ?? ''), [...similarAtStart.values()].flat())
  return { weights, index, candidates, mergedInto: new Map(), similarAtStart, added: [], pending: new Map() }
}

// Variant keys similar to `titleKey`: those known when the session opened plus those written since.
function similarKeys(session: LinkSession, titleKey: string): Set<string> {
  const { index, similarAtStart, added } = session
  const atStart = similarAtStart.get(titleKey) ?? index.similarKeys(titleKey, CANDIDATE_SIMILARITY)
  return new Set([...atStart, ...index.similarKeys(titleKey, CANDIDATE_SIMILARITY, added)])
}

export async function linkFinding(tx: Db, f: LinkInput, session: LinkSession): Promise<Link> {
  const { weights, index, candidates } = session
  const titleKey = keyOf(f.title)
  const code = f.code ?? ''
  let link: Link | null = f.override !== null ? { conceptId: f.override, confidence: 1, method: 'user' } : null
  if (!link) {
    const similar = titleKey ? similarKeys(session, titleKey) : new Set<string>()
    const variants = candidates.matching(code, similar)
    const exact = variants.find((v) => v.code === code && v.title_key === titleKey)
    if (exact) link = { conceptId: exact.concept_id, confidence: 1, method: 'code' }
    const sameCode = variants.filter((v) => code && v.code === code)
      .map((v) => ({ v, sim: f.title && v.title ? titleSimilarity(f.title, v.title, weights) : null }))
      .filter(({ v, sim }) => (sim === null ? yearGap(v, f.year) <= 2 : sim >= (yearGap(v, f.year) === 0 ? CODE_TITLE_AGREE.sameYears : CODE_TITLE_AGREE.otherYears)))
      .sort((a, b) => (b.sim ?? 0.5) - (a.sim ?? 0.5))
    if (!link && sameCode[0]) link = { conceptId: sameCode[0].v.concept_id, confidence: 0.7 + 0.3 * (sameCode[0].sim ?? 0.3), method: 'code' }
    if (!link && f.title) {
      // Another code in the same framework (same kind of agency, same years) is another criterion,
      // however alike the titles ("Phòng làm việc của Bộ phận TN&TKQ" vs "Quy chế hoạt động của Bộ phận TN&TKQ").
      const sameFramework = new Set(variants.filter((v) => code && v.code && v.code !== code && v.scheme === f.scheme && yearGap(v, f.year) === 0 && f.year !== null)
        .map((v) => v.concept_id))
      const best = variants.filter((v) => v.title && !sameFramework.has(v.concept_id)).map((v) => ({ v, sim: titleSimilarity(f.title!, v.title!, weights) }))
        .filter(({ v }) => !(code && v.code && v.code === code)).sort((a, b) => b.sim - a.sim)[0]
      if (best && best.sim >= TITLE_MATCH) {
        link = { conceptId: best.v.concept_id, confidence: Math.round(best.sim * 100) / 100, method: 'title' }
        // The new title bridges two concepts (a 2021 criterion matching both the departments' and
        // the districts' older criterion): they are one concept.
        const others = new Set(variants.filter((v) => v.title && v.concept_id !== best.v.concept_id && !sameFramework.has(v.concept_id)
          && !(code && v.code === code) && titleSimilarity(f.title!, v.title!, weights) >= TITLE_MATCH).map((v) => v.concept_id))
        if (others.size) await flushVariants(tx, session) // the merge checks and moves written variants
        for (const other of others) {
          if (!(await mergeConcepts(tx, best.v.concept_id, other))) continue
          session.mergedInto.set(other, best.v.concept_id)
          candidates.moveConcept(other, best.v.concept_id)
        }
      }
    }
  }
  if (!link) {
    const label = f.title ?? `Tiêu chí ${code}`
    const [c] = await tx.query<{ id: number }>('INSERT INTO criteria (label, label_key) VALUES ($1, $2) RETURNING id', [label, textKey(label)])
    link = { conceptId: c.id, confidence: 1, method: 'new' }
  }
  // The variant row this finding leaves, computed here as the upsert would: every stored row with
  // this code is among the candidates, so an existing (code, title) row is known. Existing rows
  // keep their concept and widen their years.
  const existing = candidates.get(code, titleKey)
  const minYear = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b))
  const maxYear = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))
  const row: Variant = existing
    ? { ...existing, first_year: minYear(existing.first_year, f.year), last_year: maxYear(existing.last_year, f.year) }
    : { concept_id: link.conceptId, code, title_key: titleKey, title: f.title, first_year: f.year, last_year: f.year, scheme: f.scheme }
  candidates.put(row)
  session.pending.set(`${code}\u0000${titleKey}`, row)
  if (!existing && f.title) weights.add(f.title)
  if (titleKey) { index.add(titleKey); session.added.push(titleKey) }
  return link
}

// Writes the session's pending variant rows in one statement.
export async function flushVariants(tx: Db, session: LinkSession): Promise<void> {
  if (session.pending.size === 0) return
  const rows = [...session.pending.values()]
  session.pending.clear()
  await tx.query(
    `INSERT INTO criterion_variants (concept_id, code, title_key, title, first_year, last_year, scheme)
     SELECT concept_id, code, title_key, title, first_year, last_year, scheme FROM json_to_recordset($1::json)
       AS x(concept_id int, code text, title_key text, title text, first_year int, last_year int, scheme text)
     ON CONFLICT (code, title_key) DO UPDATE SET
       first_year = LEAST(criterion_variants.first_year, EXCLUDED.first_year),
       last_year = GREATEST(criterion_variants.last_year, EXCLUDED.last_year)`, [JSON.stringify(rows)])
}
