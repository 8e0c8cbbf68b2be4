import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../store/open-store.ts'
import { sha256Hex } from '../../pipeline/extract-file.ts'
import { putUpload } from '../../service/uploads.ts'
import { runCli } from '../app/run-cli.ts'
import { childEnv, PG_URL, REPO, redisConn, sandbox, serversUp, startCli, stopChild, waitFor, type Child, type Sandbox } from './helpers.ts'

const UP = 'uploader-token-9', READ = 'auditor-token-9'
const SAMPLES = readdirSync(join(REPO, 'samples')).filter((f) => /\.(docx|pdf|md)$/.test(f) && f !== 'README.md').sort()
const WORKER_READY = /worker (cchc-\S+) on queue/

// Every test: its own queue and schema, its own processes, all stopped and removed after.
let sb: Sandbox | undefined
let children: Child[] = []
let queues: Queue[] = []
afterEach(async () => {
  await Promise.all(children.map((c) => stopChild(c, 'SIGKILL')))
  await Promise.all(queues.map((q) => q.close()))
  await sb?.cleanup()
  children = []; queues = []; sb = undefined
})

const spawnWorker = async (s: Sandbox, extra: Record<string, string> = {}) => {
  const c = await startCli(['worker'], childEnv(s, extra), WORKER_READY)
  children.push(c)
  return { child: c, name: WORKER_READY.exec(c.output())![1] }
}
const queueOf = (s: Sandbox) => { const q = new Queue(s.queueName, { connection: redisConn(s.redisUrl) }); queues.push(q); return q }
const allSettled = (q: Queue, n: number, ms: number) =>
  waitFor(async () => { const c = await q.getJobCounts('completed', 'failed'); return c.completed + c.failed >= n }, ms, `${n} jobs to settle`, 200)

