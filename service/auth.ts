import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { ServiceConfig } from './config.ts'
import { HttpError } from './errors.ts'

export type Access = 'read' | 'upload'

const digest = (s: string): Buffer => createHash('sha256').update(s).digest()

// Constant time over equal-length digests, and every token is compared (no early exit), so
// response timing says nothing about how much of a guess was right.
function listed(token: Buffer, list: readonly Buffer[]): boolean {
  let hit = false
  for (const t of list) hit = timingSafeEqual(token, t) || hit
  return hit
}

// Uploaders write, auditors read; a token is good for what its list grants and nothing else.
// With no tokens configured at all the API is open, which config.ts allows on loopback only.
// Routes run it as an onRequest hook: before the body is read or the query validated, so a
// caller without a token learns nothing about the schemas and sends no file into memory.
export function createAuth(c: ServiceConfig): (access: Access) => (req: FastifyRequest) => Promise<void> {
  const upload = c.uploadTokens.map(digest)
  const read = c.readTokens.map(digest)
  const open = upload.length === 0 && read.length === 0
  return (access) => async (req) => {
    if (open) return
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
    if (!m) throw new HttpError('unauthorized', 'send Authorization: Bearer <token>')
    const token = digest(m[1])
    const granted = access === 'upload' ? listed(token, upload) : listed(token, read)
    if (granted) return
    if (listed(token, access === 'upload' ? read : upload)) throw new HttpError('forbidden', `this token may not ${access === 'upload' ? 'upload' : 'read'}`)
    throw new HttpError('unauthorized', 'unknown token')
  }
}
