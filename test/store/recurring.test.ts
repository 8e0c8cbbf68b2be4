import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importFiles } from '../../pipeline/import-files.ts'
import { createWorkerPool } from '../../pipeline/worker-pool.ts'
import type { Db } from '../../store/db.ts'
import { textKey } from '../../store/keys.ts'
import { listDeficiencies } from '../../store/queries/index.ts'
import { generateCorpus, type CorpusTruth } from '../../testdata/generate.ts'
import { backends } from './backends.ts'

// A generated five-year corpus (docx and its pdf rendition) with known truth: which criterion
// concepts lose points in two or more assessment years for the same agency, across the 2020
// renumbering of the framework (1.5.3 → 1.7 …).
const dir = mkdtempSync(join(tmpdir(), 'cchc-recurring-'))
let truth: CorpusTruth
beforeAll(async () => {
  truth = await generateCorpus({ seed: 11, agencies: 5, years: [2017, 2018, 2019, 2020, 2021], formats: ['docx', 'pdf'], outDir: dir })
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const key = (agency: string, province: string | null, codes: readonly string[], years: readonly number[]) =>
  `${textKey(agency)}|${province ?? ''}|${[...codes].sort().join(',')}|${[...years].sort().join(',')}`

for (const backend of backends) {
  describe(`recurring deficiencies on ${backend.name}`, () => {
    let db: Db
    let drop: () => Promise<void>
    beforeAll(async () => {
      ({ db, drop } = await backend.open())
      const pool = createWorkerPool({ concurrency: 2 })
      try {
        const files = readdirSync(dir).filter((f) => /\.(docx|pdf)$/.test(f)).map((f) => join(dir, f)).sort()
        const s = await importFiles(files, { db, pool, maxBytes: 32 * 1024 * 1024 })
        expect(s.failed).toBe(0)
      } finally { await pool.close() }
    }, 300_000)
    afterAll(async () => drop())

    it('deficiencies --recurring lists exactly the criteria the generator made recurring, per agency', async () => {
      const rows = await listDeficiencies(db, { recurring: true })
      const got = rows.map((r) => key(r.agency, r.province, r.codes, r.years)).sort()
      const want = truth.recurring.map((r) => key(r.agency.name, r.agency.province, r.codes, r.years)).sort()
      expect(want.length).toBeGreaterThan(5)
      expect(got).toEqual(want)
    })

    it('a pdf rendition does not count a loss twice', async () => {
      const rows = await listDeficiencies(db, {})
      expect(rows.every((r) => r.lossCount === new Set(r.years).size)).toBe(true)
      const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE rendition_of IS NULL')
      expect(n).toBe(truth.documents.filter((d) => d.format === 'docx').length)
    })
  })
}
