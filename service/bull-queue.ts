import { Job, Queue, type JobsOptions } from 'bullmq'
import type { ServiceConfig } from './config.ts'
import { decodeFailure } from './errors.ts'
import { jobIdOf, type IngestJobData, type IngestQueue, type IngestResult, type JobState, type JobView } from './jobs.ts'
import { redisOptions, withTimeout } from './redis.ts'

const JOB_NAME = 'ingest'

// Retry rules live on the job, so every producer (API, reconcile, `cchc jobs`) agrees.
export const jobOptions = (c: ServiceConfig): JobsOptions => ({
  attempts: c.attempts,
  backoff: { type: 'exponential', delay: c.backoffMs },
  // Bounded history: Redis memory stays flat; older outcomes are still in the database.
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 10_000 },
})

const STATE: Partial<Record<string, JobState>> = { prioritized: 'waiting', 'waiting-children': 'waiting' }

async function viewOf(job: Job<IngestJobData, IngestResult>, known?: JobState): Promise<JobView> {
  const raw = known ?? (await job.getState())
  const state = (STATE[raw] ?? raw) as JobState
  const error = state === 'completed' ? undefined : decodeFailure(job.failedReason)
  return {
    id: String(job.id), state, sha256: job.data.sha256, fileName: job.data.fileName,
    // attemptsStarted also counts a run lost to a killed worker (stalled, then recovered).
    attempts: Math.max(job.attemptsStarted ?? 0, job.attemptsMade ?? 0),
    ...(error ? { error } : {}),
    ...(state === 'completed' && job.returnvalue ? { result: job.returnvalue } : {}),
    createdAt: new Date(job.timestamp).toISOString(),
    ...(job.finishedOn ? { finishedAt: new Date(job.finishedOn).toISOString() } : {}),
  }
}

// The producer side of the distributed setup: `cchc serve` enqueues, `cchc jobs` inspects.
export async function openBullQueue(c: ServiceConfig): Promise<IngestQueue> {
  if (!c.redisUrl) throw new Error('the BullMQ queue needs REDIS_URL')
  const queue = new Queue<IngestJobData, IngestResult>(c.queueName, { connection: redisOptions(c.redisUrl, 'producer'), defaultJobOptions: jobOptions(c) })
  // Without a listener an 'error' event (Redis down) would crash the process; outages are
  // reported by /health and retried by ioredis, so here they are only noted.
  queue.on('error', () => undefined)
  await withTimeout(queue.waitUntilReady(), 10_000, 'connecting to Redis')
  const find = async (id: string) => (await Job.fromId<IngestJobData, IngestResult>(queue, id)) ?? null

  return {
    kind: 'bullmq',
    async enqueue(data, { retryFailed }) {
      const id = jobIdOf(data.sha256)
      // An existing id makes add a no-op (one job per content).
      const job = await queue.add(JOB_NAME, data, { jobId: id })
      if (retryFailed && (await job.getState()) === 'failed') await job.retry('failed')
      return id
    },
    async get(id) { const job = await find(id); return job ? viewOf(job) : null },
    async list(state, limit, offset) {
      if (state === 'pending' || state === 'unknown') return []
      const jobs = await queue.getJobs([state], offset, offset + limit - 1, false)
      return Promise.all(jobs.filter(Boolean).map((j) => viewOf(j, state)))
    },
    async retry(id) {
      const job = await find(id)
      if (!job) return null
      if ((await job.getState()) !== 'failed') return false
      await job.retry('failed')
      return viewOf((await find(id)) ?? job)
    },
    async ping() {
      try {
        // BullMQ types its client loosely; it is an ioredis connection.
        const client = (await withTimeout(queue.client, 2_000, 'Redis client')) as unknown as { ping(): Promise<string> }
        return (await withTimeout(client.ping(), 2_000, 'Redis ping')) === 'PONG'
      } catch { return false }
    },
    async close() { await queue.close() },
  }
}
