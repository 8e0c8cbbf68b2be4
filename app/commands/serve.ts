import { Command } from 'commander'
import type { CliIo } from '../io.ts'
import { addStoreOptions, type StoreFlags } from '../with-store.ts'

// Resolves on the first SIGTERM or SIGINT; `onAgain` runs if another arrives while shutting down.
export function untilSignal(onAgain: () => void): Promise<string> {
  return new Promise((resolve) => {
    let first = true
    const on = (sig: string) => { if (first) { first = false; resolve(sig) } else onAgain() }
    process.on('SIGTERM', on)
    process.on('SIGINT', on)
  })
}

const HELP_AFTER = `
Without REDIS_URL: uploads are ingested in this process (in-process queue, extraction in worker
threads) into the embedded store (./data or CCHC_DATA_DIR) or DATABASE_URL. With REDIS_URL (and
DATABASE_URL): the API only enqueues; run 'cchc worker' processes to ingest.
Tokens: CCHC_UPLOAD_TOKENS (may POST) and CCHC_READ_TOKENS (may GET), comma-separated, sent as
'Authorization: Bearer <token>'. With no token configured the API is open and may listen on
127.0.0.1 only. Limits: CCHC_MAX_BYTES per file, CCHC_MAX_FILES per request (50),
CCHC_MAX_REQUEST_BYTES per request (4 x the file limit). OpenAPI: GET /openapi.json.`

export function serveCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return addStoreOptions(new Command('serve').description('HTTP API: upload documents, follow ingest jobs, query findings')
    .option('--port <n>', 'TCP port (default: $CCHC_PORT or 8080; 0 = any free port)')
    .option('--host <address>', 'address to listen on (default: $CCHC_HOST or 127.0.0.1)')
    .option('--concurrency <n>', 'in-process mode: files parsed in parallel (default: CPU count, one fewer beside the embedded database)')
    .addHelpText('after', HELP_AFTER))
    .action(async (flags: StoreFlags & { port?: string; host?: string; concurrency?: string }, command: Command) => {
      // fastify, the queue and the store load here, not at the CLI's start.
      const { loadServiceSettings, settingsOrExit } = await import('../service-settings.ts')
      const settings = settingsOrExit(command, () => loadServiceSettings(io, { port: flags.port, host: flags.host }, { concurrency: flags.concurrency }, flags))
      const rt = await (await import('../../service/api-runtime.ts')).startApi(settings, { level: 'info' })
      const { port, host } = settings.service
      await rt.app.listen({ port, host })
      const addr = rt.app.server.address()
      const where = typeof addr === 'object' && addr ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` : String(addr)
      io.stderr.write(`cchc serve: listening on ${where} (${rt.queue.kind} queue, ${settings.store.databaseUrl ? 'PostgreSQL server' : `embedded store in ${settings.store.dataDir}`})\n`)
      await untilSignal(() => { io.stderr.write('cchc serve: stopping now\n'); process.exit(130) })
      io.stderr.write('cchc serve: shutting down (finishing requests and running jobs)\n')
      await rt.close()
      setStatus(0)
    })
}
