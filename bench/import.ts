// Bulk import throughput: generated .docx and .pdf documents into the embedded store (PGlite on
// disk) and into the PostgreSQL server, through the same import loop as `cchc import`.
//   npx tsx bench/import.ts [--count 2000] [--dir /tmp/cchc-bench-corpus] [--formats docx,pdf] [--only embedded|server]
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importFiles } from '../pipeline/import-files.ts'
import { createWorkerPool } from '../pipeline/worker-pool.ts'
import type { Db } from '../store/db.ts'
import { onBenchStores } from './bench-stores.ts'

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt }
const count = Number(arg('--count', '2000'))
const dir = arg('--dir', join(tmpdir(), `cchc-bench-corpus-${count}`))

if (!existsSync(dir) || readdirSync(dir).length < count) {
  // generated in a child process, so its memory does not count in this process's peak RSS
  const t0 = performance.now()
  execFileSync(process.execPath, ['--import', 'tsx', 'testdata/cli.ts', '--out', dir, '--agencies', '40', '--years', '2016-2022', '--formats', 'docx,pdf', '--seed', '5', '--count', String(count)], { stdio: 'ignore' })
  console.log(`generated ${count} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${dir}`)
}
const formats = arg('--formats', 'docx,pdf').split(',')
const only = arg('--only', '')
const files = readdirSync(dir).filter((f) => formats.includes(f.slice(f.lastIndexOf('.') + 1))).sort().slice(0, count).map((f) => join(dir, f))

let peak = 0
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 100)

async function run(label: string, db: Db) {
  peak = 0
  const pool = createWorkerPool({ concurrency: 2 })
  const byFormat: Record<string, number> = {}
  const t0 = performance.now()
  const s = await importFiles(files, { db, pool, maxBytes: 32 * 1024 * 1024, onEvent: (e) => {
    const ext = e.file.slice(e.file.lastIndexOf('.') + 1)
    byFormat[ext] = (byFormat[ext] ?? 0) + 1
  } })
  const secs = (performance.now() - t0) / 1000
  await pool.close()
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM findings')
  console.log(`${label.padEnd(42)} ${String(s.stored).padStart(5)} stored ${String(s.failed).padStart(3)} failed  ${(files.length / secs).toFixed(1).padStart(6)} docs/s  ${secs.toFixed(0).padStart(4)} s  peak RSS ${(peak / 1048576).toFixed(0)} MB  (${n} findings; ${JSON.stringify(byFormat)})`)
}

console.log(`bench/import — ${files.length} files, 2 parser workers, node ${process.version}`)
await onBenchStores(only, run)
clearInterval(sampler)
