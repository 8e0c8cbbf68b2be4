import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { flushVariants, linkFinding, openLinkSession } from './criterion-link.ts'
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
// A document inserted in this same transaction (`fresh`) has no earlier rows to supersede or clear.
export async function writeDerived(tx: Db, documentId: number, r: ExtractionRecord, store: object, fresh = false): Promise<void> {
  const year = r.assessmentYear ?? r.date?.year ?? null
  const scheme = schemeOf(r.issuer?.name ?? '')
  const seen = new Set<string>()
  const overrides = new Map((await tx.query<{ finding_key: string; concept_id: number }>(
    'SELECT finding_key, concept_id FROM link_overrides WHERE sha256 = $1', [r.source.sha256])).map((o) => [o.finding_key, o.concept_id]))
  const rows: Array<Record<string, unknown> & { concept_id: number }> = []
  const session = await openLinkSession(tx, store, r.findings)
  for (const f of r.findings) {
    const key = findingKey(f)
    if (seen.has(key)) continue
    seen.add(key)
    const link = await linkFinding(tx, { code: f.code, title: f.title, year, scheme, override: overrides.get(key) ?? null }, session)
    rows.push({ finding_key: key, code: f.code, level: f.level, title: f.title, title_key: f.title ? textKey(f.title) : null, area: f.area,
      max: f.max, achieved: f.achieved, deducted: f.deducted, reason: f.reason, status: f.status, span_start: f.span[0], span_end: f.span[1],
      concept_id: link.conceptId, link_confidence: link.confidence, link_method: link.method })
  }
  await flushVariants(tx, session)
  // A concept merged after an earlier finding of this document linked to it: follow the merge.
  for (const row of rows) while (session.mergedInto.has(row.concept_id)) row.concept_id = session.mergedInto.get(row.concept_id)!
  // All findings in one statement; a user's link survives the update.
  if (rows.length) {
    await tx.query(
      `INSERT INTO findings (document_id, finding_key, code, level, title, title_key, area, max, achieved, deducted, reason, status,
         span_start, span_end, concept_id, link_confidence, link_method, superseded_at)
       SELECT $1, x.*, NULL FROM json_to_recordset($2::json) AS x(finding_key text, code text, level text, title text, title_key text,
         area text, max float8, achieved float8, deducted float8, reason text, status text, span_start int, span_end int, concept_id int,
         link_confidence real, link_method text)
       ON CONFLICT (document_id, finding_key) DO UPDATE SET code = EXCLUDED.code, level = EXCLUDED.level, title = EXCLUDED.title,
         title_key = EXCLUDED.title_key, area = EXCLUDED.area, max = EXCLUDED.max, achieved = EXCLUDED.achieved,
         deducted = EXCLUDED.deducted, reason = EXCLUDED.reason, status = EXCLUDED.status, span_start = EXCLUDED.span_start,
         span_end = EXCLUDED.span_end, superseded_at = NULL,
         concept_id = CASE WHEN findings.link_method = 'user' THEN findings.concept_id ELSE EXCLUDED.concept_id END,
         link_confidence = CASE WHEN findings.link_method = 'user' THEN findings.link_confidence ELSE EXCLUDED.link_confidence END,
         link_method = CASE WHEN findings.link_method = 'user' THEN 'user' ELSE EXCLUDED.link_method END`,
      [documentId, JSON.stringify(rows)])
  }
  if (!fresh) {
    await tx.query('UPDATE findings SET superseded_at = now() WHERE document_id = $1 AND superseded_at IS NULL AND NOT (finding_key = ANY($2::text[]))',
      [documentId, [...seen]])
    for (const t of ['scores', 'actions', 'doc_references', 'doc_warnings']) await tx.query(`DELETE FROM ${t} WHERE document_id = $1`, [documentId])
  }
  // The four tables in one statement (data-modifying CTEs); rows travel as JSON arrays.
  const json = (rows: unknown[]) => JSON.stringify(rows)
  await tx.query(`
    WITH s AS (
      INSERT INTO scores (document_id, scope, code, label, achieved, max, deducted, percent, rank, rank_of, year, span_start, span_end)
      SELECT $1, * FROM json_to_recordset($2::json) AS x(scope text, code text, label text, achieved float8, max float8, deducted float8,
        percent float8, rank int, rank_of int, year int, span_start int, span_end int)
    ), a AS (
      INSERT INTO actions (document_id, code, title, owner, coordinator, result, requirement, deadline_raw, deadline, status, progress, span_start, span_end)
      SELECT $1, * FROM json_to_recordset($3::json) AS x(code text, title text, owner text, coordinator text, result text, requirement text,
        deadline_raw text, deadline date, status text, progress text, span_start int, span_end int)
    ), r AS (
      INSERT INTO doc_references (document_id, kind, number, number_key, ref_date, raw, span_start, span_end)
      SELECT $1, * FROM json_to_recordset($4::json) AS x(kind text, number text, number_key text, ref_date date, raw text, span_start int, span_end int)
    )
    INSERT INTO doc_warnings (document_id, code, message, span_start, span_end)
    SELECT $1, * FROM json_to_recordset($5::json) AS x(code text, message text, span_start int, span_end int)`,
  [documentId,
    json(r.scores.map((x) => ({ scope: x.scope, code: x.code, label: x.label, achieved: x.achieved, max: x.max, deducted: x.deducted, percent: x.percent,
      rank: x.rank, rank_of: x.rankOf, year: x.year, span_start: x.span[0], span_end: x.span[1] }))),
    json(r.actions.map((a) => ({ code: a.code, title: a.title, owner: a.owner, coordinator: a.coordinator, result: a.result, requirement: a.requirement,
      deadline_raw: a.deadline?.raw ?? null, deadline: a.deadline?.iso ?? null, status: a.status, progress: a.progress, span_start: a.span[0], span_end: a.span[1] }))),
    json(r.references.map((x) => ({ kind: x.kind, number: x.number, number_key: x.number.toUpperCase(), ref_date: x.date, raw: x.raw, span_start: x.span[0], span_end: x.span[1] }))),
    json(r.warnings.map((w) => ({ code: w.code, message: w.message, span_start: w.span?.[0] ?? null, span_end: w.span?.[1] ?? null })))])
}
