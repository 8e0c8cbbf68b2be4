// The ingest service end to end on loopback: N uploads over HTTP to `cchc serve` (BullMQ mode),
// ingested by 1 and then 2 `cchc worker` processes. Prints docs/s, p50/p95 upload→stored latency,
// Redis used_memory and process RSS. Bounded: every run stops at --timeout-s and cleans up.
//   npx tsx bench/service.ts [--docs 1000] [--format md|docx] [--batch 10] [--clients 4] [--worker-concurrency 1] [--timeout-s 240]
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { openStore } from '../store/open-store.ts'
import { generateCorpus } from '../testdata/generate.ts'
import { BIN, freePort, pct, rssMb, smallPlan, start, stop } from './service-tools.ts'

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt }
const DOCS = Number(arg('docs', '1000')), FORMAT = arg('format', 'md'), BATCH = Number(arg('batch', '10'))
const CLIENTS = Number(arg('clients', '4')), CONC = arg('worker-concurrency', '1'), TIMEOUT_MS = Number(arg('timeout-s', '240')) * 1000
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const tmp = mkdtempSync(join(tmpdir(), 'cchc-bench-'))

async function documents(): Promise<{ name: string; bytes: Uint8Array }[]> {
  if (FORMAT === 'md') return Array.from({ length: DOCS }, (_, i) => ({ name: `plan-${i}.md`, bytes: new TextEncoder().encode(smallPlan(i)) }))
  await generateCorpus({ seed: 7, agencies: 12, years: [2017, 2018, 2019, 2020, 2021], formats: ['docx'], outDir: tmp, count: DOCS })
  return readdirSync(tmp).filter((f) => f.endsWith('.docx')).slice(0, DOCS).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(tmp, f))) }))
}

interface Row { workers: number; stored: number; secs: number; rate: number; p50: number; p95: number; redisPeak: number; redisEnd: number; apiRss: number; workerRss: number }

async function run(workers: number, docs: { name: string; bytes: Uint8Array }[], redisUrl: string, redis: Redis): Promise<Row> {
  await redis.flushall()
  const id = randomBytes(4).toString('hex')
  const env = { REDIS_URL: redisUrl, DATABASE_URL, CCHC_QUEUE: `bench-${id}`, CCHC_DB_SCHEMA: `bench_${id}`, CCHC_MAX_FILES: String(BATCH) }
  const serve = await start(process.execPath, [BIN, 'serve', '--port', '0'], env, /listening on (http:\/\/\S+)/)
  const base = /listening on (http:\/\/\S+)/.exec(serve.out())![1]
  const ws = await Promise.all(Array.from({ length: workers }, () => start(process.execPath, [BIN, 'worker', '--concurrency', CONC], env, /worker \S+ on queue/)))
  const db = await openStore({ databaseUrl: DATABASE_URL, schema: env.CCHC_DB_SCHEMA })
  const peaks = { redis: 0, api: 0, worker: 0 }
  const sampler = setInterval(async () => {
    peaks.api = Math.max(peaks.api, rssMb(serve.proc.pid))
    for (const w of ws) peaks.worker = Math.max(peaks.worker, rssMb(w.proc.pid))
    const used = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0)
    peaks.redis = Math.max(peaks.redis, used)
  }, 250)
  const sent = new Map<string, number>()
  const t0 = Date.now()
  try {
    let next = 0
    const client = async () => {
      while (next < docs.length) {
        const batch = docs.slice(next, next += BATCH)
        const form = new FormData()
        for (const d of batch) form.append('file', new Blob([d.bytes as Uint8Array<ArrayBuffer>]), d.name)
        const at = Date.now()
        const res = await fetch(`${base}/documents`, { method: 'POST', body: form })
        if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${await res.text()}`)
        for (const f of (await res.json()).files as { sha256: string }[]) sent.set(f.sha256, at)
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, client))
    let stored: { sha256: string; t: number }[] = []
    while (Date.now() - t0 < TIMEOUT_MS) {
      stored = await db.query<{ sha256: string; t: number }>('SELECT sha256, (extract(epoch FROM imported_at) * 1000)::float8 AS t FROM documents')
      if (stored.length >= docs.length) break
      await new Promise((r) => setTimeout(r, 250))
    }
    if (stored.length < docs.length) {
      const keys = await redis.keys(`bull:${env.CCHC_QUEUE}:*`)
      console.error(`timed out with ${stored.length} stored (${keys.length} queue keys); worker output:\n${ws.map((w) => w.out().slice(-3000)).join('\n---\n')}`)
    }
    const lat = stored.map((s) => s.t - (sent.get(s.sha256) ?? t0))
    const secs = (Math.max(...stored.map((s) => s.t)) - t0) / 1000
    const redisEnd = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0)
    return { workers, stored: stored.length, secs, rate: stored.length / secs, p50: pct(lat, 0.5), p95: pct(lat, 0.95), redisPeak: peaks.redis, redisEnd, apiRss: peaks.api, workerRss: peaks.worker }
  } finally {
    clearInterval(sampler)
    await Promise.all([serve, ...ws].map((c) => stop(c.proc)))
    await db.exec(`DROP SCHEMA IF EXISTS "${env.CCHC_DB_SCHEMA}" CASCADE`).catch(() => undefined)
    await db.close()
  }
}

const redisPort = await freePort()
const redisServer = await start('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {}, /Ready to accept connections/)
const redisUrl = `redis://127.0.0.1:${redisPort}`
const redis = new Redis(redisUrl)
const rows: Row[] = []
try {
  const docs = await documents()
  const kb = docs.reduce((s, d) => s + d.bytes.byteLength, 0) / docs.length / 1024
  console.log(`${docs.length} ${FORMAT} documents (${kb.toFixed(1)} KiB on average), ${BATCH} per request, ${CLIENTS} concurrent clients, worker concurrency ${CONC}`)
  for (const workers of [1, 2]) rows.push(await run(workers, docs, redisUrl, redis))
} finally {
  redis.disconnect()
  await stop(redisServer.proc)
  rmSync(tmp, { recursive: true, force: true })
}
const mb = (b: number) => (b / 1024 / 1024).toFixed(1)
console.log('\nworkers  stored  secs   docs/s  p50 ms   p95 ms   redis peak/end MiB  api RSS MiB  worker RSS MiB')
for (const r of rows) console.log(`${String(r.workers).padStart(7)} ${String(r.stored).padStart(7)} ${r.secs.toFixed(1).padStart(5)} ${r.rate.toFixed(1).padStart(8)} ${r.p50.toFixed(0).padStart(7)} ${r.p95.toFixed(0).padStart(8)} ${`${mb(r.redisPeak)}/${mb(r.redisEnd)}`.padStart(19)} ${r.apiRss.toFixed(0).padStart(12)} ${r.workerRss.toFixed(0).padStart(15)}`)
console.log('latency: from the start of the upload request to the document\'s commit; the burst queues, so p95 includes waiting.')
