import type { Db } from './db.ts'
import { clusterVariants, keepDistinctive, reasonShingles } from './concept-clusters.ts'
import { markAgenciesOfConceptsStale } from './deficiency-summary.ts'
import { textKey, titleTokens } from './keys.ts'

// Recomputes every criterion concept from all stored variants (store/concept-clusters.ts) and
// moves the findings whose concept changed. Concept rows are reused where a new group holds most
// of an old concept's variants, so ids stay put when nothing changed; a user's links (findings
// marked 'user', link_overrides) are never moved.
interface VariantRow { code: string; title_key: string; title: string | null; scheme: string; first_year: number | null; last_year: number | null;
  concept_id: number | null; link_confidence: number | null; link_method: string | null; reasons: string[] }

const keyOf = (code: string, titleKey: string) => `${code}\u0001${titleKey}`
const IDENTITY_LOCK = 4242002

export async function relinkConcepts(tx: Db): Promise<number> {
  const rows = await tx.query<VariantRow>(`SELECT code, title_key, title, scheme, first_year, last_year, concept_id, link_confidence, link_method, reasons
    FROM criterion_variants`)
  const conflicts = new Map<string, Set<string>>()
  for (const c of await tx.query<{ a: string; b: string }>('SELECT a, b FROM criterion_conflicts')) {
    conflicts.set(c.a, (conflicts.get(c.a) ?? new Set()).add(c.b))
  }
  const byKey = new Map(rows.map((r) => [keyOf(r.code, r.title_key), r]))
  const nodes = rows.map((r) => ({ key: keyOf(r.code, r.title_key), code: r.code, titleKey: r.title_key, title: r.title,
    scheme: r.scheme, firstYear: r.first_year, lastYear: r.last_year, tokens: r.title ? titleTokens(r.title) : [], reasonShingles: reasonShingles(r.reasons ?? []) }))
  keepDistinctive(nodes)
  const clusters = clusterVariants(nodes, conflicts)
  const claimed = new Set<number>()
  const oldIds = new Set(rows.map((r) => r.concept_id).filter((id): id is number => id !== null))
  const changed: Array<{ code: string; title_key: string; concept_id: number; link_confidence: number; link_method: string }> = []
  const touchedConcepts = new Set<number>()
  for (const c of clusters) {
    const votes = new Map<number, number>()
    for (const m of c.members) { const id = byKey.get(m.key)!.concept_id; if (id !== null && !claimed.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1) }
    // The concept's label: the newest framework's title (ties: the least key), else its code.
    const named = [...c.members].sort((a, b) => (b.lastYear ?? -1) - (a.lastYear ?? -1) || (a.key < b.key ? -1 : 1)).find((m) => m.title)
    const label = named?.title ?? `Tiêu chí ${c.members[0].code}`
    let id = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
    if (id === undefined) {
      ;[{ id }] = await tx.query<{ id: number }>('INSERT INTO criteria (label, label_key) VALUES ($1, $2) RETURNING id', [label, textKey(label)])
    } else {
      await tx.query(`UPDATE criteria SET label = $2, label_key = $3, superseded_at = NULL
        WHERE id = $1 AND (label <> $2 OR superseded_at IS NOT NULL)`, [id, label, textKey(label)])
    }
    claimed.add(id)
    for (const m of c.members) {
      const r = byKey.get(m.key)!, link = c.links.get(m.key)!
      if (r.concept_id === id && r.link_confidence !== null && Math.abs(r.link_confidence - link.confidence) < 1e-6 && r.link_method === link.method) continue
      changed.push({ code: r.code, title_key: r.title_key, concept_id: id, link_confidence: link.confidence, link_method: link.method })
      if (r.concept_id !== null) touchedConcepts.add(r.concept_id)
      touchedConcepts.add(id)
    }
  }
  // Concepts no group kept are history: superseded, never deleted (user links may name them).
  const gone = [...oldIds].filter((id) => !claimed.has(id))
  if (gone.length) await tx.query('UPDATE criteria SET superseded_at = now() WHERE id = ANY($1::int[]) AND superseded_at IS NULL', [gone])
  if (!changed.length) return 0
  const json = JSON.stringify(changed)
  await tx.query(`UPDATE criterion_variants v SET concept_id = x.concept_id, link_confidence = x.link_confidence, link_method = x.link_method
    FROM json_to_recordset($1::json) AS x(code text, title_key text, concept_id int, link_confidence real, link_method text)
    WHERE v.code = x.code AND v.title_key = x.title_key`, [json])
  await tx.query(`UPDATE findings f SET concept_id = x.concept_id, link_confidence = x.link_confidence, link_method = x.link_method
    FROM json_to_recordset($1::json) AS x(code text, title_key text, concept_id int, link_confidence real, link_method text)
    WHERE COALESCE(f.code, '') = x.code AND COALESCE(f.title_key, '') = x.title_key AND f.link_method IS DISTINCT FROM 'user'`, [json])
  await markAgenciesOfConceptsStale(tx, [...touchedConcepts])
  return changed.length
}

// Recomputes the concepts when a write asked for it (identity_stale), under the identity lock.
export async function relinkIfStale(db: Db): Promise<boolean> {
  const [{ any }] = await db.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM identity_stale WHERE what = 'criteria') AS any")
  if (!any) return false
  return db.transaction(async (tx) => {
    if (tx.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [IDENTITY_LOCK])
    const taken = await tx.query("DELETE FROM identity_stale WHERE what = 'criteria' RETURNING what")
    if (!taken.length) return false
    await relinkConcepts(tx)
    return true
  })
}
