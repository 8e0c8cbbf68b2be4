import type { Db } from './db.ts'
import { migrate } from './migrate.ts'
import { openPglite } from './pglite-db.ts'
import { openPostgres } from './pg-db.ts'

export interface StoreConfig {
  // PostgreSQL server URL; absent → the embedded PGlite database in dataDir
  readonly databaseUrl?: string
  readonly dataDir?: string // undefined with no URL → in memory
  readonly schema?: string
}

export async function openStore(config: StoreConfig): Promise<Db> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl, config.schema) : await openPglite(config.dataDir)
  await migrate(db)
  return db
}
