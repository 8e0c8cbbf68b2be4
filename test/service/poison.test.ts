import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { afterEach, describe, expect, it } from 'vitest'
import { createWorkerPool } from '../../pipeline/worker-pool.ts'
import { sha256Hex } from '../../pipeline/extract-file.ts'
import { processIngestJob, PermanentJobError } from '../../service/process-job.ts'
import { putUpload } from '../../service/uploads.ts'
import { beginParse } from '../../store/parse-attempts.ts'
import { openStore } from '../../store/open-store.ts'
import { runCli } from '../app/run-cli.ts'
import { childEnv, PG_URL, REPO, redisConn, sandbox, serversUp, smallPlan, startCli, stopChild, waitFor, type Child, type Sandbox } from './helpers.ts'

// The .doc that made V8 abort its process (test/fixtures; /work/shared/repro): uploaded beside
// good files, it used to kill each worker that took it, then the next, for ever.
const POISON = readFileSync(join(REPO, 'test/fixtures/doc-heap-abort.doc'))
const UP = 'uploader-token-p', READ = 'auditor-token-p'

let sb: Sandbox | undefined
let children: Child[] = []
afterEach(async () => {
  await Promise.all(children.map((c) => stopChild(c, 'SIGKILL')))
  await sb?.cleanup()
  children = []; sb = undefined
})

describe.skipIf(!serversUp)('a poison upload (Redis, PostgreSQL, two real workers)', () => {
  it('fails alone with parse_memory within two minutes while the 50 good uploads beside it are stored', async () => {
    sb = sandbox()
    const env = childEnv(sb, { CCHC_UPLOAD_TOKENS: UP, CCHC_READ_TOKENS: READ, CCHC_MEMORY_MB: '256' })
    const serve = await startCli(['serve', '--port', '0'], env, /listening on (http:\/\/\S+)/)
    children.push(serve)
    const base = /listening on (http:\/\/\S+)/.exec(serve.output())![1]
    const workers = await Promise.all([1, 2].map(() => startCli(['worker'], env, /worker cchc-\S+ on queue/)))
    children.push(...workers)
    const t0 = Date.now()
    const send = async (files: { name: string; bytes: Uint8Array<ArrayBuffer> }[]) => {
      const form = new FormData()
      for (const f of files) form.append('file', new Blob([f.bytes]), f.name)
      const res = await fetch(`${base}/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${UP}` } })
      expect(res.status).toBe(202)
    }
    // The poison first, so a worker is busy with it while the good files arrive.
    await send([{ name: 'poison.doc', bytes: new Uint8Array(POISON) }])
    for (let i = 0; i < 50; i += 10)
      await send(Array.from({ length: 10 }, (_, j) => ({ name: `plan-${i + j}.md`, bytes: new TextEncoder().encode(smallPlan(7000 + i + j)) })))
    const read = async (path: string) => (await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${READ}` } })).json()
    await waitFor(async () => (await read('/stats')).documents === 50 && (await read('/jobs?state=failed')).jobs.length === 1, 120_000, 'the 50 good files stored and the poison failed', 500)
    expect(Date.now() - t0).toBeLessThan(120_000)
    const failed = (await read('/jobs?state=failed')).jobs
    expect(failed).toMatchObject([{ fileName: 'poison.doc', state: 'failed', error: { code: expect.stringMatching(/^parse_(memory|crashed)$/) } }])
    expect(await read('/stats')).toMatchObject({ documents: 50, failures: 1 })
    const listed = await runCli(['jobs', '--failed', '--json'], { env: childEnv(sb) })
    expect(JSON.parse(listed.stdout)).toMatchObject([{ fileName: 'poison.doc', error: { code: failed[0].error.code } }])
    // Both workers are alive, and the reconciler does not hand the poison back to them.
    for (const w of workers) expect(w.proc.exitCode).toBeNull()
    await new Promise((r) => setTimeout(r, 3000)) // three reconcile passes (CCHC_RECONCILE_MS=1000)
    const q = new Queue(sb.queueName, { connection: redisConn(sb.redisUrl) })
    try { expect(await q.getJobCounts('waiting', 'active', 'delayed')).toMatchObject({ waiting: 0, active: 0, delayed: 0 }) } finally { await q.close() }
  }, 180_000)

  it('fails an upload as parse_crashed once the processes parsing it have died twice (marks left unfinished)', async () => {
    sb = sandbox()
    const db = await openStore({ databaseUrl: PG_URL, schema: sb.schema })
    const pool = createWorkerPool({ concurrency: 1 })
    try {
      const bytes = new TextEncoder().encode(smallPlan(7777))
      const sha = sha256Hex(bytes)
      await putUpload(db, sha, bytes, 'twice-dead.md')
      // What two workers that died mid-parse leave behind: two parses begun, none finished.
      await beginParse(db, sha)
      await beginParse(db, sha)
      const error = await processIngestJob({ db, pool }, { sha256: sha, fileName: 'twice-dead.md' }).then(() => null, (e) => e)
      expect(error).toBeInstanceOf(PermanentJobError)
      expect(error.info).toMatchObject({ code: 'parse_crashed', message: expect.stringMatching(/died 2 times/) })
      expect(await db.query('SELECT code FROM failures WHERE sha256 = $1', [sha])).toEqual([{ code: 'parse_crashed' }])
      // One death alone is not enough: a file whose parse was begun once is parsed again.
      const other = new TextEncoder().encode(smallPlan(7778))
      await putUpload(db, sha256Hex(other), other, 'once-dead.md')
      await beginParse(db, sha256Hex(other))
      await expect(processIngestJob({ db, pool }, { sha256: sha256Hex(other), fileName: 'once-dead.md' })).resolves.toMatchObject({ status: 'stored' })
      expect(await db.query('SELECT * FROM parse_attempts')).toEqual([])
    } finally { await pool.close(); await db.close() }
  }, 60_000)
})

describe('a poison upload to in-process cchc serve (embedded store)', () => {
  it('fails with parse_memory, is listed as failed, and the good upload beside it is stored', async () => {
    const { startApi } = await import('../../service/api-runtime.ts')
    const { multipart, settingsFor } = await import('./helpers.ts')
    const rt = await startApi(settingsFor(null, { redis: false, pipeline: { memoryMb: 256 } }))
    try {
      const m = multipart([{ name: 'poison.doc', bytes: POISON }, { name: 'plan.md', bytes: smallPlan(8001) }])
      const res = await rt.app.inject({ method: 'POST', url: '/documents', payload: m.payload, headers: m.headers })
      expect(res.statusCode).toBe(202)
      const get = async (url: string) => JSON.parse((await rt.app.inject({ method: 'GET', url })).body)
      await waitFor(async () => (await get('/jobs?state=failed')).jobs.length === 1 && (await get('/stats')).documents === 1, 60_000, 'both uploads to settle', 200)
      expect((await get('/jobs?state=failed')).jobs).toMatchObject([{ fileName: 'poison.doc', attempts: 1, error: { code: 'parse_memory' } }])
      expect(await rt.db.query('SELECT file_name, code FROM failures')).toEqual([{ file_name: 'poison.doc', code: 'parse_memory' }])
    } finally { await rt.close() }
  }, 90_000)
})
