import type { Db } from './db.ts'

// Original bytes travel as hex text (decode/encode in SQL, Buffer's native hex in Node): PGlite's
// own bytea conversion goes byte by byte in JavaScript, several milliseconds for a 70 KB .docx.
// The statements are the same for PGlite and the server.
const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')

// `clearFailure`: the same statement forgets an earlier failure of these bytes (one round trip).
export async function putBlob(tx: Db, sha256: string, bytes: Uint8Array, opts: { clearFailure?: boolean } = {}): Promise<void> {
  const insert = `INSERT INTO blobs (sha256, bytes, size) VALUES ($1, decode($2, 'hex'), $3) ON CONFLICT DO NOTHING`
  await tx.query(opts.clearFailure ? `WITH cleared AS (DELETE FROM failures WHERE sha256 = $1) ${insert}` : insert, [sha256, hexOf(bytes), bytes.byteLength])
}

export async function getBlob(db: Db, sha256: string): Promise<Uint8Array | null> {
  const rows = await db.query<{ hex: string }>(`SELECT encode(bytes, 'hex') AS hex FROM blobs WHERE sha256 = $1`, [sha256])
  return rows[0] ? new Uint8Array(Buffer.from(rows[0].hex, 'hex')) : null
}
