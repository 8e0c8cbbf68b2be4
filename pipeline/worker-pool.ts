import { CchcError } from '../schemas/errors.ts'
import type { ExtractionRecord } from '../schemas/record.ts'
import { resolveOptions, type PipelineOptions } from './options.ts'
import { reviveError } from './worker-protocol.ts'
import { startWorkerProcess, type WorkerProcess } from './worker-process.ts'

// Start-up (tsx + parser modules) takes ~1 s; a worker that cannot start in this long is broken.
const STARTUP_LIMIT_MS = 30_000

export interface ExtractCallOptions {
  // Overrides the pool's timeout for this one file (a per-job deadline).
  readonly timeoutMs?: number
  // Pages of a scan read so far (OCR); each page done restarts the time limit, so the limit
  // bounds one page of a scan (and the page count is bounded by ocrMaxPages).
  readonly onPages?: (done: number, total: number) => void
}

export interface WorkerPool {
  readonly size: number
  // The bytes are copied to the parser process; the caller may reuse or drop them.
  extract(bytes: Uint8Array, fileName: string, call?: ExtractCallOptions): Promise<ExtractionRecord>
  // Terminates every worker; files still queued or running fail with 'parse_crashed'.
  close(): Promise<void>
}

interface Job {
  readonly id: number
  readonly bytes: Uint8Array
  readonly fileName: string
  readonly timeoutMs: number
  readonly onPages?: (done: number, total: number) => void
  readonly resolve: (record: ExtractionRecord) => void
  readonly reject: (error: CchcError) => void
}

interface Slot {
  worker: WorkerProcess
  ready: boolean
  sent: boolean
  job: Job | null
  timer: NodeJS.Timeout | null
}

// A fixed number of long-lived parser processes, reused between files (start-up is the dominant
// cost for small files). One that times out, runs out of memory or crashes — even by a native
// abort, which would take a worker thread's whole process with it — is discarded and a fresh
// one is started for the next file; the other files are unaffected.
export function createWorkerPool(options?: Partial<PipelineOptions>): WorkerPool {
  const opts = resolveOptions(options)
  const size = Math.max(1, Math.floor(opts.concurrency))
  const slots = new Set<Slot>()
  const queue: Job[] = []
  let nextId = 1
  let closed = false

  const settle = (slot: Slot, outcome: { record: ExtractionRecord } | { error: CchcError }): void => {
    const job = slot.job
    if (slot.timer) clearTimeout(slot.timer)
    slot.job = null
    slot.sent = false
    slot.timer = null
    if (!job) return
    if ('record' in outcome) job.resolve(outcome.record)
    else job.reject(outcome.error)
  }

  // Removes a worker for good; its current file (if any) fails with `error`.
  const discard = (slot: Slot, error: CchcError): void => {
    if (!slots.delete(slot)) return
    settle(slot, { error })
    slot.worker.kill()
    pump()
  }

  const armTimer = (slot: Slot): void => {
    const job = slot.job
    if (!job) return
    if (slot.timer) clearTimeout(slot.timer)
    const limit = slot.ready ? job.timeoutMs : STARTUP_LIMIT_MS
    slot.timer = setTimeout(() => discard(slot, slot.ready
      ? new CchcError('parse_timeout', `${job.fileName} took longer than ${job.timeoutMs} ms`)
      : new CchcError('parse_crashed', `the worker did not start within ${STARTUP_LIMIT_MS} ms`)), limit)
  }

  const spawn = (): Slot => {
    const slot: Slot = { worker: undefined!, ready: false, sent: false, job: null, timer: null }
    slot.worker = startWorkerProcess(opts.memoryMb, {
      onReply: (m) => {
        if (m.type === 'ready') { slot.ready = true; dispatch(slot); return }
        if (!slot.job || slot.job.id !== m.id) return
        if (m.type === 'progress') { armTimer(slot); slot.job.onPages?.(m.done, m.total); return }
        settle(slot, m.type === 'done' ? { record: m.record } : { error: reviveError(m.error) })
        pump()
      },
      onExit: (code, detail) => discard(slot, new CchcError(code, `${slot.job?.fileName ?? 'the parser'}: ${detail}`)),
    })
    slots.add(slot)
    return slot
  }

  // A job goes to its process once that process has loaded the parsers (messages sent earlier
  // could reach it before it listens).
  const dispatch = (slot: Slot): void => {
    const job = slot.job
    if (job && slot.ready && !slot.sent) {
      slot.sent = true
      slot.worker.send({ id: job.id, bytes: job.bytes, fileName: job.fileName, options: opts })
    }
    armTimer(slot)
  }

  const pump = (): void => {
    while (!closed && queue.length > 0) {
      const slot = [...slots].find((s) => !s.job) ?? (slots.size < size ? spawn() : null)
      if (!slot) return
      const job = queue.shift()!
      slot.job = job
      slot.worker.hold(true)
      dispatch(slot)
    }
    // Idle workers must not keep the process alive if the caller forgets close().
    for (const s of slots) if (!s.job) s.worker.hold(false)
  }

  return {
    size,
    extract(bytes, fileName, call) {
      if (closed) return Promise.reject(new CchcError('parse_crashed', 'the worker pool is closed'))
      return new Promise<ExtractionRecord>((resolve, reject) => {
        queue.push({ id: nextId++, bytes, fileName, timeoutMs: call?.timeoutMs ?? opts.timeoutMs, onPages: call?.onPages, resolve, reject })
        pump()
      })
    },
    async close() {
      closed = true
      for (const job of queue.splice(0)) job.reject(new CchcError('parse_crashed', `${job.fileName}: the worker pool was closed`))
      const all = [...slots]
      for (const slot of all) discard(slot, new CchcError('parse_crashed', 'the worker pool was closed'))
      for (const slot of all) slot.worker.kill()
    },
  }
}
