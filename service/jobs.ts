import * as z from 'zod'

// What a job carries: the content hash and the (sanitized) name. The bytes stay in the blob
// store; Redis holds only these few dozen bytes per file.
export const IngestJobDataSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(255),
})
export type IngestJobData = z.infer<typeof IngestJobDataSchema>

export interface IngestResult { readonly status: 'stored' | 'duplicate'; readonly documentId: number }

export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'pending', 'unknown'] as const
export type JobState = (typeof JOB_STATES)[number]

export interface JobView {
  readonly id: string
  readonly state: JobState
  readonly sha256: string
  readonly fileName: string
  readonly attempts: number
  readonly error?: { readonly code: string; readonly message: string }
  readonly result?: IngestResult
  readonly createdAt?: string
  readonly finishedAt?: string
}

// One job per content: the id is derived from the hash, so queuing the same file twice (two
// uploads, a reconcile racing an upload) adds one job. BullMQ refuses ':' and integer-like ids.
export const jobIdOf = (sha256: string): string => `sha-${sha256}`
export const shaOfJobId = (id: string): string | null => /^sha-([0-9a-f]{64})$/.exec(id)?.[1] ?? null

export interface EnqueueOptions {
  // A job for this content that failed is retried (a re-upload); a reconcile pass passes false.
  readonly retryFailed: boolean
}

// The queue as the API and the CLI see it; BullMQ (bull-queue.ts) or in-process (local-queue.ts).
export interface IngestQueue {
  readonly kind: 'bullmq' | 'in-process'
  enqueue(data: IngestJobData, options: EnqueueOptions): Promise<string>
  get(id: string): Promise<JobView | null>
  list(state: JobState, limit: number, offset: number): Promise<JobView[]>
  // null: no such job; false: the job is not in a state that can be retried.
  retry(id: string): Promise<JobView | null | false>
  ping(): Promise<boolean>
  close(): Promise<void>
}
