import * as z from 'zod'
import { concurrencyBesideDatabase } from '../pipeline/options.ts'
import type { StoreConfig } from '../store/open-store.ts'
import { ConfigError } from './config.ts'

// Where the store lives: a PostgreSQL server when DATABASE_URL (or --database-url) is set,
// otherwise the embedded PGlite database in CCHC_DATA_DIR (or --data-dir), default ./data.
const StoreConfigSchema = z.object({
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  dataDir: z.string().min(1),
})

export function loadStoreConfig(env: Readonly<Record<string, string | undefined>>, cli: { dataDir?: string; databaseUrl?: string }): Readonly<StoreConfig> {
  const parsed = StoreConfigSchema.safeParse({
    databaseUrl: cli.databaseUrl ?? (env.DATABASE_URL || undefined),
    dataDir: cli.dataDir ?? (env.CCHC_DATA_DIR || './data'),
  })
  if (!parsed.success) {
    const from = cli.databaseUrl !== undefined ? '--database-url' : 'DATABASE_URL'
    throw new ConfigError(`invalid value for ${from}: ${parsed.error.issues[0].message}`)
  }
  return Object.freeze(parsed.data.databaseUrl ? { databaseUrl: parsed.data.databaseUrl } : { dataDir: parsed.data.dataDir })
}

// Pipeline defaults that follow from the store: the embedded database runs in this process.
export const storeDefaults = (store: StoreConfig): { concurrency?: number } =>
  store.databaseUrl ? {} : { concurrency: concurrencyBesideDatabase() }
