import { errorInfoOf, isPermanent } from './process-job.ts'
import type { JobErrorInfo } from './errors.ts'
import { jobIdOf, type IngestJobData, type IngestQueue, type IngestResult, type JobState, type JobView } from './jobs.ts'

export interface LocalQueueOptions {
  // The same function the BullMQ worker calls (processIngestJob bound to its deps).
  readonly process: (data: IngestJobData) => Promise<IngestResult>
  readonly concurrency: number
  readonly attempts: number
  readonly backoffMs: number
  readonly onFinalFailure?: (data: IngestJobData, info: JobErrorInfo) => Promise<void>
}

interface Entry {
  readonly id: string
  readonly data: IngestJobData
  state: JobState
  attempts: number
  error?: { code: string; message: string }
  result?: IngestResult
  readonly createdAt: string
  finishedAt?: string
}

// Finished jobs kept for GET /jobs/:id; older ones are still answered from the database.
const KEEP_FINISHED = 10_000

// The embedded mode's queue: no Redis, jobs in memory, the same retry rules as the BullMQ
// setup (transient → exponential backoff up to `attempts`, a bad file → failed at once). The
// database keeps what is owed, so pending uploads survive a restart (reconcile.ts re-queues).
export function createLocalQueue(o: LocalQueueOptions): IngestQueue {
  const jobs = new Map<string, Entry>()
  const waiting: Entry[] = []
  const timers = new Set<NodeJS.Timeout>()
  const running = new Set<Promise<void>>()
  let closed = false

  const view = (e: Entry): JobView => ({ id: e.id, state: e.state, sha256: e.data.sha256, fileName: e.data.fileName, attempts: e.attempts,
    ...(e.error ? { error: { ...e.error } } : {}), ...(e.result ? { result: e.result } : {}), createdAt: e.createdAt,
    ...(e.finishedAt ? { finishedAt: e.finishedAt } : {}) })

  const finish = (e: Entry, state: 'completed' | 'failed') => {
    e.state = state
    e.finishedAt = new Date().toISOString()
    // Map iteration is insertion order: the first finished entries are the oldest jobs.
    if (jobs.size > KEEP_FINISHED) for (const [id, old] of jobs) { if (jobs.size <= KEEP_FINISHED) break; if (old.finishedAt) jobs.delete(id) }
  }

  const run = async (e: Entry) => {
    e.state = 'active'
    e.attempts++
    try {
      e.result = await o.process(e.data)
      e.error = undefined
      finish(e, 'completed')
    } catch (err) {
      const info = errorInfoOf(err)
      e.error = { code: info.code, message: info.message }
      if (!isPermanent(err) && e.attempts < o.attempts && !closed) {
        e.state = 'delayed'
        const t = setTimeout(() => { timers.delete(t); e.state = 'waiting'; waiting.push(e); pump() }, o.backoffMs * 2 ** (e.attempts - 1))
        timers.add(t)
        return
      }
      if (!isPermanent(err)) await o.onFinalFailure?.(e.data, info)
      finish(e, 'failed')
    }
  }

  const pump = () => {
    while (!closed && running.size < o.concurrency && waiting.length > 0) {
      const p = run(waiting.shift()!).finally(() => { running.delete(p); pump() })
      running.add(p)
    }
  }

  const requeue = (e: Entry) => { e.state = 'waiting'; e.attempts = 0; e.error = undefined; e.finishedAt = undefined; waiting.push(e); pump() }

  return {
    kind: 'in-process',
    async enqueue(data, { retryFailed }) {
      const id = jobIdOf(data.sha256)
      const existing = jobs.get(id)
      if (existing) {
        if (existing.state === 'failed' && retryFailed) requeue(existing)
        return id
      }
      const e: Entry = { id, data, state: 'waiting', attempts: 0, createdAt: new Date().toISOString() }
      jobs.set(id, e)
      waiting.push(e)
      pump()
      return id
    },
    async get(id) { const e = jobs.get(id); return e ? view(e) : null },
    async list(state, limit, offset) {
      return [...jobs.values()].filter((e) => e.state === state).reverse().slice(offset, offset + limit).map(view)
    },
    async retry(id) {
      const e = jobs.get(id)
      if (!e) return null
      if (e.state !== 'failed') return false
      requeue(e)
      return view(e)
    },
    async ping() { return !closed },
    // Stops taking jobs and waits for the running ones; waiting ones stay owed in the database.
    async close() {
      closed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      await Promise.allSettled([...running])
    },
  }
}
