import type { Db } from './db.ts'

// Recomputes one agency's deficiency rows from its current findings (superseded findings and
// renditions excluded). Cheap: one agency holds hundreds of findings, not the whole store.
// `latest` is MATERIALIZED: inlined, the planner re-ran its aggregate once per concept.
export async function refreshAgencyDeficiencies(tx: Db, agencyId: number): Promise<void> {
  await tx.query('DELETE FROM deficiency_summary WHERE agency_id = $1', [agencyId])
  await tx.query(`
    WITH latest AS MATERIALIZED (
      SELECT max(COALESCE(assessment_year, doc_year)) AS y FROM documents WHERE agency_id = $1 AND rendition_of IS NULL
    ), lost AS (
      SELECT f.concept_id, COALESCE(d.assessment_year, d.doc_year) AS year, f.code, f.deducted, f.status, d.doc_date
      FROM findings f JOIN documents d ON d.id = f.document_id
      WHERE d.agency_id = $1 AND d.rendition_of IS NULL AND f.superseded_at IS NULL AND f.concept_id IS NOT NULL
    ), g AS (
      SELECT concept_id,
        COALESCE(array_agg(DISTINCT code) FILTER (WHERE code IS NOT NULL), '{}') AS codes,
        COALESCE(array_agg(DISTINCT year) FILTER (WHERE year IS NOT NULL), '{}') AS years,
        count(DISTINCT year)::int AS loss_count, sum(deducted) AS total_deducted, max(year) AS last_loss,
        (array_agg(status ORDER BY year DESC NULLS LAST, doc_date DESC NULLS LAST) FILTER (WHERE status <> 'unknown'))[1] AS latest_status
      FROM lost GROUP BY concept_id
    )
    INSERT INTO deficiency_summary (agency_id, concept_id, codes, years, loss_count, total_deducted, latest_status, latest_year, recurring, unresolved)
    SELECT $1, g.concept_id, g.codes, g.years, g.loss_count, g.total_deducted, g.latest_status, latest.y,
      g.loss_count >= 2, COALESCE((g.loss_count >= 2 AND g.last_loss = latest.y) OR g.latest_status = 'not_done', false)
    FROM g, latest`, [agencyId])
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
  const agencies = await db.query<{ id: number }>('SELECT id FROM agencies ORDER BY id')
  for (const a of agencies) await refreshAgencyDeficiencies(db, a.id)
}
