import { crc32, inflateRawSync } from 'node:zlib'
import yauzl from 'yauzl'
import type { Entry, ZipFile } from 'yauzl'
import { CchcError } from '../schemas/errors.ts'
import type { ParseLimits } from './types.ts'

// An entry is suspicious when it inflates enormously from very little: real .docx parts
// (XML, images) stay far below 200:1, while bombs reach 1000:1.
const MAX_RATIO = 200
const RATIO_APPLIES_ABOVE = 10 * 1024 * 1024
// Millions of tiny entries exhaust memory just listing them.
const MAX_ENTRIES = 10_000
const LOCAL_HEADER_SIGNATURE = 0x04034b50
const STORED = 0
const DEFLATED = 8
// How far past its declared size an entry is inflated to tell damage from a bomb.
const OVERRUN_PROBE_BYTES = 8 * 1024 * 1024

// A zip package whose directory has been checked. Entries inflate on demand, each bounded by
// the size its directory entry declares, so a directory that lies about sizes cannot make
// anything inflate past what was checked (zlib's maxOutputLength stops it natively).
export interface ZipPackage {
  readonly entryNames: readonly string[]
  readonly uncompressedBytes: number
  has(name: string): boolean
  read(name: string): Buffer
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`

// The central directory must be readable and declare a bounded size before anything inflates.
export async function openZipPackage(bytes: Uint8Array, limits: ParseLimits): Promise<ZipPackage> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const zip = await openZip(buffer)
  let entries: Entry[]
  try {
    entries = await listEntries(zip, limits)
  } finally {
    zip.close()
  }
  const byName = new Map(entries.map((e) => [e.fileName, e]))
  return {
    entryNames: entries.map((e) => e.fileName),
    uncompressedBytes: entries.reduce((sum, e) => sum + e.uncompressedSize, 0),
    has: (name) => byName.has(name),
    read(name) {
      const entry = byName.get(name)
      if (!entry) throw new CchcError('corrupt_docx', `the package has no entry ${name}`)
      return inflateEntry(buffer, entry)
    },
  }
}

// Checks a package without keeping anything: the directory, then every entry inflated once.
export async function guardZip(bytes: Uint8Array, limits: ParseLimits): Promise<ZipPackage> {
  const pkg = await openZipPackage(bytes, limits)
  for (const name of pkg.entryNames) if (!name.endsWith('/')) pkg.read(name)
  return pkg
}

async function openZip(buffer: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(buffer, { lazyEntries: true, strictFileNames: false })
  } catch (err) {
    throw new CchcError('corrupt_docx', `cannot read the zip directory (${messageOf(err)})`, { cause: err })
  }
}

function listEntries(zip: ZipFile, limits: ParseLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = []
    let declared = 0
    zip.on('error', (err: unknown) =>
      reject(err instanceof CchcError ? err : new CchcError('corrupt_docx', `broken zip directory (${messageOf(err)})`, { cause: err })))
    zip.on('end', () => resolve(entries))
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize
      const problem = bombProblem(entry, declared, entries.length + 1, limits)
      if (problem) return reject(new CchcError('zip_bomb', problem))
      entries.push(entry)
      zip.readEntry()
    })
    zip.readEntry()
  })
}

function bombProblem(entry: Entry, declaredTotal: number, count: number, limits: ParseLimits): string | null {
  if (declaredTotal > limits.maxUnzippedBytes) {
    return `the package declares at least ${formatBytes(declaredTotal)} uncompressed, above the ${formatBytes(limits.maxUnzippedBytes)} limit`
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
  if (entry.uncompressedSize > RATIO_APPLIES_ABOVE && ratio > MAX_RATIO) {
    return `entry ${entry.fileName} expands ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)} (${Math.round(ratio)}:1)`
  }
  if (count > MAX_ENTRIES) return `the package has more than ${MAX_ENTRIES} entries`
  return null
}

function inflateEntry(buffer: Buffer, entry: Entry): Buffer {
  const damaged = (why: string, cause?: unknown) => new CchcError('corrupt_docx', `entry ${entry.fileName} is damaged (${why})`, { cause })
  const at = entry.relativeOffsetOfLocalHeader
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER_SIGNATURE) throw damaged('no local header where the directory points')
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28)
  const end = start + entry.compressedSize
  if (end > buffer.length) throw damaged('its data runs past the end of the file')
  const data = buffer.subarray(start, end)
  if (entry.compressionMethod === STORED) {
    if (data.length !== entry.uncompressedSize) throw damaged('stored size differs from the declared size')
    if (crc32(data) !== entry.crc32) throw damaged('its checksum does not match')
    return data
  }
  if (entry.compressionMethod !== DEFLATED) throw damaged(`compression method ${entry.compressionMethod} is not supported`)
  let out: Buffer
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw damaged(messageOf(err), err)
    throw overrun(data, entry, damaged)
  }
  if (out.length !== entry.uncompressedSize) throw damaged(`inflates to ${out.length} bytes, not the declared ${entry.uncompressedSize}`)
  if (crc32(out) !== entry.crc32) throw damaged('its checksum does not match')
  return out
}

// More output than declared is either a bomb (a valid stream behind a directory that lies) or
// damaged data (flipped bits decode into garbage for a while). Inflating a bounded amount
// further tells them apart: a stream that breaks or fails its checksum is damaged; one that
// keeps going, or ends intact, inflates beyond what its directory allowed.
function overrun(data: Buffer, entry: Entry, damaged: (why: string, cause?: unknown) => CchcError): CchcError {
  const cap = entry.uncompressedSize + OVERRUN_PROBE_BYTES
  const bomb = (cause?: unknown) => new CchcError('zip_bomb', `entry ${entry.fileName} inflates beyond its declared ${formatBytes(entry.uncompressedSize)}`, { cause })
  let out: Buffer
  try {
    out = inflateRawSync(data, { maxOutputLength: cap })
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? bomb(err) : damaged(messageOf(err), err)
  }
  return crc32(out) === entry.crc32 ? bomb() : damaged(`inflates to ${out.length} bytes, not the declared ${entry.uncompressedSize}, and its checksum does not match`)
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err))
