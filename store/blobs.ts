import type { Db } from './db.ts'

// Original bytes travel as hex text (decode/encode in SQL, Buffer's native hex in Node): PGlite's
// own bytea conversion goes byte by byte in JavaScript, several milliseconds for a 70 KB .docx.
// The statements are the same for PGlite and the server.
export async function putBlob(tx: Db, sha256: string, bytes: Uint8Array): Promise<void> {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
  await tx.query(`INSERT INTO blobs (sha256, bytes, size) VALUES ($1, decode($2, 'hex'), $3) ON CONFLICT DO NOTHING`, [sha256, hex, bytes.byteLength])
}

export async function getBlob(db: Db, sha256: string): Promise<Uint8Array | null> {
  const rows = await db.query<{ hex: string }>(`SELECT encode(bytes, 'hex') AS hex FROM blobs WHERE sha256 = $1`, [sha256])
  return rows[0] ? new Uint8Array(Buffer.from(rows[0].hex, 'hex')) : null
}
