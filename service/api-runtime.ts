import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import { createWorkerPool, type WorkerPool } from '../pipeline/worker-pool.ts'
import type { Db } from '../store/db.ts'
import { openStore, QUERY_CACHE_MB } from '../store/open-store.ts'
import { buildApp } from './build-app.ts'
import { openBullQueue } from './bull-queue.ts'
import type { ServiceSettings } from './config.ts'
import type { IngestQueue } from './jobs.ts'
import { createLocalQueue } from './local-queue.ts'
import { processIngestJob, recordFinalFailure } from './process-job.ts'
import { reconcileOnce } from './reconcile.ts'

export interface ApiRuntime {
  readonly app: FastifyInstance
  readonly db: Db
  readonly queue: IngestQueue
  close(): Promise<void>
}

// The in-process mode: the same processIngestJob the BullMQ worker runs, fed by a queue in
// memory, extraction in this process's worker-thread pool, on whatever store is configured.
function inProcessQueue(settings: ServiceSettings, db: Db, pool: WorkerPool): IngestQueue {
  return createLocalQueue({
    process: (data) => processIngestJob({ db, pool }, data),
    concurrency: pool.size, attempts: settings.service.attempts, backoffMs: settings.service.backoffMs,
    onFinalFailure: (data, info) => recordFinalFailure(db, data, info),
  })
}

// `cchc serve`: with REDIS_URL the API only enqueues (workers ingest); without it, it ingests
// in-process. Either way uploads are committed to the store before they are queued.
export async function startApi(settings: ServiceSettings, logger: FastifyServerOptions['logger'] = false): Promise<ApiRuntime> {
  // The API mostly answers queries (uploads are ingested a few at a time): the larger buffer pool.
  const db = await openStore({ ...settings.store, cacheMb: QUERY_CACHE_MB })
  let pool: WorkerPool | null = null
  let queue: IngestQueue | null = null
  try {
    if (settings.service.redisUrl) queue = await openBullQueue(settings.service)
    else {
      pool = createWorkerPool(settings.pipeline)
      queue = inProcessQueue(settings, db, pool)
      // Uploads accepted before a restart and never finished are owed: queue them again.
      await reconcileOnce(db, queue)
    }
    const app = await buildApp({ settings, db, queue, logger })
    const q = queue, p = pool
    return {
      app, db, queue,
      // Stop accepting requests, let running jobs finish, then release threads and the store.
      async close() {
        await app.close()
        await q.close()
        await p?.close()
        await db.close()
      },
    }
  } catch (e) {
    await queue?.close().catch(() => undefined)
    await pool?.close()
    await db.close()
    throw e
  }
}
