import type { Command } from 'commander'
import { setFlagsFromString } from 'node:v8'
import type { Db } from '../store/db.ts'
import type { CliIo } from './io.ts'

export interface StoreFlags { dataDir?: string; databaseUrl?: string }

export const addStoreOptions = (c: Command): Command => c
  .option('--data-dir <dir>', 'embedded database directory (default: $CCHC_DATA_DIR or ./data)')
  .option('--database-url <url>', 'PostgreSQL server instead of the embedded database (default: $DATABASE_URL)')

// 'read': one query and exit (search, show …): a small buffer pool (ONE_QUERY_CACHE_MB), and WebAssembly kept on
// V8's baseline compiler: optimising PGlite's ~8 MB of code in the background cost a one-query
// command more than it gained (search on the samples: 2.2 → 0.9 s CPU, 5.0 → 2.0 s wall on a
// busy 2-core machine). 'write' (import, reextract): many documents, a small buffer pool
// (IMPORT_CACHE_MB), optimised code.
export type StoreUse = 'read' | 'write'

// Opens the configured store for one command and always closes it. The store's modules (PGlite,
// pg) load here, not at start: `cchc --version` needs none.
export async function withStore<T>(io: CliIo, flags: StoreFlags, fn: (db: Db) => Promise<T>, use: StoreUse = 'read'): Promise<T> {
  if (use === 'read') setFlagsFromString('--liftoff-only')
  const [{ openStore, IMPORT_CACHE_MB, ONE_QUERY_CACHE_MB }, { loadStoreConfig }] = await Promise.all([import('../store/open-store.ts'), import('./store-config.ts')])
  const db = await openStore({ ...loadStoreConfig(io.env, flags), cacheMb: use === 'read' ? ONE_QUERY_CACHE_MB : IMPORT_CACHE_MB })
  try { return await fn(db) } finally { await db.close() }
}
