import { describe, expect, it } from 'vitest'
import { CchcError } from '../../schemas/errors.ts'
import { createLocalQueue } from '../../service/local-queue.ts'
import { PermanentJobError } from '../../service/process-job.ts'
import { jobIdOf, type IngestJobData } from '../../service/jobs.ts'
import { waitFor } from './helpers.ts'

const data = (n: number): IngestJobData => ({ sha256: n.toString(16).padStart(64, '0'), fileName: `f${n}.md` })

describe('the in-process queue', () => {
  it('runs a job and reports it completed under the content-derived id', async () => {
    const q = createLocalQueue({ process: async () => ({ status: 'stored', documentId: 7 }), concurrency: 2, attempts: 3, backoffMs: 10 })
    const id = await q.enqueue(data(1), { retryFailed: true })
    expect(id).toBe(jobIdOf(data(1).sha256))
    await waitFor(async () => (await q.get(id))?.state === 'completed', 2000, 'completion')
    expect(await q.get(id)).toMatchObject({ state: 'completed', attempts: 1, result: { status: 'stored', documentId: 7 } })
    await q.close()
  })

  it('queues the same content once', async () => {
    let runs = 0
    const q = createLocalQueue({ process: async () => { runs++; return { status: 'stored', documentId: 1 } }, concurrency: 1, attempts: 1, backoffMs: 10 })
    await q.enqueue(data(2), { retryFailed: true })
    await q.enqueue(data(2), { retryFailed: true })
    await waitFor(async () => (await q.get(jobIdOf(data(2).sha256)))?.state === 'completed', 2000, 'completion')
    expect(runs).toBe(1)
    await q.close()
  })

  it('retries a transient failure with backoff, then succeeds', async () => {
    let runs = 0
    const q = createLocalQueue({ concurrency: 1, attempts: 4, backoffMs: 20, process: async () => {
      if (++runs < 3) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
      return { status: 'stored', documentId: 3 }
    } })
    const id = await q.enqueue(data(3), { retryFailed: true })
    await waitFor(async () => (await q.get(id))?.state === 'completed', 2000, 'completion')
    expect((await q.get(id))!.attempts).toBe(3)
    await q.close()
  })

  it('fails a bad file at once with its code, lists it as failed, and retries it on request', async () => {
    let runs = 0
    const q = createLocalQueue({ concurrency: 1, attempts: 8, backoffMs: 10, process: async () => {
      if (++runs === 1) throw new PermanentJobError({ code: 'corrupt_pdf', message: new CchcError('corrupt_pdf').message, transient: false })
      return { status: 'stored', documentId: 4 }
    } })
    const id = await q.enqueue(data(4), { retryFailed: true })
    await waitFor(async () => (await q.get(id))?.state === 'failed', 2000, 'failure')
    expect(await q.get(id)).toMatchObject({ attempts: 1, error: { code: 'corrupt_pdf' } })
    expect((await q.list('failed', 10, 0)).map((j) => j.id)).toEqual([id])
    expect(['waiting', 'active']).toContain((await q.retry(id) || { state: 'none' }).state)
    await waitFor(async () => (await q.get(id))?.state === 'completed', 2000, 'completion after retry')
    expect(await q.retry(id)).toBe(false)
    expect(await q.retry('sha-nope')).toBeNull()
    await q.close()
  })

  it('gives up after the attempt limit and reports the final transient failure', async () => {
    const finals: string[] = []
    const q = createLocalQueue({ concurrency: 1, attempts: 2, backoffMs: 5, onFinalFailure: async (d, info) => { finals.push(`${d.fileName}:${info.code}`) },
      process: async () => { throw Object.assign(new Error('Connection terminated unexpectedly'), {}) } })
    const id = await q.enqueue(data(5), { retryFailed: true })
    await waitFor(async () => (await q.get(id))?.state === 'failed', 2000, 'failure')
    expect(await q.get(id)).toMatchObject({ attempts: 2, error: { code: 'unavailable' } })
    expect(finals).toEqual(['f5.md:unavailable'])
    await q.close()
  })
})
