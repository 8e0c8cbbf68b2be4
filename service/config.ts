import * as z from 'zod'
import type { PipelineOptions } from '../pipeline/options.ts'
import type { StoreConfig } from '../store/open-store.ts'

// The service's own settings. The edge (app/commands/serve.ts, worker.ts, jobs.ts) reads the
// environment and flags once, passes them here, and hands the frozen result down; nothing in
// service/ reads process.env.

const int = (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`)

// Tokens are opaque; too short a token is a configuration mistake, not a secret.
const tokenList = z.string().optional().transform((s) => (s ?? '').split(',').map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(8, 'every token must have at least 8 characters')))

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

export const ServiceConfigSchema = z.object({
  port: int('the port', 0, 65535).default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  redisUrl: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL').optional(),
  // BullMQ forbids ':' in queue names (it builds keys with it).
  queueName: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'the queue name may use letters, digits, _ . -').default('cchc-ingest'),
  // The PostgreSQL schema of the store (server only); interpolated into SQL, hence the strict pattern.
  dbSchema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'the schema must be a lower-case SQL identifier').optional(),
  uploadTokens: tokenList,
  readTokens: tokenList,
  maxFiles: int('the file count limit', 1, 10_000).default(50),
  // Files of one request are checked together before any is stored, so they sit in memory at once.
  maxRequestBytes: int('the request size limit', 1).optional(),
  attempts: int('the attempt count', 1, 100).default(8),
  backoffMs: int('the backoff', 1).default(1000),
  // A killed worker's job returns to the queue once its lock expires (renewed every lockMs / 2).
  lockMs: int('the lock duration', 1000).default(30_000),
  stalledMs: int('the stalled-check interval', 500).default(15_000),
  // How often workers re-enqueue uploads that the queue lost (a Redis restart without persistence).
  reconcileMs: int('the reconcile interval', 200).default(30_000),
  // Slow clients: the whole header block must arrive within headersTimeoutMs and the whole
  // request (an upload of several files on a slow line) within requestTimeoutMs; one address
  // may hold at most maxConnectionsPerClient open connections (more are closed at once).
  headersTimeoutMs: int('the header timeout', 100, 600_000).default(10_000),
  requestTimeoutMs: int('the request timeout', 1000, 3_600_000).default(300_000),
  maxConnectionsPerClient: int('the connections per client', 1, 100_000).default(32),
}).superRefine((c, ctx) => {
  if (c.headersTimeoutMs > c.requestTimeoutMs)
    ctx.addIssue({ code: 'custom', path: ['headersTimeoutMs'], message: `the header timeout must not exceed the request timeout (${c.requestTimeoutMs} ms)` })
  // With no tokens at all the API is open: acceptable for the quick start on this machine only.
  if (c.uploadTokens.length === 0 && c.readTokens.length === 0 && !LOOPBACK.has(c.host))
    ctx.addIssue({ code: 'custom', path: ['host'], message: `listening on ${c.host} needs CCHC_UPLOAD_TOKENS and CCHC_READ_TOKENS (without tokens only 127.0.0.1 is allowed)` })
})

export type ServiceConfig = Readonly<z.output<typeof ServiceConfigSchema>>

export interface ServiceSettings {
  readonly service: ServiceConfig
  readonly pipeline: PipelineOptions
  readonly store: StoreConfig
}

export const SERVICE_ENV: Readonly<Record<string, string>> = {
  port: 'CCHC_PORT', host: 'CCHC_HOST', redisUrl: 'REDIS_URL', queueName: 'CCHC_QUEUE', dbSchema: 'CCHC_DB_SCHEMA',
  uploadTokens: 'CCHC_UPLOAD_TOKENS', readTokens: 'CCHC_READ_TOKENS', maxFiles: 'CCHC_MAX_FILES', maxRequestBytes: 'CCHC_MAX_REQUEST_BYTES',
  attempts: 'CCHC_JOB_ATTEMPTS', backoffMs: 'CCHC_BACKOFF_MS', lockMs: 'CCHC_LOCK_MS',
  stalledMs: 'CCHC_STALLED_MS', reconcileMs: 'CCHC_RECONCILE_MS', headersTimeoutMs: 'CCHC_HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'CCHC_REQUEST_TIMEOUT_MS', maxConnectionsPerClient: 'CCHC_MAX_CONNECTIONS_PER_CLIENT',
}

export class ServiceConfigError extends Error {
  constructor(message: string) { super(message); this.name = 'ServiceConfigError' }
}

// Flags win over the environment; empty variables count as unset.
export function loadServiceConfig(env: Readonly<Record<string, string | undefined>>, cli: Readonly<Record<string, string | number | undefined>> = {}): ServiceConfig {
  const raw: Record<string, unknown> = {}
  for (const [key, name] of Object.entries(SERVICE_ENV)) raw[key] = cli[key] ?? (env[name] || undefined)
  const parsed = ServiceConfigSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const key = String(issue.path[0] ?? '')
    // Never echo a token back: it may be a real secret with a typo.
    const shown = key.endsWith('Tokens') ? '' : `=${JSON.stringify(raw[key])}`
    const origin = cli[key] !== undefined ? `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : SERVICE_ENV[key] ?? key
    throw new ServiceConfigError(`${origin}${shown}: ${issue.message}`)
  }
  return Object.freeze({ ...parsed.data, uploadTokens: Object.freeze([...parsed.data.uploadTokens]), readTokens: Object.freeze([...parsed.data.readTokens]) }) as ServiceConfig
}

// The request cap defaults to four maximal files: enough for a batch, bounded in memory.
export const requestLimit = (s: ServiceSettings): number => s.service.maxRequestBytes ?? 4 * s.pipeline.maxBytes
