import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { linkFinding } from './criterion-link.ts'
import { textKey } from './keys.ts'

// Departments and districts are scored on different criteria sets: a code means different things in each.
export function schemeOf(issuer: string): string {
  const k = textKey(issuer)
  return /^so\b/.test(k) ? 'so' : /^uy ban nhan dan (huyen|quan|thi xa|thanh pho)\b/.test(k) ? 'huyen' : ''
}

export const findingKey = (f: { code: string | null; title: string | null }): string =>
  f.code ?? `t:${textKey(f.title ?? '').slice(0, 120)}`

// Writes a record's findings, scores, actions, references and warnings for one document.
// Findings are updated in place by key and never deleted: one a newer extraction no longer
// produces is marked superseded, so history and user links survive re-extraction.
// `store` is the long-lived handle (the transaction wrapper is new each time): caches key on it.
export async function writeDerived(tx: Db, documentId: number, r: ExtractionRecord, store: object): Promise<void> {
  const year = r.assessmentYear ?? r.date?.year ?? null
  const scheme = schemeOf(r.issuer?.name ?? '')
  const seen = new Set<string>()
  for (const f of r.findings) {
    const key = findingKey(f)
    if (seen.has(key)) continue
    seen.add(key)
    const link = await linkFinding(tx, { code: f.code, title: f.title, year, sha256: r.source.sha256, findingKey: key, scheme }, store)
    await tx.query(
      `INSERT INTO findings (document_id, finding_key, code, level, title, title_key, area, max, achieved, deducted, reason, status,
         span_start, span_end, concept_id, link_confidence, link_method, superseded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,NULL)
       ON CONFLICT (document_id, finding_key) DO UPDATE SET code = EXCLUDED.code, level = EXCLUDED.level, title = EXCLUDED.title,
         title_key = EXCLUDED.title_key, area = EXCLUDED.area, max = EXCLUDED.max, achieved = EXCLUDED.achieved,
         deducted = EXCLUDED.deducted, reason = EXCLUDED.reason, status = EXCLUDED.status, span_start = EXCLUDED.span_start,
         span_end = EXCLUDED.span_end, superseded_at = NULL,
         concept_id = CASE WHEN findings.link_method = 'user' THEN findings.concept_id ELSE EXCLUDED.concept_id END,
         link_confidence = CASE WHEN findings.link_method = 'user' THEN findings.link_confidence ELSE EXCLUDED.link_confidence END,
         link_method = CASE WHEN findings.link_method = 'user' THEN 'user' ELSE EXCLUDED.link_method END`,
      [documentId, key, f.code, f.level, f.title, f.title ? textKey(f.title) : null, f.area, f.max, f.achieved, f.deducted, f.reason,
        f.status, f.span[0], f.span[1], link.conceptId, link.confidence, link.method])
  }
  await tx.query('UPDATE findings SET superseded_at = now() WHERE document_id = $1 AND superseded_at IS NULL AND NOT (finding_key = ANY($2::text[]))',
    [documentId, [...seen]])
  for (const t of ['scores', 'actions', 'doc_references', 'doc_warnings']) await tx.query(`DELETE FROM ${t} WHERE document_id = $1`, [documentId])
  for (const s of r.scores) await tx.query(
    `INSERT INTO scores (document_id, scope, code, label, achieved, max, deducted, percent, rank, rank_of, year, span_start, span_end)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
    [documentId, s.scope, s.code, s.label, s.achieved, s.max, s.deducted, s.percent, s.rank, s.rankOf, s.year, s.span[0], s.span[1]])
  for (const a of r.actions) await tx.query(
    `INSERT INTO actions (document_id, code, title, owner, coordinator, result, requirement, deadline_raw, deadline, status, progress, span_start, span_end)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
    [documentId, a.code, a.title, a.owner, a.coordinator, a.result, a.requirement, a.deadline?.raw ?? null, a.deadline?.iso ?? null,
      a.status, a.progress, a.span[0], a.span[1]])
  for (const x of r.references) await tx.query(
    'INSERT INTO doc_references (document_id, kind, number, number_key, ref_date, raw, span_start, span_end) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)',
    [documentId, x.kind, x.number, x.number.toUpperCase(), x.date, x.raw, x.span[0], x.span[1]])
  for (const w of r.warnings) await tx.query(
    'INSERT INTO doc_warnings (document_id, code, message, span_start, span_end) VALUES ($1,$2,$3,$4,$5)',
    [documentId, w.code, w.message, w.span?.[0] ?? null, w.span?.[1] ?? null])
}
