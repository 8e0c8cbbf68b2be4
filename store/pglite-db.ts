import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import type { Db } from './db.ts'
import { IMPORT_CACHE_MB } from './store-cache.ts'

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction

export const PGLITE_EXTENSIONS = { unaccent, pg_trgm }

export const wrapPglite = (db: PGlite): Db => wrap(db, db)

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

export const pgliteConf = (cacheMb: number): string => [`shared_buffers = ${cacheMb}MB`, 'random_page_cost = 1.1'].join('\n')

const INIT_SCRIPT = fileURLToPath(new URL('./pglite-init.mjs', import.meta.url))

// A new data directory is initialised in a short-lived child process (see pglite-init.mjs).
async function initDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return
  try {
    await promisify(execFile)(process.execPath, [INIT_SCRIPT, dataDir], { timeout: 120_000 })
  } catch (e) {
    const detail = (e as { stderr?: string }).stderr?.trim().split('\n').pop() || (e as Error).message
    throw new Error(`cannot create the embedded database in ${dataDir}: ${detail}`)
  }
}

// dataDir undefined → in memory (tests); a path → persisted embedded database. cacheMb: its
// buffer pool (IMPORT_CACHE_MB for writing many documents, QUERY_CACHE_MB for reading).
export async function openPglite(dataDir?: string, cacheMb: number = IMPORT_CACHE_MB): Promise<Db> {
  if (dataDir) await initDataDir(dataDir)
  const db = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS, postgresqlconf: pgliteConf(cacheMb) })
  return wrap(db, db)
}
