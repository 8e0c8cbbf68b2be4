import type { Db } from '../store/db.ts'
import type { IngestQueue } from './jobs.ts'
import { pendingUploads } from './uploads.ts'

// Queues every upload the database says is still owed. Safe to run anywhere, any time, by many
// processes at once: the job id is derived from the content hash, so an upload whose job is
// already queued or running is not queued twice. This is what makes delivery at-least-once when
// Redis loses its data (a restart without persistence) or was down when the upload arrived.
export async function reconcileOnce(db: Db, queue: IngestQueue, limit = 2_000): Promise<number> {
  const owed = await pendingUploads(db, limit)
  for (const p of owed) await queue.enqueue({ sha256: p.sha256, fileName: p.fileName }, { retryFailed: false })
  return owed.length
}

// Runs reconcileOnce every `everyMs` (never two passes at once) until stopped.
export function startReconciler(db: Db, queue: IngestQueue, everyMs: number, log: (line: string) => void): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  let stopped = false
  const tick = () => {
    // Most passes find only uploads whose jobs are already queued (no-ops); the count says so.
    running = reconcileOnce(db, queue).then((n) => { if (n > 0) log(`reconcile: ${n} owed uploads ensured in the queue`) },
      (e: Error) => log(`reconcile: ${e.message}`)).finally(() => {
      if (!stopped) timer = setTimeout(tick, everyMs)
    })
  }
  timer = setTimeout(tick, 0)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
