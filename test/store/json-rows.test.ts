import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../store/db.ts'
import { queryJsonRows } from '../../store/queries/json-rows.ts'
import { backends } from './backends.ts'

for (const backend of backends) {
  describe(`a page of rows as one JSON value on ${backend.name}`, () => {
    let db: Db
    let drop: () => Promise<void>
    beforeAll(async () => { ({ db, drop } = await backend.open()) })
    afterAll(async () => drop())

    const sql = `SELECT n AS "n", (n % 3) AS "group", 'Sở số ' || n AS name, ARRAY['a' || n, 'b'] AS codes, n / 4.0::float8 AS ratio, NULL::text AS missing
      FROM generate_series(1, 50) n`
    const page = { orderBy: '"group", n DESC', limit: 20, offset: 0 }

    it('keeps the order it is told, with numbers, text, arrays and nulls as a row query gives them', async () => {
      const rows = await queryJsonRows<Record<string, unknown>>(db, sql, [], page)
      expect(rows).toEqual(await db.query(`${sql} ORDER BY n % 3, n DESC LIMIT 20`))
      expect(rows[0]).toEqual({ n: 48, group: 0, name: 'Sở số 48', codes: ['a48', 'b'], ratio: 12, missing: null })
    })

    it('gives an empty list when nothing matches', async () => {
      expect(await queryJsonRows(db, `${sql} WHERE false`, [], page)).toEqual([])
    })
  })
}
