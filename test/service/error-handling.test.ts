import { describe, expect, it } from 'vitest'
import { buildApp } from '../../service/build-app.ts'
import type { IngestQueue } from '../../service/jobs.ts'
import type { Db } from '../../store/db.ts'
import { settingsFor } from './helpers.ts'

// Stubs stand in for the store and queue: these behaviours are about the HTTP edge alone.
const failingDb = (error: Error): Db => ({
  kind: 'postgres', query: () => Promise.reject(error), exec: () => Promise.reject(error),
  transaction: () => Promise.reject(error), close: async () => undefined,
})
const queue = (up: boolean): IngestQueue => ({
  kind: 'bullmq', enqueue: async () => 'x', get: async () => null, list: async () => [], retry: async () => null,
  ping: async () => up, close: async () => undefined,
})

describe('errors at the HTTP edge', () => {
  it('answers an unexpected failure with 500 and a generic message: no stack, SQL or path', async () => {
    const app = await buildApp({ settings: settingsFor(null), db: failingDb(new Error('syntax error at /srv/secret/db.sql line 3')), queue: queue(true) })
    const res = await app.inject({ method: 'GET', url: '/stats' })
    expect(res.statusCode).toBe(500)
    expect(JSON.parse(res.body)).toEqual({ code: 'internal_error', message: 'internal server error' })
    await app.close()
  })

  it('answers an unreachable database with 503 unavailable', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' })
    const app = await buildApp({ settings: settingsFor(null), db: failingDb(down), queue: queue(true) })
    const res = await app.inject({ method: 'GET', url: '/findings?criterion=1.7' })
    expect(res.statusCode).toBe(503)
    expect(JSON.parse(res.body)).toEqual({ code: 'unavailable', message: 'the database or queue is unreachable; try again later' })
    await app.close()
  })

  it('GET /health is 503 naming what is down, 200 when both answer', async () => {
    const bad = await buildApp({ settings: settingsFor(null), db: failingDb(new Error('down')), queue: queue(false) })
    const res = await bad.inject({ method: 'GET', url: '/health' })
    expect(res.statusCode).toBe(503)
    expect(JSON.parse(res.body)).toMatchObject({ code: 'unavailable', status: 'unavailable', database: 'down', queue: 'down' })
    await bad.close()
    const okDb: Db = { ...failingDb(new Error('unused')), query: async <T>() => [] as T[] }
    const good = await buildApp({ settings: settingsFor(null), db: okDb, queue: queue(true) })
    expect(JSON.parse((await good.inject({ method: 'GET', url: '/health' })).body)).toEqual({ status: 'ok', mode: 'bullmq', database: 'up', queue: 'up' })
    await good.close()
  })
})
