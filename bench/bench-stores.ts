import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Db } from '../store/db.ts'
import { openStore, QUERY_CACHE_MB } from '../store/open-store.ts'

// The two stores a benchmark measures, one after the other: embedded PGlite on disk (a temporary
// data directory, as `cchc` uses it) and the PostgreSQL server (a random schema, dropped after;
// skipped with a line when unreachable). `only` ('embedded' | 'server' | '') picks one.
export async function onBenchStores(only: string, run: (label: string, db: Db) => Promise<void>): Promise<void> {
  if (only !== 'server') {
    const dataDir = mkdtempSync(join(tmpdir(), 'cchc-bench-db-'))
    const embedded = await openStore({ dataDir, cacheMb: QUERY_CACHE_MB }) // as the query commands open it
    try { await run('embedded (PGlite on disk)', embedded) } finally { await embedded.close(); rmSync(dataDir, { recursive: true, force: true }) }
  }
  if (only === 'embedded') return
  const schema = `bench_${randomBytes(4).toString('hex')}`
  let server: Db
  try {
    server = await openStore({ databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', schema })
  } catch (e) {
    console.log(`server: skipped (${(e as Error).message})`)
    return
  }
  try { await run(`server (PostgreSQL, schema ${schema})`, server) } finally { await server.exec(`DROP SCHEMA "${schema}" CASCADE`); await server.close() }
}
