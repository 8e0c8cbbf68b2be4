import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../store/db.ts'
import { textKey } from '../../store/keys.ts'
import { VariantIndex, trigramSimilarity, trigrams } from '../../store/variant-index.ts'
import { backends } from './backends.ts'

// Criterion titles as documents write them; their folded keys are what the store compares.
const TITLES = [
  'Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận',
  'Sáng kiến về công tác CCHC',
  'Rà soát, hệ thống hóa văn bản QPPL',
  'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
  'Thực hiện cơ chế một cửa, một cửa liên thông',
  'Kiểm tra công tác CCHC',
  'a',
  '12 2.2.3 x',
].map(textKey)

describe.each(backends)('in-process trigram similarity against pg_trgm ($name)', (backend) => {
  let db: Db
  let drop: () => Promise<void>
  beforeAll(async () => { ({ db, drop } = await backend.open()) })
  afterAll(async () => { await drop() })

  it('gives the similarity pg_trgm gives for every pair of real criterion titles', async () => {
    for (const a of TITLES) for (const b of TITLES) {
      const [{ s }] = await db.query<{ s: number }>('SELECT similarity($1, $2)::float8 AS s', [a, b])
      expect(trigramSimilarity(trigrams(a), trigrams(b)), `${a} ~ ${b}`).toBeCloseTo(s, 5)
    }
  })

  it('proposes the variant keys added since it last looked, and only those above the threshold', async () => {
    const index = new VariantIndex()
    const [{ id }] = await db.query<{ id: number }>(`INSERT INTO criteria (label, label_key) VALUES ('x', 'x') RETURNING id`)
    await db.query(`INSERT INTO criterion_variants (concept_id, code, title_key, title) VALUES ($1, '1.5.3', $2, 't')`, [id, TITLES[0]])
    await index.sync(db)
    expect(index.similarKeys(TITLES[1], 0.2)).toEqual([TITLES[0]])
    await db.query(`INSERT INTO criterion_variants (concept_id, code, title_key, title) VALUES ($1, '1.7', $2, 't')`, [id, TITLES[1]])
    expect(index.similarKeys(TITLES[1], 0.2)).toEqual([TITLES[0]]) // not synced yet
    await index.sync(db)
    expect(index.similarKeys(TITLES[1], 0.2).sort()).toEqual([TITLES[0], TITLES[1]].sort())
    expect(index.similarKeys(TITLES[3], 0.2)).toEqual([])
  })
})
