import type { RedisOptions } from 'ioredis'

// ioredis options from a redis:// URL (BullMQ wants options, and makes its own connections).
export function redisOptions(url: string, role: 'producer' | 'worker'): RedisOptions {
  const u = new URL(url)
  const db = Number(u.pathname.replace(/^\//, '') || 0)
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(Number.isInteger(db) && db > 0 ? { db } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // Workers must wait out an outage (BullMQ requires null there); an HTTP handler must not
    // hang on one: its upload is already committed to the database, so failing fast is safe.
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    connectTimeout: 5_000,
    // Reconnect forever, backing off to 2 s: Redis coming back must be noticed promptly.
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
  }
}

// Resolves or rejects within `ms`: a health check or a best-effort enqueue must not hang.
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms) })
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer))
}
