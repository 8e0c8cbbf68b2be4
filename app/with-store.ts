import { Command } from 'commander'
import type { Db } from '../store/db.ts'
import { openStore, QUERY_CACHE_MB } from '../store/open-store.ts'
import type { CliIo } from './io.ts'
import { loadStoreConfig } from './store-config.ts'

export interface StoreFlags { dataDir?: string; databaseUrl?: string }

export const addStoreOptions = (c: Command): Command => c
  .option('--data-dir <dir>', 'embedded database directory (default: $CCHC_DATA_DIR or ./data)')
  .option('--database-url <url>', 'PostgreSQL server instead of the embedded database (default: $DATABASE_URL)')

// Opens the configured store for one command and always closes it. Commands that write many
// documents pass IMPORT_CACHE_MB: a smaller embedded buffer pool, as they share its memory.
export async function withStore<T>(io: CliIo, flags: StoreFlags, fn: (db: Db) => Promise<T>, cacheMb: number = QUERY_CACHE_MB): Promise<T> {
  const db = await openStore({ ...loadStoreConfig(io.env, flags), cacheMb })
  try { return await fn(db) } finally { await db.close() }
}
