import { basename } from 'node:path'
// Not the pipeline index: that would load every parser into the main thread for nothing.
import { readInput } from '../../pipeline/read-input.ts'
import { walkInputs } from '../../pipeline/walk-inputs.ts'
import { createWorkerPool, type WorkerPool } from '../../pipeline/worker-pool.ts'
import { ERROR_CODES, isCchcError } from '../../schemas/errors.ts'
import type { ExtractionRecord } from '../../schemas/record.ts'
import type { Config } from '../config.ts'
import { oneLine, type CliIo } from '../io.ts'
import { outputNames, prepareOutDir, toJson, writeAtomic } from '../output.ts'
import type { ExtractFlags } from './extract.ts'

type Outcome = { ok: true; record: ExtractionRecord } | { ok: false; code: string; message: string }

// `cchc extract` once its flags are read: loaded only by that command (see extract.ts).
export async function runExtract(args: readonly string[], flags: ExtractFlags, config: Config, io: CliIo): Promise<number> {
  // The output is checked first: a wrong --out is a usage error, known before any input is read.
  if (flags.out !== undefined) {
    try {
      await prepareOutDir(flags.out)
    } catch (e) {
      io.stderr.write(`cchc: --out ${flags.out} is not a writable directory: ${oneLine(String((e as Error).message ?? e))}\n`)
      return 2
    }
  }
  const { files, problems } = await walkInputs(args)
  // Known before any work starts, so reported first; the rest keep their argument order.
  for (const { path, error } of problems) io.stderr.write(`${path}: ${error.code}: ${oneLine(error.message)}\n`)
  if (files.length === 0 && problems.length === 0) {
    io.stderr.write(`${args.join(', ')}: read_failed: ${ERROR_CODES.read_failed}: no .docx/.pdf/.md/.txt/.html files found\n`)
    return 1
  }
  const names = outputNames(files)
  const pool = createWorkerPool(config)
  let failed = problems.length
  try {
    await inOrder(files, pool.size * 2, (path) => processOne(path, pool, config), async (outcome, index) => {
      const path = files[index]!
      if (outcome.ok) outcome = await deliver(outcome.record, names[index]!, flags, io)
      if (!outcome.ok) {
        failed++
        io.stderr.write(`${path}: ${outcome.code}: ${oneLine(outcome.message)}\n`)
      }
    })
  } finally {
    await pool.close()
  }
  return failed > 0 ? 1 : 0
}

async function processOne(path: string, pool: WorkerPool, config: Config): Promise<Outcome> {
  try {
    const bytes = await readInput(path, config.maxBytes)
    return { ok: true, record: await pool.extract(bytes, basename(path)) }
  } catch (e) {
    if (isCchcError(e)) return { ok: false, code: e.code, message: e.message }
    return { ok: false, code: 'parse_crashed', message: e instanceof Error ? e.message : String(e) }
  }
}

async function deliver(record: ExtractionRecord, name: string, flags: ExtractFlags, io: CliIo): Promise<Outcome> {
  const pretty = flags.pretty === true
  if (flags.out === undefined) {
    // Compact records one per line: one JSON document for one input, JSON Lines for several.
    io.stdout.write(`${toJson(record, pretty)}\n`)
    return { ok: true, record }
  }
  try {
    await writeAtomic(flags.out, name, `${toJson(record, pretty)}\n`)
    return { ok: true, record }
  } catch (e) {
    // Not an input problem, but still one line for this file so the batch goes on.
    return { ok: false, code: 'write_failed', message: `cannot write ${name}: ${(e as Error).message ?? e}` }
  }
}

// Runs `work` over items with at most `window` started but not yet emitted, and emits results
// strictly in input order: stdout keeps the argument order and memory stays bounded even for
// a directory of thousands of files.
async function inOrder<T, R>(items: readonly T[], window: number, work: (item: T) => Promise<R>, emit: (result: R, index: number) => Promise<void>): Promise<void> {
  const started: Promise<R>[] = []
  let next = 0
  const startNext = (): void => { if (next < items.length) started.push(work(items[next++]!)) }
  for (let i = 0; i < Math.max(1, window); i++) startNext()
  for (let index = 0; started.length > 0; index++) {
    const result = await started.shift()!
    startNext()
    await emit(result, index)
  }
}
