import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Db } from './db.ts'

type Client = pg.Pool | pg.PoolClient

// Every statement is a named prepared statement: each connection parses and plans it once, not
// on every call (the store repeats a few dozen statements per imported document).
const NAMES = new Map<string, string>()
function statementName(sql: string): string {
  let name = NAMES.get(sql)
  if (!name) NAMES.set(sql, (name = `cchc_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`))
  return name
}

function wrap(c: Client, pool: pg.Pool): Db {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await c.query({ name: statementName(sql), text: sql, values: params as unknown[] })).rows as T[]
    },
    async exec(sql: string) { await c.query(sql) },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      if (c !== pool) return fn(wrap(c, pool))
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const out = await fn(wrap(client, pool))
        await client.query('COMMIT')
        return out
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw e
      } finally { client.release() }
    },
    async close() { if (c === pool) await pool.end() },
  }
}

// `schema` isolates a store inside one database (tests use a random schema each).
export async function openPostgres(url: string, schema?: string): Promise<Db> {
  const options = schema ? `-c search_path=${schema},public` : undefined
  const pool = new pg.Pool({ connectionString: url, max: 4, options })
  // An idle pooled connection that dies (server restart, network cut) is dropped by the pool and
  // the next query reconnects; without a listener its 'error' event would crash the process.
  pool.on('error', () => undefined)
  // numeric and date come back as strings by default; the store wants numbers and ISO dates
  pg.types.setTypeParser(1700, (v) => (v === null ? null : Number(v)))
  pg.types.setTypeParser(1082, (v) => v)
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
  return wrap(pool, pool)
}
