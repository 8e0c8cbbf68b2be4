// p50/p95 of the auditors' queries with ≥ 100,000 findings stored, embedded (PGlite) and server.
//   npx tsx bench/queries.ts [--findings-per-doc 100] [--runs 40] [--only embedded|server]
// The embedded store is PGlite on disk (a temporary data directory), as `cchc` uses it.
import type { Db } from '../store/db.ts'
import { listDeficiencies, searchFindings } from '../store/queries/index.ts'
import { onBenchStores } from './bench-stores.ts'
import { seedFindings } from './seed-findings.ts'

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt }
const runs = arg('--runs', 40)
const only = (() => { const i = process.argv.indexOf('--only'); return i > 0 ? process.argv[i + 1] : '' })()
// Realistic proportions: 500 agencies × 10 years, 20 lost criteria per document, 150 concepts.
const shape = { agencies: 500, years: 10, findingsPerDoc: arg('--findings-per-doc', 20), concepts: 150 }

const pct = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]

async function measure(db: Db, name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn()
  const t: number[] = []
  for (let i = 0; i < runs; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s) }
  return { name, p50: pct(t, 0.5), p95: pct(t, 0.95) }
}

async function bench(label: string, db: Db) {
  const s0 = performance.now()
  const n = await seedFindings(db, shape)
  console.log(`\n${label} [shared_buffers ${(await db.query<{ shared_buffers: string }>('SHOW shared_buffers'))[0].shared_buffers}]: ${n} findings in ${shape.agencies * shape.years} documents (seeded in ${((performance.now() - s0) / 1000).toFixed(1)} s)`)
  const rows = [
    await measure(db, 'search --criterion 1.1.50 (code)', () => searchFindings(db, { criterion: '1.1.50', limit: 100 })),
    await measure(db, 'search --criterion "sang kien" (words)', () => searchFindings(db, { criterion: 'sang kien', limit: 100 })),
    await measure(db, 'search --agency "so thu nghiem 42" --year 2019', () => searchFindings(db, { agency: 'so thu nghiem 42', year: 2019, limit: 100 })),
    await measure(db, 'deficiencies --agency STN42', () => listDeficiencies(db, { agency: 'STN42' })),
    await measure(db, 'deficiencies --recurring (all, first 1000 rows)', () => listDeficiencies(db, { recurring: true })),
  ]
  console.log('query'.padEnd(48), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8))
  for (const r of rows) console.log(r.name.padEnd(48), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8))
}

await onBenchStores(only, bench)
console.log(`peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`)
