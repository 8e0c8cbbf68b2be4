import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { ExtractionRecord } from '../schemas/record.ts'
import { createWorkerPool } from '../pipeline/worker-pool.ts'
import { walkInputs } from '../pipeline/walk-inputs.ts'
import { openStore } from '../store/open-store.ts'
import { refreshDerived } from '../store/refresh.ts'
import { saveDocument } from '../store/save-document.ts'
import type { Db } from '../store/db.ts'
import { compareWithTruth, describeDifference } from './truth-compare.ts'
import { truthWithSamples } from './truth-with-samples.ts'
import type { CorpusTruth } from './types.ts'

// npx tsx testdata/check-store.ts --corpus DIR [--samples samples] [--database-url URL] [--orders forward,reverse,single,serial]
// Extracts every file once (records cached in DIR/.records.json), then stores the samples and
// the corpus into a fresh store in each order and compares agencies and recurring deficiencies
// with DIR/truth.json.

export type Order = 'forward' | 'reverse' | 'single' | 'serial'
export interface Item { readonly path: string; readonly record: ExtractionRecord; readonly bytes: Uint8Array }

export async function extractAll(paths: readonly string[], concurrency = 2): Promise<Item[]> {
  const pool = createWorkerPool({ concurrency })
  try {
    return await Promise.all(paths.map(async (path) => {
      const bytes = new Uint8Array(readFileSync(path))
      return { path, bytes, record: await pool.extract(bytes.slice(), path.split('/').pop()!) }
    }))
  } finally { await pool.close() }
}

// Stores items in the order's way: `forward`/`reverse` in three concurrent lanes (as an import
// does), `single` one import per file (the summary refreshed after each), `serial` one lane.
export async function storeInOrder(db: Db, samples: readonly Item[], corpus: readonly Item[], order: Order): Promise<void> {
  const items = order === 'reverse' ? [...[...samples].reverse(), ...[...corpus].reverse()] : [...samples, ...corpus]
  if (order === 'single') {
    for (const it of items) { await saveDocument(db, it.record, it.bytes); await refreshDerived(db) }
    return
  }
  let next = 0
  const lane = async () => { while (next < items.length) { const it = items[next++]; await saveDocument(db, it.record, it.bytes) } }
  await Promise.all(Array.from({ length: order === 'serial' ? 1 : 3 }, lane))
  await refreshDerived(db)
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, samples: { type: 'string' }, 'database-url': { type: 'string' }, orders: { type: 'string' } } })
  if (!values.corpus) throw new Error('--corpus DIR')
  const truth = JSON.parse(readFileSync(join(values.corpus, 'truth.json'), 'utf8')) as CorpusTruth
  const samplePaths = (await walkInputs([values.samples ?? 'samples'])).files
  const corpusPaths = readdirSync(values.corpus).filter((f) => /\.(docx|pdf|md)$/.test(f)).sort().map((f) => join(values.corpus!, f))
  const cache = join(values.corpus, '.records.json')
  let items: Item[]
  if (existsSync(cache)) {
    items = (JSON.parse(readFileSync(cache, 'utf8')) as { path: string; record: ExtractionRecord }[])
      .map((x) => ({ ...x, bytes: new Uint8Array(readFileSync(x.path)) }))
  } else {
    items = await extractAll([...samplePaths, ...corpusPaths])
    writeFileSync(cache, JSON.stringify(items.map(({ path, record }) => ({ path, record }))))
  }
  const byPath = new Map(items.map((i) => [i.path, i]))
  const samples = samplePaths.map((p) => byPath.get(p)!).filter(Boolean)
  const corpus = corpusPaths.map((p) => byPath.get(p)!)
  for (const order of (values.orders ?? 'forward,reverse,single,serial').split(',') as Order[]) {
    const schema = values['database-url'] ? `chk_${Date.now()}` : undefined
    const db = await openStore({ databaseUrl: values['database-url'], schema })
    const t0 = performance.now()
    try {
      await storeInOrder(db, samples, corpus, order)
      const c = await compareWithTruth(db, truthWithSamples(truth, samples.map((it) => it.record)))
      const secs = ((performance.now() - t0) / 1000).toFixed(1)
      console.log(`${order}: ${c.equal ? 'EQUAL' : 'DIFFERENT'} agencies ${c.agencies.got.length}/${c.agencies.want.length}, recurring ${c.recurring.got.length}/${c.recurring.want.length} (${secs}s)`)
      for (const line of describeDifference(c)) console.log(`  ${line}`)
    } finally {
      if (schema) await db.exec(`DROP SCHEMA "${schema}" CASCADE`)
      await db.close()
    }
  }
}

if (process.argv[1]?.endsWith('check-store.ts')) main().catch((e: unknown) => { console.error(e); process.exitCode = 1 })
