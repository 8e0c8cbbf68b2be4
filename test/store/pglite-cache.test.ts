import { describe, expect, it } from 'vitest'
import { IMPORT_CACHE_MB, ONE_QUERY_CACHE_MB, openStore, QUERY_CACHE_MB } from '../../store/open-store.ts'

describe('the embedded database\'s buffer pool', () => {
  it.each([
    ['an importer (the default) keeps it small, beside its parser threads', undefined, `${IMPORT_CACHE_MB}MB`],
    ['a long-lived reader (the API) takes the larger one', QUERY_CACHE_MB, `${QUERY_CACHE_MB}MB`],
    ['a one-query command (search, show …) takes a small one: zeroing a pool is start-up time', ONE_QUERY_CACHE_MB, `${ONE_QUERY_CACHE_MB}MB`],
  ])('%s', async (_, cacheMb, expected) => {
    const db = await openStore({ cacheMb })
    try {
      const [row] = await db.query<{ shared_buffers: string }>('SHOW shared_buffers')
      expect(row.shared_buffers).toBe(expected)
    } finally { await db.close() }
  }, 60_000)
})
