import { Worker } from 'node:worker_threads'
import { CchcError } from '../schemas/errors.ts'
import type { ExtractionRecord } from '../schemas/record.ts'
import { resolveOptions, type PipelineOptions } from './options.ts'
import { reviveError, type WorkerReply, type WorkerTask } from './worker-protocol.ts'
import { workerEntry } from './worker-entry.ts'

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
  // Takes ownership of `bytes`: its buffer is transferred to the worker (detached here).
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
  readonly worker: Worker
  ready: boolean
  job: Job | null
  timer: NodeJS.Timeout | null
}

// A fixed number of long-lived workers, reused between files (start-up is the dominant cost
// for small files). A worker that times out, runs out of memory or crashes is discarded and
// a fresh one is started for the next file; the other files are unaffected.
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
    slot.timer = null
    if (!job) return
    if ('record' in outcome) job.resolve(outcome.record)
    else job.reject(outcome.error)
  }

  // Removes a worker for good; its current file (if any) fails with `error`.
  const discard = (slot: Slot, error: CchcError): void => {
    if (!slots.delete(slot)) return
    settle(slot, { error })
    void slot.worker.terminate()
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
    const worker = new Worker(workerEntry(), {
      // Not the parent's flags: under tsx those load its loader and enable source maps in every
      // worker, and Node then keeps each package's parsed source map (60 MB for pdf.js alone).
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: opts.memoryMb, maxYoungGenerationSizeMb: youngGenerationMb(opts.memoryMb) },
      // Parser warnings must not interleave with the CLI's one-line-per-file stderr.
      stderr: true,
      stdout: true,
    })
    const slot: Slot = { worker, ready: false, job: null, timer: null }
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'ready') { slot.ready = true; return armTimer(slot) }
      if (!slot.job || slot.job.id !== m.id) return
      if (m.type === 'progress') { armTimer(slot); slot.job.onPages?.(m.done, m.total); return }
      settle(slot, m.type === 'done' ? { record: m.record } : { error: reviveError(m.error) })
      pump()
    })
    worker.on('error', (e: Error & { code?: string }) => discard(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new CchcError('parse_memory', `${slot.job?.fileName ?? 'the worker'} needed more than ${opts.memoryMb} MB of heap`)
      : new CchcError('parse_crashed', `${slot.job?.fileName ?? 'the worker'}: ${e.message}`)))
    worker.on('exit', (code) => discard(slot, new CchcError('parse_crashed', `the worker exited unexpectedly (code ${code})`)))
    // Nothing is read from these; draining them keeps a chatty parser from blocking.
    worker.stdout.resume()
    worker.stderr.resume()
    slots.add(slot)
    return slot
  }

  const pump = (): void => {
    while (!closed && queue.length > 0) {
      const slot = [...slots].find((s) => !s.job) ?? (slots.size < size ? spawn() : null)
      if (!slot) return
      const job = queue.shift()!
      slot.job = job
      slot.worker.ref()
      const bytes = ownedBytes(job.bytes)
      const task: WorkerTask = { id: job.id, bytes, fileName: job.fileName, options: opts }
      slot.worker.postMessage(task, [bytes.buffer as ArrayBuffer])
      armTimer(slot)
    }
    // Idle workers must not keep the process alive if the caller forgets close().
    for (const s of slots) if (!s.job) s.worker.unref()
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
      await Promise.all(all.map((s) => s.worker.terminate()))
    },
  }
}

// The young generation only holds short-lived objects; a modest share of the heap suffices.
// 16 MB rather than 32: each worker is ~30 MB smaller (the importer's peak RSS counts them all)
// for a few per cent more scavenges.
const youngGenerationMb = (memoryMb: number): number => Math.max(2, Math.min(16, Math.floor(memoryMb / 8)))

// The buffer is moved, not copied, when the view owns all of it. A view into a shared or
// larger buffer (e.g. Node's small-Buffer pool) is copied first: structured clone would copy
// the whole underlying buffer, and transferring it would detach unrelated bytes.
function ownedBytes(bytes: Uint8Array): Uint8Array {
  const { buffer } = bytes
  const owns = buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
  return owns ? bytes : bytes.slice()
}
