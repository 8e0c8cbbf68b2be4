import type { ExtractionRecord } from '../schemas/record.ts'
import type { PipelineOptions } from './options.ts'
import { createWorkerPool } from './worker-pool.ts'

// One file in its own short-lived worker, under the time and memory limits. Convenient for a
// single file; for many files use createWorkerPool, which reuses workers (start-up ≈ 1 s).
// Takes ownership of `bytes` (transferred to the worker).
export async function isolatedExtract(bytes: Uint8Array, fileName: string, options?: Partial<PipelineOptions>): Promise<ExtractionRecord> {
  const pool = createWorkerPool({ ...options, concurrency: 1 })
  try {
    return await pool.extract(bytes, fileName)
  } finally {
    await pool.close()
  }
}
