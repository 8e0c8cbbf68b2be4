import { Queue } from 'bullmq'
import { afterEach, describe, expect, it } from 'vitest'
import { startApi, type ApiRuntime } from '../../service/api-runtime.ts'
import { openStore } from '../../store/open-store.ts'
import type { Db } from '../../store/db.ts'
import { freePort, RedisServer, TcpProxy } from './fault-tools.ts'
import { childEnv, multipart, PG_URL, redisConn, sandbox, serversUp, settingsFor, smallPlan, startCli, stopChild, waitFor, type Child, type Sandbox } from './helpers.ts'

const WORKER_READY = /worker (cchc-\S+) on queue/
const pgTarget = (() => { const u = new URL(PG_URL); return { host: u.hostname, port: Number(u.port || 5432) } })()
const viaPort = (port: number) => { const u = new URL(PG_URL); u.hostname = '127.0.0.1'; u.port = String(port); return u.toString() }

// Each test owns everything it starts; all of it is stopped and removed after, pass or fail.
let cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined)
  cleanups = []
})
const own = <T>(value: T, cleanup: (v: T) => Promise<unknown>): T => { cleanups.push(() => cleanup(value)); return value }

async function api(sb: Sandbox): Promise<ApiRuntime> {
  return own(await startApi(settingsFor(sb)), (rt) => rt.close())
}
async function upload(rt: ApiRuntime, from: number, count: number): Promise<string[]> {
  const m = multipart(Array.from({ length: count }, (_, i) => ({ name: `plan-${from + i}.md`, bytes: smallPlan(from + i) })))
  const res = await rt.app.inject({ method: 'POST', url: '/documents', ...m })
  expect(res.statusCode).toBe(202)
  return (JSON.parse(res.body).files as { sha256: string }[]).map((f) => f.sha256)
}
const storedCount = async (db: Db) => (await db.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT sha256)::int AS d FROM documents'))[0]

describe.skipIf(!serversUp)('faults: the ingest survives outages (loopback only, bounded)', () => {
  it('retries through a 10 s PostgreSQL outage and completes every job, each stored once', async () => {
    const sb = own(sandbox(), (s) => s.cleanup())
    const proxy = own(new TcpProxy(await freePort(), pgTarget), (p) => p.stop())
    await proxy.start()
    const rt = await api(sb)
    // The worker reaches the database only through the proxy; the API and the test do not.
    const worker: Child = own(await startCli(['worker'], childEnv(sb, { DATABASE_URL: viaPort(proxy.port), CCHC_BACKOFF_MS: '500' }), WORKER_READY), (c) => stopChild(c, 'SIGKILL'))
    await proxy.stop()
    const shas = await upload(rt, 1000, 6)
    const q = own(new Queue(sb.queueName, { connection: redisConn(sb.redisUrl) }), (x) => x.close())
    // The jobs fail as transient (retried with backoff), not as bad files.
    const tried = async () => (await q.getJobs(['waiting', 'active', 'delayed'])).filter((j) => j.attemptsMade > 0)
    await waitFor(async () => (await tried()).length === shas.length, 15_000, 'every job to have failed an attempt').catch((e) => { console.log(worker.output()); throw e })
    expect((await tried()).every((j) => /^unavailable: /.test(j.failedReason))).toBe(true)
    await new Promise((r) => setTimeout(r, 10_000))
    await proxy.start()
    await waitFor(async () => (await q.getJobCounts('completed')).completed === shas.length, 40_000, 'all jobs to complete', 250)
    expect(await q.getJobCounts('failed')).toEqual({ failed: 0 })
    expect(Math.max(...(await q.getJobs(['completed'])).map((j) => j.attemptsMade))).toBeGreaterThan(1)
    expect(await storedCount(rt.db)).toEqual({ n: shas.length, d: shas.length })
    expect(worker.proc.exitCode).toBeNull() // the worker rode out the outage
  }, 90_000)

  it('stores all of 200 uploads exactly once across a Redis restart (data lost) mid-batch', async () => {
    const redis = own(new RedisServer(await freePort()), (r) => r.stop())
    await redis.start()
    const sb = own(sandbox(redis.url), (s) => s.cleanup())
    const rt = await api(sb)
    const env = childEnv(sb, { CCHC_CONCURRENCY: '2' })
    await Promise.all([1, 2].map(async () => own(await startCli(['worker'], env, WORKER_READY), (c) => stopChild(c, 'SIGKILL'))))
    const db = own(await openStore({ databaseUrl: PG_URL, schema: sb.schema }), (d) => d.close())
    const shas: string[] = []
    let owedAtRestart = 0
    for (let batch = 0; batch < 20; batch++) {
      if (batch === 10) {
        // Halfway: Redis dies with every queued job, an upload arrives while it is down, and it
        // comes back empty. What was owed then is in the database only.
        owedAtRestart = shas.length - (await storedCount(db)).n
        await redis.stop()
        shas.push(...(await upload(rt, 5000 + batch * 10, 10)))
        await redis.start()
      } else shas.push(...(await upload(rt, 5000 + batch * 10, 10)))
    }
    expect(new Set(shas).size).toBe(200)
    expect(owedAtRestart).toBeGreaterThan(0) // the restart really lost queued work
    await waitFor(async () => (await storedCount(db)).n >= 200, 90_000, '200 documents', 500)
    await new Promise((r) => setTimeout(r, 1_500)) // a late duplicate would show up here
    expect(await storedCount(db)).toEqual({ n: 200, d: 200 })
    const [{ f }] = await db.query<{ f: number }>('SELECT count(*)::int AS f FROM findings')
    expect(f).toBe(200)
  }, 150_000)
})
