import { availableParallelism } from 'node:os'
import type { ParseLimits } from '../parsers/types.ts'

// Everything the pipeline needs to know, passed in by the edge (app/config.ts):
// the pipeline never reads process.env, so a library caller controls it fully.
export interface PipelineOptions extends ParseLimits {
  // Wall-clock limit for one file in a worker, in milliseconds.
  readonly timeoutMs: number
  // V8 old-generation heap limit of each worker, in MiB.
  readonly memoryMb: number
  // Number of worker threads in a pool.
  readonly concurrency: number
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = Object.freeze({
  // 32 MiB: real plans and reports are far below; larger inputs are rejected before reading.
  maxBytes: 32 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  timeoutMs: 60_000,
  memoryMb: 512,
  concurrency: availableParallelism(),
})

// Parser threads when the database runs in this process too (embedded PGlite): it keeps about
// one core busy, so one thread fewer than the cores. On 2 cores a second parser thread imported
// no faster (it only contended with the database) and held ~70 MB more at the peak.
export const concurrencyBesideDatabase = (cores: number = availableParallelism()): number => Math.max(1, cores - 1)

export const resolveOptions = (options?: Partial<PipelineOptions>): PipelineOptions =>
  Object.freeze({ ...DEFAULT_PIPELINE_OPTIONS, ...stripUndefined(options ?? {}) })

// `{ timeoutMs: undefined }` from an optional CLI flag must not erase the default.
function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
