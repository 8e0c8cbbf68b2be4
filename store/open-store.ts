import type { Db } from './db.ts'
import { migrate } from './migrate.ts'
export { IMPORT_CACHE_MB, ONE_QUERY_CACHE_MB, QUERY_CACHE_MB } from './store-cache.ts'

export interface StoreConfig {
  // PostgreSQL server URL; absent → the embedded PGlite database in dataDir
  readonly databaseUrl?: string
  readonly dataDir?: string // undefined with no URL → in memory
  readonly schema?: string
  // The embedded database's buffer pool in MB (see pglite-db.ts); a server has its own settings.
  readonly cacheMb?: number
}

// Only the driver in use is loaded (pg or PGlite, each ~0.1–0.2 s to import on a busy machine).
export async function openStore(config: StoreConfig): Promise<Db> {
  const db = config.databaseUrl
    ? await (await import('./pg-db.ts')).openPostgres(config.databaseUrl, config.schema)
    : await (await import('./pglite-db.ts')).openPglite(config.dataDir, config.cacheMb)
  await migrate(db)
  return db
}
