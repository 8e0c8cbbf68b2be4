// The one database surface the store uses: parameterized SQL ($1, $2 …) and transactions.
// PGlite (embedded) and node-postgres (server) both sit behind it, so every query is written once.
export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
  exec(sql: string): Promise<void>
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
  readonly kind: 'pglite' | 'postgres'
}
