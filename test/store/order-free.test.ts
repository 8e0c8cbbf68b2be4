import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus, type CorpusTruth } from '../../testdata/generate.ts'
import { extractAll, storeInOrder, type Item, type Order } from '../../testdata/check-store.ts'
import { compareWithTruth, describeDifference } from '../../testdata/truth-compare.ts'
import { truthWithSamples } from '../../testdata/truth-with-samples.ts'
import { backends } from './backends.ts'
import { sampleFiles } from './sample-records.ts'

// The same files in any order, one at a time or together, on either store, give the agencies and
// recurring deficiencies of the generator's truth: identity is a function of the documents.
const SEEDS = [21, 22]
const ORDERS: Order[] = ['forward', 'reverse', 'single', 'serial']
const dirs: string[] = []
const corpora = new Map<number, { truth: CorpusTruth; items: Item[] }>()
let samples: Item[] = []

beforeAll(async () => {
  samples = await extractAll(sampleFiles.map((f) => join('samples', f)))
  for (const seed of SEEDS) {
    const dir = mkdtempSync(join(tmpdir(), `cchc-order-${seed}-`))
    dirs.push(dir)
    const truth = await generateCorpus({ seed, agencies: 6, years: [2017, 2018, 2019, 2020, 2021], formats: ['docx'], count: 36, outDir: dir })
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort().map((f) => join(dir, f))
    corpora.set(seed, { truth, items: await extractAll(files) })
  }
}, 600_000)
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

for (const backend of backends) {
  describe(`order-free identity on ${backend.name}`, () => {
    for (const seed of SEEDS) {
      it(`seed ${seed}: samples then the corpus, in every order, give truth.json's agencies and recurring rows`, async () => {
        const { truth, items } = corpora.get(seed)!
        expect(truth.recurring.length).toBeGreaterThan(3)
        for (const order of ORDERS) {
          const { db, drop } = await backend.open()
          try {
            await storeInOrder(db, samples, items, order)
            const c = await compareWithTruth(db, truthWithSamples(truth, samples.map((it) => it.record)))
            expect({ order, diff: describeDifference(c) }).toEqual({ order, diff: [] })
          } finally { await drop() }
        }
      }, 600_000)
    }
  })
}
