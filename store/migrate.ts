import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Db } from './db.ts'

const MIGRATIONS_DIR = fileURLToPath(new URL('../schemas/migrations/', import.meta.url))

// Versioned SQL migrations, applied once each, in file-name order, under an advisory lock so
// several workers starting together against one server do not race.
export async function migrate(db: Db): Promise<string[]> {
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort()
  if (db.kind === 'postgres') await db.query('SELECT pg_advisory_lock(4242001)')
  try {
    await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
    const done = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version))
    const applied: string[] = []
    for (const f of files) {
      if (done.has(f)) continue
      const sql = readFileSync(MIGRATIONS_DIR + f, 'utf8')
      await db.transaction(async (tx) => {
        await tx.exec(sql)
        await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [f])
      })
      applied.push(f)
    }
    return applied
  } finally {
    if (db.kind === 'postgres') await db.query('SELECT pg_advisory_unlock(4242001)')
  }
}
