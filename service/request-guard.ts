import type { FastifyInstance } from 'fastify'
import type { Socket } from 'node:net'
import type { ServiceConfig } from './config.ts'
import { HttpError } from './errors.ts'

const CONTROL = /[\u0000-\u001f\u007f]/

// No query or path parameter of this API may hold a control character: a NUL byte would reach
// PostgreSQL (which refuses it: a 500), and none belongs in a filter, an id or a name. Checked
// for every route here, before its own schema, so a route added later is covered too.
export function refuseControlCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const [where, values] of [['query parameter', req.query], ['path parameter', req.params]] as const) {
      if (!values || typeof values !== 'object') continue
      for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
        for (const v of Array.isArray(value) ? value : [value]) {
          const bad = typeof v === 'string' ? CONTROL.exec(v) : null
          if (bad) throw new HttpError('invalid_request', `${where} ${name.slice(0, 40)} contains a control character (U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()})`)
        }
      }
    }
  })
}

// Caps the open connections of one client address (slow-header and idle floods): one over the
// cap is closed at once, before a byte of it is read. Time limits are the server's own
// (headersTimeout, requestTimeout, set where the app is built).
export function limitConnectionsPerClient(app: FastifyInstance, config: Pick<ServiceConfig, 'maxConnectionsPerClient'>): void {
  const open = new Map<string, number>()
  app.server.on('connection', (socket: Socket) => {
    const who = socket.remoteAddress ?? ''
    const n = (open.get(who) ?? 0) + 1
    if (n > config.maxConnectionsPerClient) return void socket.destroy()
    open.set(who, n)
    socket.once('close', () => {
      const left = (open.get(who) ?? 1) - 1
      if (left > 0) open.set(who, left)
      else open.delete(who)
    })
  })
}
