import { PGlite, type Transaction } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import type { Db } from './db.ts'

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction

function wrap(q: Queryable, root: PGlite): Db {
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, params as unknown[])).rows
    },
    async exec(sql: string) { await q.exec(sql) },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      if (q !== root) return fn(wrap(q, root)) // already inside one: PGlite has a single connection
      return root.transaction((tx) => fn(wrap(tx, root)))
    },
    async close() { if (q === root) await root.close() },
  }
}

// dataDir undefined → in memory (tests); a path → persisted embedded database.
export async function openPglite(dataDir?: string): Promise<Db> {
  const db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } })
  return wrap(db, db)
}
