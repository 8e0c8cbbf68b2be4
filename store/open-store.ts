import type { Db } from './db.ts'
import { migrate } from './migrate.ts'
import { openPglite } from './pglite-db.ts'
export { IMPORT_CACHE_MB, QUERY_CACHE_MB } from './pglite-db.ts'
import { openPostgres } from './pg-db.ts'

export interface StoreConfig {
  // PostgreSQL server URL; absent → the embedded PGlite database in dataDir
  readonly databaseUrl?: string
  readonly dataDir?: string // undefined with no URL → in memory
  readonly schema?: string
  // The embedded database's buffer pool in MB (see pglite-db.ts); a server has its own settings.
  readonly cacheMb?: number
}

export async function openStore(config: StoreConfig): Promise<Db> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl, config.schema) : await openPglite(config.dataDir, config.cacheMb)
  await migrate(db)
  return db
}
