import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { textKey } from './keys.ts'

// Departments and districts are scored on different criteria sets: a code means different things in each.
export function schemeOf(issuer: string): string {
  const k = textKey(issuer)
  return /^so\b/.test(k) ? 'so' : /^uy ban nhan dan (huyen|quan|thi xa|thanh pho)\b/.test(k) ? 'huyen' : ''
}

export const findingKey = (f: { code: string | null; title: string | null }): string =>
  f.code ?? `t:${textKey(f.title ?? '').slice(0, 120)}`

// The variant key of a finding: its code and folded title, as criterion_variants stores them.
export const variantKey = (code: string | null, title: string | null): string => `${code ?? ''}\u0001${title ? textKey(title) : ''}`

// Writes a record's findings, scores, actions, references and warnings for one document.
// Findings are updated in place by key and never deleted: one a newer extraction no longer
// produces is marked superseded, so history and user links survive re-extraction.
// A finding's concept is its variant's (code + folded title); new variants get theirs when the
// concepts are next recomputed from all variants (store/relink-concepts.ts), which this write
// asks for. A document inserted in this same transaction (`fresh`) has no earlier rows to clear.
export async function writeDerived(tx: Db, documentId: number, r: ExtractionRecord, fresh = false): Promise<void> {
  const year = r.assessmentYear ?? r.date?.year ?? null
  const scheme = schemeOf(r.issuer?.name ?? '')
  const seen = new Set<string>()
  const rows: Array<Record<string, unknown>> = []
  for (const f of r.findings) {
    const key = findingKey(f)
    if (seen.has(key)) continue
    seen.add(key)
    rows.push({ finding_key: key, code: f.code, level: f.level, title: f.title, title_key: f.title ? textKey(f.title) : null, area: f.area,
      max: f.max, achieved: f.achieved, deducted: f.deducted, reason: f.reason, status: f.status, span_start: f.span[0], span_end: f.span[1] })
  }
  if (rows.length) {
    // The variants this document states (years widened), and which of them it states apart.
    await tx.query(`
      INSERT INTO criterion_variants (code, title_key, title, first_year, last_year, scheme, reasons)
      SELECT DISTINCT ON (code, title_key) code, title_key, title, $2::int, $2::int, $3, ARRAY_REMOVE(ARRAY[reason], NULL)
      FROM json_to_recordset($1::json) AS x(code text, title_key text, title text, reason text)
      ON CONFLICT (code, title_key) DO UPDATE SET
        reasons = ARRAY(SELECT DISTINCT r FROM unnest(criterion_variants.reasons || EXCLUDED.reasons) r ORDER BY r LIMIT 20),
        first_year = LEAST(criterion_variants.first_year, EXCLUDED.first_year),
        last_year = GREATEST(criterion_variants.last_year, EXCLUDED.last_year),
        -- whatever order documents come in: every framework it was seen in ("huyen,so"); the least title
        scheme = array_to_string(ARRAY(SELECT DISTINCT s FROM unnest(string_to_array(criterion_variants.scheme, ',') || string_to_array(EXCLUDED.scheme, ',')) s
          WHERE s <> '' ORDER BY s), ','),
        title = LEAST(criterion_variants.title, EXCLUDED.title)`,
    [JSON.stringify(rows.map((x) => ({ code: x.code ?? '', title_key: x.title_key ?? '', title: x.title,
      reason: x.reason ? textKey(x.reason as string).slice(0, 240) : null }))), year, scheme])
    const keys = [...new Set(rows.map((x) => variantKey(x.code as string | null, x.title as string | null)))].sort()
    const pairs: [string, string][] = []
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.push([keys[i], keys[j]])
    if (pairs.length) {
      await tx.query(`INSERT INTO criterion_conflicts (a, b) SELECT x->>0, x->>1 FROM json_array_elements($1::json) x ON CONFLICT DO NOTHING`,
        [JSON.stringify(pairs)])
    }
    await tx.query("INSERT INTO identity_stale (what) VALUES ('criteria') ON CONFLICT DO NOTHING")
    // All findings in one statement, each with its variant's concept or the user's link (which wins).
    await tx.query(
      `INSERT INTO findings (document_id, finding_key, code, level, title, title_key, area, max, achieved, deducted, reason, status,
         span_start, span_end, concept_id, link_confidence, link_method, superseded_at)
       SELECT $1, x.finding_key, x.code, x.level, x.title, x.title_key, x.area, x.max, x.achieved, x.deducted, x.reason, x.status,
         x.span_start, x.span_end, COALESCE(o.concept_id, v.concept_id), CASE WHEN o.concept_id IS NOT NULL THEN 1 ELSE v.link_confidence END,
         CASE WHEN o.concept_id IS NOT NULL THEN 'user' ELSE v.link_method END, NULL
       FROM json_to_recordset($2::json) AS x(finding_key text, code text, level text, title text, title_key text,
         area text, max float8, achieved float8, deducted float8, reason text, status text, span_start int, span_end int)
       LEFT JOIN criterion_variants v ON v.code = COALESCE(x.code, '') AND v.title_key = COALESCE(x.title_key, '')
       LEFT JOIN link_overrides o ON o.sha256 = $3 AND o.finding_key = x.finding_key
       ON CONFLICT (document_id, finding_key) DO UPDATE SET code = EXCLUDED.code, level = EXCLUDED.level, title = EXCLUDED.title,
         title_key = EXCLUDED.title_key, area = EXCLUDED.area, max = EXCLUDED.max, achieved = EXCLUDED.achieved,
         deducted = EXCLUDED.deducted, reason = EXCLUDED.reason, status = EXCLUDED.status, span_start = EXCLUDED.span_start,
         span_end = EXCLUDED.span_end, superseded_at = NULL,
         concept_id = CASE WHEN findings.link_method = 'user' THEN findings.concept_id ELSE EXCLUDED.concept_id END,
         link_confidence = CASE WHEN findings.link_method = 'user' THEN findings.link_confidence ELSE EXCLUDED.link_confidence END,
         link_method = CASE WHEN findings.link_method = 'user' THEN 'user' ELSE EXCLUDED.link_method END`,
      [documentId, JSON.stringify(rows), r.source.sha256])
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
      INSERT INTO scores (document_id, scope, code, label, achieved, max, deducted, percent, rank, rank_of, year, span_start, span_end, class)
      SELECT $1, * FROM json_to_recordset($2::json) AS x(scope text, code text, label text, achieved float8, max float8, deducted float8,
        percent float8, rank int, rank_of int, year int, span_start int, span_end int, class text)
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
      rank: x.rank, rank_of: x.rankOf, year: x.year, span_start: x.span[0], span_end: x.span[1], class: x.class ?? null }))),
    json(r.actions.map((a) => ({ code: a.code, title: a.title, owner: a.owner, coordinator: a.coordinator, result: a.result, requirement: a.requirement,
      deadline_raw: a.deadline?.raw ?? null, deadline: a.deadline?.iso ?? null, status: a.status, progress: a.progress, span_start: a.span[0], span_end: a.span[1] }))),
    json(r.references.map((x) => ({ kind: x.kind, number: x.number, number_key: x.number.toUpperCase(), ref_date: x.date, raw: x.raw, span_start: x.span[0], span_end: x.span[1] }))),
    json(r.warnings.map((w) => ({ code: w.code, message: w.message, span_start: w.span?.[0] ?? null, span_end: w.span?.[1] ?? null })))])
}