describe.skipIf(!serversUp)('distributed: cchc serve enqueues, cchc worker processes ingest (Redis, PostgreSQL)', () => {
  it('ingests the samples uploaded over HTTP with two worker processes; findings and deficiencies answer', async () => {
    sb = sandbox()
    const env = childEnv(sb, { CCHC_UPLOAD_TOKENS: UP, CCHC_READ_TOKENS: READ })
    const serve = await startCli(['serve', '--port', '0'], env, /listening on (http:\/\/\S+)/)
    children.push(serve)
    const base = /listening on (http:\/\/\S+)/.exec(serve.output())![1]
    // the scan (5 pages) meets an OCR page limit of 4: a bad file that fails the same way every time
    const [w1, w2] = await Promise.all([spawnWorker(sb, { CCHC_OCR_MAX_PAGES: '4' }), spawnWorker(sb, { CCHC_OCR_MAX_PAGES: '4' })])
    const form = new FormData()
    for (const f of SAMPLES) form.append('file', new Blob([readFileSync(join(REPO, 'samples', f))]), f)
    const res = await fetch(`${base}/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${UP}` } })
    expect(res.status).toBe(202)
    const files = (await res.json()).files as { fileName: string; status: string; jobId: string }[]
    expect(files.map((f) => f.status)).toEqual(SAMPLES.map(() => 'queued'))
    const q = queueOf(sb)
    await allSettled(q, SAMPLES.length, 90_000)
    const read = async (path: string) => (await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${READ}` } })).json()
    // The scan has more pages than the OCR limit: a bad file, failed at once (one attempt), with its code.
    const failed = (await read('/jobs?state=failed')).jobs
    expect(failed).toMatchObject([{ fileName: 'kh-1073-sngv-hue-2017.scan.pdf', state: 'failed', attempts: 1, error: { code: 'file_too_large' } }])
    const found = (await read('/findings?criterion=sang%20kien')).rows as { agency: string; year: number; code: string }[]
    expect(found.map((r) => `${r.agency}|${r.year}|${r.code}`)).toEqual(expect.arrayContaining(['Ủy ban nhân dân huyện Tịnh Biên|2016|1.5.3', 'Sở Ngoại vụ|2021|1.7']))
    expect((await read('/deficiencies')).rows.length).toBeGreaterThan(0)
    expect(await read('/stats')).toMatchObject({ documents: SAMPLES.length - 1, failures: 1, queue: 'bullmq' })
    const by = new Set((await q.getJobs(['completed'])).map((j) => j.processedBy))
    expect(by).toEqual(new Set([w1.name, w2.name]))
    // The same failure through the CLI, and a retry from it (which fails again, the same way).
    const cliEnv = childEnv(sb)
    const listed = await runCli(['jobs', '--failed', '--json'], { env: cliEnv })
    expect(JSON.parse(listed.stdout)).toMatchObject([{ id: failed[0].id, error: { code: 'file_too_large' } }])
    const retried = await runCli(['jobs', '--retry', failed[0].id], { env: cliEnv })
    expect(retried.stdout).toBe(`${failed[0].id}: queued again\n`)
    // attempts counts a started run, so the second attempt shows before it has failed: wait for both
    await waitFor(async () => { const j = await read(`/jobs/${failed[0].id}`); return j.attempts === 2 && j.state === 'failed' }, 30_000, 'the retried job to fail again')
    expect(await read(`/jobs/${failed[0].id}`)).toMatchObject({ state: 'failed', error: { code: 'file_too_large' } })
    // SIGTERM: both workers stop cleanly.
    for (const w of [w1, w2]) { w.child.proc.kill('SIGTERM'); expect(await w.child.exited).toBe(0) }
  }, 150_000)

  it('stores a content once when two jobs for it run at the same time in two workers', async () => {
    sb = sandbox()
    const db = await openStore({ databaseUrl: PG_URL, schema: sb.schema })
    try {
      const bytes = readFileSync(join(REPO, 'samples/kh-95-sngv-quangtri-2019.docx'))
      const sha = sha256Hex(bytes)
      await putUpload(db, sha, new Uint8Array(bytes), 'kh-95.docx')
      await Promise.all([spawnWorker(sb), spawnWorker(sb)])
      const q = queueOf(sb)
      // Two job ids, one content: what a lost acknowledgement or an operator's double enqueue looks like.
      await q.addBulk(['twice-1', 'twice-2'].map((jobId) => ({ name: 'ingest', data: { sha256: sha, fileName: 'kh-95.docx' }, opts: { jobId } })))
      // The workers' reconcile pass usually adds the upload's own job (sha-…) too: three runs.
      await waitFor(async () => {
        const c = await q.getJobCounts('completed', 'waiting', 'active', 'delayed')
        return c.completed >= 2 && c.waiting + c.active + c.delayed === 0
      }, 60_000, 'the jobs to finish', 200)
      const done = await q.getJobs(['completed'])
      expect(done.map((j) => j.id)).toEqual(expect.arrayContaining(['twice-1', 'twice-2']))
      expect(done.filter((j) => j.returnvalue.status === 'stored')).toHaveLength(1)
      expect(await q.getJobCounts('failed')).toEqual({ failed: 0 })
      const [{ docs, findings }] = await db.query<{ docs: number; findings: number }>(
        `SELECT (SELECT count(*)::int FROM documents WHERE sha256 = $1) AS docs,
                (SELECT count(*)::int FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.sha256 = $1) AS findings`, [sha])
      expect(docs).toBe(1)
      expect(findings).toBe((await db.query('SELECT DISTINCT finding_key FROM findings')).length)
    } finally { await db.close() }
  }, 90_000)

  it('recovers the job of a worker killed (SIGKILL) mid-job: another worker completes it, stored once', async () => {
    sb = sandbox()
    const db = await openStore({ databaseUrl: PG_URL, schema: sb.schema })
    try {
      const files = SAMPLES.filter((f) => /\.(pdf|docx)$/.test(f) && !f.includes('scan'))
      const q = queueOf(sb)
      const a = await spawnWorker(sb)
      for (const f of files) {
        const bytes = new Uint8Array(readFileSync(join(REPO, 'samples', f)))
        await putUpload(db, sha256Hex(bytes), bytes, f)
      }
      // A's reconcile pass queues the uploads; kill A while it holds one.
      await waitFor(async () => (await q.getActive()).some((j) => j.processedBy === a.name), 30_000, 'A to start a job', 20)
      a.child.proc.kill('SIGKILL')
      await a.child.exited
      const orphaned = (await q.getActive()).map((j) => j.id)
      expect(orphaned.length).toBeGreaterThan(0)
      const b = await spawnWorker(sb)
      await allSettled(q, files.length, 60_000)
      for (const id of orphaned) {
        const job = (await q.getJob(id!))!
        expect(await job.getState()).toBe('completed')
        expect(job.processedBy).toBe(b.name)
        expect(job.attemptsStarted).toBeGreaterThanOrEqual(2)
      }
      const [{ n, distinct }] = await db.query<{ n: number; distinct: number }>('SELECT count(*)::int AS n, count(DISTINCT sha256)::int AS distinct FROM documents')
      expect({ n, distinct }).toEqual({ n: files.length, distinct: files.length })
    } finally { await db.close() }
  }, 90_000)

  it('on SIGTERM finishes the running job, then exits 0', async () => {
    sb = sandbox()
    const db = await openStore({ databaseUrl: PG_URL, schema: sb.schema })
    try {
      const q = queueOf(sb)
      const w = await spawnWorker(sb)
      for (const f of SAMPLES.filter((x) => x.endsWith('.pdf') && !x.includes('scan'))) {
        const bytes = new Uint8Array(readFileSync(join(REPO, 'samples', f)))
        await putUpload(db, sha256Hex(bytes), bytes, f)
      }
      await waitFor(async () => (await q.getActive()).length > 0, 30_000, 'a running job', 20)
      const running = (await q.getActive()).map((j) => j.id!)
      w.child.proc.kill('SIGTERM')
      expect(await w.child.exited).toBe(0)
      for (const id of running) expect(await (await q.getJob(id))!.getState()).toBe('completed')
    } finally { await db.close() }
  }, 60_000)
})
