import { hostname } from 'node:os'
import { UnrecoverableError, Worker, type Job } from 'bullmq'
import { createWorkerPool } from '../pipeline/worker-pool.ts'
import { openStore } from '../store/open-store.ts'
import type { ServiceSettings } from './config.ts'
import { encodeFailure } from './errors.ts'
import { openBullQueue } from './bull-queue.ts'
import { IngestJobDataSchema, type IngestJobData, type IngestResult } from './jobs.ts'
import { errorInfoOf, isPermanent, processIngestJob, recordFinalFailure } from './process-job.ts'
import { startReconciler } from './reconcile.ts'
import { redisOptions } from './redis.ts'

export interface IngestWorker {
  readonly name: string
  // Graceful: waits for the running jobs. force: leaves them to the stalled-job check.
  close(force?: boolean): Promise<void>
}

// `cchc worker`: a BullMQ worker on the ingest queue. Extraction runs in the worker-thread pool
// (one thread per concurrent job), so the event loop stays free to renew job locks; a worker
// killed mid-job stops renewing, its lock expires after lockMs and the stalled-job check of any
// other worker puts the job back in the queue.
export async function startIngestWorker(settings: ServiceSettings, log: (line: string) => void): Promise<IngestWorker> {
  const c = settings.service
  if (!c.redisUrl) throw new Error('cchc worker needs REDIS_URL')
  const db = await openStore(settings.store)
  const pool = createWorkerPool(settings.pipeline)
  const queue = await openBullQueue(c)
  const stopping = new AbortController()
  const deps = { db, pool, stopping: stopping.signal }
  const name = `cchc-${hostname()}-${process.pid}`

  const processor = async (job: Job<IngestJobData, IngestResult>): Promise<IngestResult> => {
    const data = IngestJobDataSchema.safeParse(job.data)
    if (!data.success) throw new UnrecoverableError(encodeFailure({ code: 'invalid_request', message: 'malformed job data' }))
    try {
      return await processIngestJob(deps, data.data)
    } catch (e) {
      const info = errorInfoOf(e)
      if (isPermanent(e)) throw new UnrecoverableError(encodeFailure(info))
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await recordFinalFailure(db, data.data, info)
      throw new Error(encodeFailure(info))
    }
  }

  const worker = new Worker<IngestJobData, IngestResult>(c.queueName, processor, {
    connection: redisOptions(c.redisUrl, 'worker'), name, concurrency: pool.size,
    lockDuration: c.lockMs, stalledInterval: c.stalledMs,
    // A job whose worker died twice is more likely killing workers than unlucky: fail it.
    maxStalledCount: 2,
  })
  worker.on('error', (e) => log(`worker: ${e.message}`))
  worker.on('failed', (job, e) => log(`job ${job?.id ?? '?'} ${job?.data.fileName ?? ''}: attempt ${job?.attemptsMade ?? '?'} failed: ${e.message.split('\n')[0]}`))
  await worker.waitUntilReady()
  const reconciler = startReconciler(db, queue, c.reconcileMs, log)
  log(`worker ${name} on queue ${c.queueName}, concurrency ${pool.size}`)

  return {
    name,
    async close(force = false) {
      await reconciler.stop()
      await worker.close(force)
      stopping.abort()
      await Promise.allSettled([queue.close(), pool.close()])
      await db.close()
    },
  }
}
