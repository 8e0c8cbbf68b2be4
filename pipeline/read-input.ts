import { readFile, stat } from 'node:fs/promises'
import { CchcError } from '../schemas/errors.ts'
import { assertSize } from './size-guard.ts'

// Reads one input file for the pool. The size is checked from the directory entry first, so
// an oversized file is rejected without ever being loaded into memory.
export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch((e: unknown) => { throw readFailed(e) })
  if (info.isDirectory()) throw new CchcError('read_failed', 'it is a directory')
  if (!info.isFile()) throw new CchcError('read_failed', 'it is not a regular file')
  assertSize(info.size, maxBytes)
  const bytes = await readFile(path).catch((e: unknown) => { throw readFailed(e) })
  // The file may have grown between stat and read.
  assertSize(bytes.byteLength, maxBytes)
  return bytes
}

function readFailed(e: unknown): CchcError {
  const code = (e as { code?: string })?.code
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e)
  return new CchcError('read_failed', reason, { transient: code === 'EMFILE' || code === 'EBUSY', cause: e })
}
