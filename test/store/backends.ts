import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Db } from '../../store/db.ts'
import { openStore } from '../../store/open-store.ts'
import { migratedSnapshot, openPgliteFrom } from '../../store/pglite-snapshot.ts'

// Store tests run against both backends: embedded PGlite (in memory) and the PostgreSQL server,
// each test in a fresh random schema that is dropped afterwards. Without a server a developer's
// run skips the server half; with CI=true a missing server fails.
export const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export async function serverReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 })
  try { await c.connect(); await c.query('SELECT 1'); return true } catch { return false } finally { await c.end().catch(() => undefined) }
}

export interface Backend { name: 'pglite' | 'postgres'; open(): Promise<{ db: Db; drop(): Promise<void> }> }

// One migrated database image per test file; each test starts its own database from it.
let snapshot: Promise<Blob> | null = null
export const pglite: Backend = {
  name: 'pglite',
  async open() {
    const db = await openPgliteFrom(await (snapshot ??= migratedSnapshot()))
    return { db, drop: () => db.close() }
  },
}

export const postgres: Backend = {
  name: 'postgres',
  async open() {
    const schema = `t_${randomBytes(6).toString('hex')}`
    const db = await openStore({ databaseUrl: PG_URL, schema })
    return {
      db,
      async drop() {
        await db.exec(`DROP SCHEMA "${schema}" CASCADE`)
        await db.close()
      },
    }
  },
}

export const serverUp = await serverReachable()
if (!serverUp && process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI but ${PG_URL} is unreachable`)
export const backends: Backend[] = serverUp ? [pglite, postgres] : [pglite]
