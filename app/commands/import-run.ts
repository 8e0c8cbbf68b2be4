import { importFiles, type ImportEvent } from '../../pipeline/import-files.ts'
import { describeSkipped, walkInputs } from '../../pipeline/walk-inputs.ts'
import { createWorkerPool } from '../../pipeline/worker-pool.ts'
import type { Config } from '../config.ts'
import { oneLine, type CliIo } from '../io.ts'
import { createProgress } from '../progress.ts'
import { withStore } from '../with-store.ts'
import type { ImportFlags } from './import.ts'

// `cchc import` once its flags are read: loaded only by that command (see import.ts).
export async function runImport(paths: string[], flags: ImportFlags, config: Config, io: CliIo): Promise<number> {
  const { files, problems, skipped } = await walkInputs(paths)
  for (const { path, error } of problems) io.stderr.write(`${path}: ${error.code}: ${oneLine(error.message)}\n`)
  const abort = new AbortController()
  const onSigint = () => {
    if (abort.signal.aborted) process.exit(130)
    io.stderr.write('\ninterrupted: finishing the files in progress (Ctrl-C again to quit now)\n')
    abort.abort()
  }
  process.on('SIGINT', onSigint)
  process.on('SIGTERM', onSigint)
  const pool = createWorkerPool(config)
  const started = Date.now()
  try {
    return await withStore(io, flags, async (db) => {
      const progress = flags.quiet ? null : createProgress(files.length, process.stderr)
      const summary = await importFiles(files, { db, pool, maxBytes: config.maxBytes, signal: abort.signal,
        onEvent: (e: ImportEvent) => progress?.tick(e.file), onPages: (file, done, total) => progress?.pages(file, done, total) })
      progress?.stop()
      const secs = (Date.now() - started) / 1000
      const dupes = summary.duplicates
      io.stdout.write(`${summary.interrupted ? 'interrupted' : 'done'}: ${summary.stored} stored, ${dupes} already known or duplicate, ` +
        `${summary.failed} failed, ${summary.notDocuments.length} not documents, ` +
        `${summary.total - summary.stored - dupes - summary.failed - summary.notDocuments.length} not started, of ${summary.total} files ` +
        `in ${secs.toFixed(1)} s (${((summary.stored + dupes) / Math.max(secs, 0.001)).toFixed(1)} docs/s)\n`)
      if (skipped.length) io.stdout.write(`skipped: ${describeSkipped(skipped)}\n`)
      if (summary.interrupted) io.stdout.write('run the same command again to resume\n')
      for (const f of summary.notDocuments) if (f.type === 'not_a_document') io.stdout.write(`${f.file}: ${f.code}: ${oneLine(f.message)}\n`)
      for (const f of summary.failures) if (f.type === 'failed') io.stderr.write(`${f.file}: ${f.code}: ${oneLine(f.message)}\n`)
      return summary.failed > 0 || problems.length > 0 || summary.interrupted ? 1 : 0
    }, 'write')
  } finally {
    process.off('SIGINT', onSigint)
    process.off('SIGTERM', onSigint)
    await pool.close()
  }
}
