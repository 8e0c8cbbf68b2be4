import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, type ApiRuntime } from '../../service/api-runtime.ts'
import { multipart, sandbox, serversUp, settingsFor, type Sandbox } from './helpers.ts'

// Requests a careless or hostile client sends. Each gets a 4xx { code, message }, never a 500.
// On PostgreSQL when it is up (it is what refused NUL bytes), else on the embedded store.
describe('bad requests are 4xx with { code, message }', () => {
  let sb: Sandbox | null = null
  let rt: ApiRuntime
  beforeAll(async () => {
    sb = serversUp ? sandbox() : null
    rt = await startApi(settingsFor(sb, { redis: false }))
  }, 60_000)
  afterAll(async () => { await rt?.close(); await sb?.cleanup() })

  it.each([
    '/findings?criterion=1.5.3&province=%00',
    '/findings?criterion=1.5.3&kind=%00',
    '/findings?agency=S%E1%BB%9F%01N%E1%BB%99i',
    '/deficiencies?province=%00',
    '/deficiencies?agency=a%7Fb',
    '/documents/abc%00def',
    '/jobs/sha-%00',
  ])('GET %s → 400 invalid_request naming the control character', async (url) => {
    const res = await rt.app.inject({ method: 'GET', url })
    expect(res.statusCode).toBe(400)
    expect(JSON.parse(res.body)).toEqual({ code: 'invalid_request', message: expect.stringMatching(/control character|not a job id|document id/) })
  })

  it.each([
    ['/documents/99999999999999999999', 404],
    ['/documents/2147483648', 404],
    ['/findings?offset=99999999999999999999', 400],
    ['/deficiencies?offset=1e300', 400],
  ])('GET %s (a number out of range) → %i, not 500', async (url, status) => {
    const res = await rt.app.inject({ method: 'GET', url })
    expect(res.statusCode).toBe(status)
    expect(Object.keys(JSON.parse(res.body)).sort()).toEqual(['code', 'message'])
  })

  const good = multipart([{ name: 'plan.md', bytes: '# KẾ HOẠCH\n' }])
  it.each([
    ['no boundary', { 'content-type': 'multipart/form-data' }, good.payload],
    ['a truncated part', good.headers, good.payload.subarray(0, good.payload.length - 30)],
    ['random bytes as the body', good.headers, randomBytes(4096)],
    ['a header block without its end', good.headers, Buffer.from(`${good.payload.toString('latin1').split('\r\n')[0]}\r\nContent-Disposition: form-data; name="file"; filename="a.md"`)],
  ])('POST /documents with %s → 400, nothing stored', async (_what, headers, payload) => {
    const before = await rt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM service_uploads')
    const res = await rt.app.inject({ method: 'POST', url: '/documents', headers, payload })
    expect(res.statusCode).toBe(400)
    expect(JSON.parse(res.body)).toEqual({ code: 'invalid_request', message: expect.any(String) })
    expect(await rt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM service_uploads')).toEqual(before)
  })
})

describe('connection limits', () => {
  let rt: ApiRuntime
  let port = 0
  beforeAll(async () => {
    rt = await startApi(settingsFor(null, { redis: false, env: { CCHC_HEADERS_TIMEOUT_MS: '1500', CCHC_MAX_CONNECTIONS_PER_CLIENT: '5' } }))
    await rt.app.listen({ port: 0, host: '127.0.0.1' })
    port = (rt.app.server.address() as { port: number }).port
  }, 60_000)
  afterAll(async () => { await rt?.close() })

  // Resolves with what the server sent and how long the connection stayed open.
  const slowClient = (): { socket: Socket; ended: Promise<{ ms: number; reply: string }> } => {
    const t0 = Date.now()
    const socket = connect(port, '127.0.0.1')
    let reply = ''
    socket.on('data', (d) => { reply += d })
    socket.on('error', () => undefined)
    const drip = setInterval(() => { if (socket.writable) socket.write('X') }, 200)
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ')
    return { socket, ended: new Promise((resolve) => socket.on('close', () => { clearInterval(drip); resolve({ ms: Date.now() - t0, reply }) })) }
  }

  it('closes a connection whose headers arrive a byte at a time once the header timeout passes', async () => {
    const { ended } = slowClient()
    const { ms, reply } = await ended
    expect(reply).toMatch(/^HTTP\/1\.1 408/)
    expect(ms).toBeLessThan(6000)
  }, 20_000)

  it('refuses connections from one client beyond the configured maximum', async () => {
    const clients = Array.from({ length: 8 }, slowClient)
    const outcomes = await Promise.all(clients.map((c) => c.ended))
    // Five held until the header timeout (408); the other three were closed at once, unanswered.
    expect(outcomes.filter((o) => o.reply.startsWith('HTTP/1.1 408')).length).toBe(5)
    expect(outcomes.filter((o) => o.reply === '').length).toBe(3)
  }, 20_000)
})
