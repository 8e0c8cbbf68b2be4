import { Command } from 'commander'
import type { CliIo } from '../io.ts'
import { addStoreOptions, type StoreFlags } from '../with-store.ts'
import { untilSignal } from './serve.ts'

const HELP_AFTER = `
Needs REDIS_URL (queue $CCHC_QUEUE, default cchc-ingest) and a shared store (DATABASE_URL).
Transient failures (database or Redis unreachable) retry with exponential backoff
(CCHC_JOB_ATTEMPTS=8, CCHC_BACKOFF_MS=1000); a bad file fails at once with its reason.
A worker killed mid-job: the job returns to the queue when its lock expires (CCHC_LOCK_MS).
SIGTERM/SIGINT: finish the running jobs, then exit 0; a second signal exits at once.`

export function workerCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return addStoreOptions(new Command('worker').description('ingest queued uploads (BullMQ on Redis)')
    .option('--concurrency <n>', 'jobs at once, one parser thread each (default: $CCHC_CONCURRENCY or CPU count, one fewer beside the embedded database)')
    .addHelpText('after', HELP_AFTER))
    .action(async (flags: StoreFlags & { concurrency?: string }, command: Command) => {
      const { loadServiceSettings, settingsOrExit } = await import('../service-settings.ts')
      const settings = settingsOrExit(command, () => loadServiceSettings(io, {}, { concurrency: flags.concurrency }, flags))
      if (!settings.service.redisUrl) command.error('error: cchc worker needs REDIS_URL (without it, cchc serve ingests in-process)', { exitCode: 2, code: 'cchc.config' })
      const log = (line: string) => void io.stderr.write(`${line}\n`)
      const worker = await (await import('../../service/bull-worker.ts')).startIngestWorker(settings, log) // BullMQ loads only here
      await untilSignal(() => { log('cchc worker: second signal, leaving running jobs to another worker'); process.exit(130) })
      log('cchc worker: shutting down (finishing running jobs)')
      await worker.close()
      log('cchc worker: stopped')
      setStatus(0)
    })
}
