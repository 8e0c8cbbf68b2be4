import { availableParallelism } from 'node:os'
import type { ParseLimits } from '../parsers/types.ts'

// Everything the pipeline needs to know, passed in by the edge (app/config.ts):
// the pipeline never reads process.env, so a library caller controls it fully.
export interface PipelineOptions extends Pick<ParseLimits, 'maxBytes' | 'maxUnzippedBytes'> {
  // Wall-clock limit for one file in a worker, in milliseconds.
  readonly timeoutMs: number
  // V8 old-generation heap limit of each worker, in MiB.
  readonly memoryMb: number
  // Number of worker threads in a pool.
  readonly concurrency: number
  // Most pages of one file read by OCR (a scan); each page has the time and memory limits above.
  readonly ocrMaxPages: number
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = Object.freeze({
  // 32 MiB: real plans and reports are far below; larger inputs are rejected before reading.
  maxBytes: 32 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  timeoutMs: 60_000,
  memoryMb: 512,
  concurrency: availableParallelism(),
  ocrMaxPages: 200,
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

// What the parsers are given: OCR runs page by page under the worker's time and memory limits,
// and a worker recognises as many pages at once as the cores left to it by the pool's size.
export const parseLimitsOf = (opts: PipelineOptions, cores: number = availableParallelism()): ParseLimits => ({
  maxBytes: opts.maxBytes,
  maxUnzippedBytes: opts.maxUnzippedBytes,
  ocrPageTimeoutMs: opts.timeoutMs,
  ocrMemoryMb: opts.memoryMb,
  ocrMaxPages: opts.ocrMaxPages,
  ocrThreads: Math.max(1, Math.floor(cores / Math.max(1, opts.concurrency))),
})
