import type { Db } from './db.ts'
import { textKey } from './keys.ts'
import { markAgenciesStale } from './deficiency-summary.ts'
import { refreshDerived } from './refresh.ts'

// A user's decision that a finding belongs to a concept (or to a new concept with a label).
// Stored by document hash and finding key, so it is re-applied after any re-extraction.
export async function linkFindingByUser(db: Db, findingId: number, target: { conceptId?: number; newLabel?: string }): Promise<number> {
  return db.transaction(async (tx) => {
    const [f] = await tx.query<{ sha256: string; finding_key: string }>(
      'SELECT d.sha256, f.finding_key FROM findings f JOIN documents d ON d.id = f.document_id WHERE f.id = $1', [findingId])
    if (!f) throw new Error(`finding ${findingId} does not exist`)
    let conceptId = target.conceptId
    if (conceptId === undefined) {
      const label = target.newLabel ?? `finding ${findingId}`
      ;[{ id: conceptId }] = await tx.query<{ id: number }>('INSERT INTO criteria (label, label_key) VALUES ($1, $2) RETURNING id', [label, textKey(label)])
    } else if (!(await tx.query('SELECT 1 FROM criteria WHERE id = $1', [conceptId])).length) throw new Error(`criterion concept ${conceptId} does not exist`)
    await tx.query(`INSERT INTO link_overrides (sha256, finding_key, concept_id) VALUES ($1, $2, $3)
      ON CONFLICT (sha256, finding_key) DO UPDATE SET concept_id = EXCLUDED.concept_id, decided_at = now()`, [f.sha256, f.finding_key, conceptId])
    await tx.query("UPDATE findings SET concept_id = $1, link_method = 'user', link_confidence = 1 WHERE id = $2", [conceptId, findingId])
    const [d] = await tx.query<{ agency_id: number | null }>('SELECT d.agency_id FROM findings f JOIN documents d ON d.id = f.document_id WHERE f.id = $1', [findingId])
    if (d?.agency_id) await markAgenciesStale(tx, [d.agency_id])
    return conceptId!
  })
}

export interface ConceptRow { id: number; label: string; codes: string[]; findings: number; minConfidence: number | null }
export async function listConcepts(db: Db, q?: string): Promise<ConceptRow[]> {
  await refreshDerived(db)
  return db.query<ConceptRow>(`
    SELECT c.id, c.label, array_agg(DISTINCT v.code) FILTER (WHERE v.code <> '') AS codes,
      (SELECT count(*)::int FROM findings f WHERE f.concept_id = c.id AND f.superseded_at IS NULL) AS findings,
      (SELECT min(f.link_confidence) FROM findings f WHERE f.concept_id = c.id) AS "minConfidence"
    FROM criteria c LEFT JOIN criterion_variants v ON v.concept_id = c.id
    WHERE c.superseded_at IS NULL AND ($1::text IS NULL OR c.label_key LIKE '%' || $1 || '%' OR v.code = $2)
    GROUP BY c.id, c.label ORDER BY c.id`, [q ? textKey(q) : null, q ?? null])
}

