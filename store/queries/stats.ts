import type { Db } from '../db.ts'

export interface StoreStats {
  documents: number; renditions: number; duplicateNames: number; failures: number; agencies: number
  concepts: number; findings: number; supersededFindings: number; scores: number; actions: number; references: number
  byFormat: Record<string, number>; byKind: Record<string, number>; byExtractorVersion: Record<string, number>
}

const count = async (db: Db, sql: string) => (await db.query<{ n: number }>(`SELECT (${sql})::int AS n`))[0].n
const groups = async (db: Db, col: string) => Object.fromEntries(
  (await db.query<{ k: string; n: number }>(`SELECT ${col} AS k, count(*)::int AS n FROM documents GROUP BY 1 ORDER BY 1`)).map((r) => [r.k, r.n]))

export async function storeStats(db: Db): Promise<StoreStats> {
  return {
    documents: await count(db, 'SELECT count(*) FROM documents'),
    renditions: await count(db, 'SELECT count(*) FROM documents WHERE rendition_of IS NOT NULL'),
    duplicateNames: await count(db, 'SELECT count(*) FROM document_names'),
    failures: await count(db, 'SELECT count(*) FROM failures'),
    agencies: await count(db, 'SELECT count(*) FROM agencies'),
    concepts: await count(db, 'SELECT count(*) FROM criteria WHERE superseded_at IS NULL'),
    findings: await count(db, 'SELECT count(*) FROM findings WHERE superseded_at IS NULL'),
    supersededFindings: await count(db, 'SELECT count(*) FROM findings WHERE superseded_at IS NOT NULL'),
    scores: await count(db, 'SELECT count(*) FROM scores'),
    actions: await count(db, 'SELECT count(*) FROM actions'),
    references: await count(db, 'SELECT count(*) FROM doc_references'),
    byFormat: await groups(db, 'format'), byKind: await groups(db, 'kind'), byExtractorVersion: await groups(db, 'extractor_version'),
  }
}
