import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import pg from 'pg'
import { loadServiceConfig, type ServiceSettings } from '../../service/config.ts'
import { resolveOptions } from '../../pipeline/options.ts'
import { BIN, REPO } from '../app/run-cli.ts'
import { PG_URL, serverReachable } from '../store/backends.ts'

export { PG_URL, BIN, REPO }
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

async function redisReachable(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  r.on('error', () => undefined)
  try { await r.connect(); return (await r.ping()) === 'PONG' } catch { return false } finally { r.disconnect() }
}

// The service suite needs both servers. On a laptop without them it is skipped; in CI a missing
// server is a failure, never a skip.
const [pgUp, redisUp] = await Promise.all([serverReachable(), redisReachable(REDIS_URL)])
if (process.env.CI === 'true' && !(pgUp && redisUp))
  throw new Error(`CI needs PostgreSQL (${PG_URL}: ${pgUp ? 'up' : 'down'}) and Redis (${REDIS_URL}: ${redisUp ? 'up' : 'down'})`)
export const serversUp = pgUp && redisUp

export const randomName = (prefix: string) => `${prefix}${randomBytes(6).toString('hex')}`

// One isolated world per test: its own BullMQ queue name and PostgreSQL schema, both removed after.
export interface Sandbox { readonly queueName: string; readonly schema: string; readonly redisUrl: string; cleanup(): Promise<void> }

export function sandbox(redisUrl = REDIS_URL): Sandbox {
  const queueName = randomName('t-')
  const schema = randomName('t_')
  return {
    queueName, schema, redisUrl,
    async cleanup() {
      const q = new Queue(queueName, { connection: { ...redisConn(redisUrl), maxRetriesPerRequest: 1 } })
      q.on('error', () => undefined)
      await q.obliterate({ force: true }).catch(() => undefined)
      await q.close()
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      try { await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`) } finally { await c.end() }
    },
  }
}

export const redisConn = (url: string) => { const u = new URL(url); return { host: u.hostname, port: Number(u.port || 6379) } }

// Settings as `cchc serve` would build them, pointed at the sandbox (no sandbox: PGlite in memory).
export function settingsFor(sb: Sandbox | null, o: { redis?: boolean; env?: Record<string, string>; pipeline?: Record<string, number> } = {}): ServiceSettings {
  const redis = sb && o.redis !== false ? { REDIS_URL: sb.redisUrl, CCHC_QUEUE: sb.queueName } : {}
  const service = loadServiceConfig({ ...redis, ...(sb ? { CCHC_DB_SCHEMA: sb.schema } : {}), ...o.env })
  return Object.freeze({
    service, pipeline: resolveOptions({ concurrency: 2, ...o.pipeline }),
    store: sb ? { databaseUrl: PG_URL, schema: sb.schema } : {},
  })
}

// The environment of a worker or server child process for this sandbox.
export const childEnv = (sb: Sandbox, extra: Record<string, string> = {}): Record<string, string> => ({
  REDIS_URL: sb.redisUrl, DATABASE_URL: PG_URL, CCHC_QUEUE: sb.queueName, CCHC_DB_SCHEMA: sb.schema,
  CCHC_LOCK_MS: '3000', CCHC_STALLED_MS: '1000', CCHC_RECONCILE_MS: '1000', CCHC_CONCURRENCY: '1', ...extra,
})

export interface Child { readonly proc: ChildProcess; readonly output: () => string; exited: Promise<number | null> }

// A real `cchc` process; resolves once `ready` matches its stderr (start-up includes tsx and
// the parser thread), so a test never races a half-started worker.
export async function startCli(args: string[], env: Record<string, string>, ready: RegExp, timeoutMs = 30_000): Promise<Child> {
  const proc = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  proc.stdout!.on('data', (d) => { out += d })
  proc.stderr!.on('data', (d) => { out += d })
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code, sig) => resolve(code ?? (sig ? -1 : null))))
  await waitFor(() => ready.test(out) || proc.exitCode !== null, timeoutMs, `${args[0]} to start`)
  if (!ready.test(out)) throw new Error(`${args.join(' ')} did not start:\n${out}`)
  return { proc, output: () => out, exited }
}

export async function stopChild(c: Child | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!c || c.proc.exitCode !== null || c.proc.signalCode !== null) return
  c.proc.kill(signal)
  await Promise.race([c.exited, new Promise((r) => setTimeout(r, 15_000))])
  if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL')
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 100): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

// A multipart/form-data body for fastify's inject (fetch's FormData is used over real HTTP).
// A part without a name is a plain form field.
export function multipart(files: { name?: string; bytes: Uint8Array | string; field?: string }[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----cchc${randomBytes(8).toString('hex')}`
  const parts = files.flatMap((f) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"` +
      (f.name === undefined ? '\r\n\r\n' : `; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`)),
    Buffer.from(f.bytes), Buffer.from('\r\n'),
  ])
  return { payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

// A small, valid, distinct PAR plan in Markdown (the extractor finds its number and a finding).
export function smallPlan(i: number): string {
  return `ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM ${i}\n\nSố: ${100 + i}/KH-UBND\n\nThử Nghiệm, ngày 5 tháng 3 năm 2021\n\n` +
    `# KẾ HOẠCH\n\nKhắc phục hạn chế Chỉ số cải cách hành chính năm 2020 (bản ${i})\n\n` +
    `+ TCTP 1.7 (2đ): Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận: đạt 0/2 điểm. Lý do: không có sáng kiến (${i}).\n`
}
