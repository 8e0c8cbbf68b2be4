import type { Db } from './db.ts'

// How much a kind of document's statement of a loss is worth: an appraisal or a published result
// over the agency's own report (self-assessment, remediation report) over a plan restating it.
export const AUTHORITY_SQL = `CASE d.kind WHEN 'quyet_dinh' THEN 3 WHEN 'thong_bao' THEN 3 WHEN 'bao_cao' THEN 2 WHEN 'ke_hoach' THEN 1 ELSE 0 END`

// Recomputes one agency's deficiency rows from its current findings (superseded findings and
// renditions excluded). One loss per assessment year and concept: the value of the most
// authoritative statement (then the latest, then by content hash, so never by import order),
// with every document that states it; the status from the latest document that gives one.
// `latest` is MATERIALIZED: inlined, the planner re-ran its aggregate once per concept.
export async function refreshAgencyDeficiencies(tx: Db, agencyId: number): Promise<void> {
  await tx.query('DELETE FROM deficiency_summary WHERE agency_id = $1', [agencyId])
  await tx.query(`
    WITH latest AS MATERIALIZED (
      SELECT max(COALESCE(assessment_year, doc_year)) AS y FROM documents WHERE agency_id = $1 AND rendition_of IS NULL
    ), lost AS (
      SELECT f.concept_id, COALESCE(d.assessment_year, d.doc_year) AS year, f.code, f.deducted, f.max, f.achieved, f.status, d.doc_date,
        d.sha256, d.id AS doc_id, d.number, d.kind, d.file_name, ${AUTHORITY_SQL} AS authority
      FROM findings f JOIN documents d ON d.id = f.document_id
      WHERE d.agency_id = $1 AND d.rendition_of IS NULL AND f.superseded_at IS NULL AND f.concept_id IS NOT NULL
    ), per_year AS (
      SELECT concept_id, year,
        (array_agg(deducted ORDER BY authority DESC, doc_date DESC NULLS LAST, sha256) FILTER (WHERE deducted IS NOT NULL))[1] AS deducted,
        (array_agg(max ORDER BY authority DESC, doc_date DESC NULLS LAST, sha256) FILTER (WHERE max IS NOT NULL))[1] AS max,
        (array_agg(achieved ORDER BY authority DESC, doc_date DESC NULLS LAST, sha256) FILTER (WHERE achieved IS NOT NULL))[1] AS achieved,
        (array_agg(status ORDER BY doc_date DESC NULLS LAST, sha256 DESC) FILTER (WHERE status <> 'unknown'))[1] AS status,
        json_agg(json_build_object('id', doc_id, 'number', number, 'kind', kind, 'fileName', file_name, 'deducted', deducted)
          ORDER BY authority DESC, doc_date DESC NULLS LAST, sha256) AS documents
      FROM lost GROUP BY concept_id, year
    ), g AS (
      SELECT l.concept_id,
        COALESCE(array_agg(DISTINCT l.code) FILTER (WHERE l.code IS NOT NULL), '{}') AS codes,
        COALESCE(array_agg(DISTINCT l.year) FILTER (WHERE l.year IS NOT NULL), '{}') AS years,
        count(DISTINCT l.year)::int AS loss_count, max(l.year) AS last_loss,
        (array_agg(l.status ORDER BY l.year DESC NULLS LAST, l.doc_date DESC NULLS LAST, l.sha256 DESC) FILTER (WHERE l.status <> 'unknown'))[1] AS latest_status
      FROM lost l GROUP BY l.concept_id
    ), y AS (
      SELECT concept_id, sum(deducted) AS total_deducted,
        json_agg(json_build_object('year', year, 'deducted', deducted, 'max', max, 'achieved', achieved, 'status', status, 'documents', documents)
          ORDER BY year NULLS LAST) AS by_year
      FROM per_year GROUP BY concept_id
    )
    INSERT INTO deficiency_summary (agency_id, concept_id, codes, years, loss_count, total_deducted, latest_status, latest_year, recurring, unresolved, by_year)
    SELECT $1, g.concept_id, g.codes, g.years, g.loss_count, y.total_deducted, g.latest_status, latest.y,
      g.loss_count >= 2, COALESCE((g.loss_count >= 2 AND g.last_loss = latest.y) OR g.latest_status = 'not_done', false), y.by_year
    FROM g JOIN y ON y.concept_id = g.concept_id, latest`, [agencyId])
}

// Marks agencies stale; their rows are recomputed by refreshStaleDeficiencies before the next read.
export async function markAgenciesStale(tx: Db, agencyIds: readonly number[]): Promise<void> {
  if (agencyIds.length === 0) return
  await tx.query('INSERT INTO deficiency_stale (agency_id) SELECT DISTINCT unnest($1::int[]) ON CONFLICT DO NOTHING', [agencyIds])
}

// The agencies of these documents (and of their renditions' originals), plus `extra`.
export async function markAgenciesOfDocumentsStale(tx: Db, documentIds: readonly number[], extra: readonly number[] = []): Promise<void> {
  await tx.query(`INSERT INTO deficiency_stale (agency_id)
    SELECT agency_id FROM documents WHERE (id = ANY($1::int[]) OR rendition_of = ANY($1::int[])) AND agency_id IS NOT NULL
    UNION SELECT unnest($2::int[])
    ON CONFLICT DO NOTHING`, [documentIds, extra])
}

export async function markAgenciesOfConceptsStale(tx: Db, conceptIds: readonly number[]): Promise<void> {
  await tx.query(`INSERT INTO deficiency_stale (agency_id)
    SELECT DISTINCT d.agency_id FROM findings f JOIN documents d ON d.id = f.document_id
    WHERE f.concept_id = ANY($1::int[]) AND d.agency_id IS NOT NULL
    ON CONFLICT DO NOTHING`, [conceptIds])
}

// Recomputes the stale agencies' rows. Taking the marks with DELETE … RETURNING in the same
// transaction makes concurrent refreshers split the work; a document committed meanwhile marks
// its agency again, so nothing is missed.
export async function refreshStaleDeficiencies(db: Db): Promise<number> {
  const [{ any }] = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM deficiency_stale) AS any')
  if (!any) return 0
  return db.transaction(async (tx) => {
    const stale = await tx.query<{ agency_id: number }>('DELETE FROM deficiency_stale RETURNING agency_id')
    for (const s of stale) await refreshAgencyDeficiencies(tx, s.agency_id)
    return stale.length
  })
}

// Every agency at once (after bulk loads that bypass the document writer).
export async function refreshAllDeficiencies(db: Db): Promise<void> {
  // every agency is recomputed below, so nothing marked before stays stale
  await db.query('DELETE FROM deficiency_stale')
  const agencies = await db.query<{ id: number }>('SELECT id FROM agencies ORDER BY id')
  for (const a of agencies) await refreshAgencyDeficiencies(db, a.id)
}
