import { Command } from 'commander'
import type { JobView } from '../../service/jobs.ts'
import { oneLine, type CliIo } from '../io.ts'

const COLUMNS = [
  { key: 'id', header: 'Job', width: 20 }, { key: 'state', header: 'State', width: 9 }, { key: 'attempts', header: 'Tries', width: 5 },
  { key: 'fileName', header: 'File', width: 36 }, { key: 'error', header: 'Error', width: 60 },
]
const row = (j: JobView) => ({ ...j, error: j.error ? oneLine(`${j.error.code}: ${j.error.message}`) : '' })

export function jobsCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return new Command('jobs').description('ingest jobs on the Redis queue: list by state, retry a failed one')
    .option('--failed', 'failed jobs (same as --state failed)')
    .option('--state <state>', 'one of waiting, active, delayed, completed, failed')
    .option('--retry <id>', 'put a failed job back in the queue')
    .option('--limit <n>', 'rows (default 50)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nNeeds REDIS_URL ($CCHC_QUEUE names the queue). In the embedded mode use GET /jobs on the running cchc serve.')
    .action(async (flags: { failed?: boolean; state?: string; retry?: string; limit?: string; json?: boolean }, command: Command) => {
      // zod, BullMQ and the settings load here, not at the CLI's start.
      const [{ loadServiceSettings, settingsOrExit }, { JobsFlagsSchema: FlagsSchema }, { openBullQueue }, { renderTable }] = await Promise.all([
        import('../service-settings.ts'), import('./jobs-flags.ts'), import('../../service/bull-queue.ts'), import('../render-table.ts')])
      const settings = settingsOrExit(command, () => loadServiceSettings(io, {}, {}, {}))
      if (!settings.service.redisUrl) command.error('error: cchc jobs needs REDIS_URL', { exitCode: 2, code: 'cchc.config' })
      const parsed = FlagsSchema.safeParse({ state: flags.failed ? 'failed' : flags.state, limit: flags.limit, retry: flags.retry })
      if (!parsed.success) command.error(`error: --${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`, { exitCode: 2, code: 'cchc.usage' })
      const { state, limit, retry } = parsed.data
      const queue = await openBullQueue(settings.service)
      try {
        if (retry) {
          const r = await queue.retry(retry)
          if (r === null) { io.stderr.write(`${retry}: no such job\n`); setStatus(1); return }
          if (r === false) { io.stderr.write(`${retry}: the job has not failed; nothing to retry\n`); setStatus(1); return }
          io.stdout.write(flags.json ? `${JSON.stringify(r, null, 2)}\n` : `${retry}: queued again\n`)
          return
        }
        const jobs = await queue.list(state ?? 'failed', limit, 0)
        io.stdout.write(flags.json ? `${JSON.stringify(jobs, null, 2)}\n` : renderTable(COLUMNS, jobs.map(row)) + `${jobs.length} ${state ?? 'failed'} jobs\n`)
      } finally { await queue.close() }
    })
}
