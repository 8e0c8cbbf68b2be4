import type { Db } from '../db.ts'

export interface JsonPage { readonly orderBy: string; readonly limit: number; readonly offset: number }

// A page of wide rows as one JSON value. PGlite decodes a result field by field in JavaScript,
// which cost more than the query itself: 1,000 deficiency rows took 60 ms that way and 23 ms as
// one json_agg decoded by JSON.parse. `orderBy` names output columns; it orders the page and
// the aggregate both, since an aggregate keeps its input's order only when told.
export async function queryJsonRows<T>(db: Db, sql: string, params: readonly unknown[], page: JsonPage): Promise<T[]> {
  const [row] = await db.query<{ rows: T[] | string }>(`SELECT COALESCE(json_agg(q ORDER BY ${page.orderBy}), '[]'::json) AS rows
    FROM (${sql} ORDER BY ${page.orderBy} LIMIT ${page.limit} OFFSET ${page.offset}) q`, params)
  const rows = row?.rows ?? []
  return typeof rows === 'string' ? JSON.parse(rows) as T[] : rows
}
