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

export interface ZipSummary {
  readonly entryNames: readonly string[]
  readonly uncompressedBytes: number
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`

// Checks a zip package before anything inflates it: the central directory must be readable
// and declare a bounded size, then every entry is streamed once (yauzl validates actual
// against declared sizes) so a directory that lies about sizes is caught too.
export async function guardZip(bytes: Uint8Array, limits: ParseLimits): Promise<ZipSummary> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const zip = await openZip(buffer)
  try {
    const entries = await listEntries(zip, limits)
    await inflateBounded(zip, entries, limits)
    const uncompressedBytes = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
    return { entryNames: entries.map((e) => e.fileName), uncompressedBytes }
  } finally {
    zip.close()
  }
}

async function openZip(buffer: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false })
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

async function inflateBounded(zip: ZipFile, entries: readonly Entry[], limits: ParseLimits): Promise<void> {
  let total = 0
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue
    let stream
    try {
      stream = await zip.openReadStreamPromise(entry)
    } catch (err) {
      throw new CchcError('corrupt_docx', `cannot open entry ${entry.fileName} (${messageOf(err)})`, { cause: err })
    }
    try {
      for await (const chunk of stream) {
        total += (chunk as Buffer).length
        if (total > limits.maxUnzippedBytes) {
          stream.destroy()
          throw new CchcError('zip_bomb', `the package inflates beyond ${formatBytes(limits.maxUnzippedBytes)} (entry ${entry.fileName})`)
        }
      }
    } catch (err) {
      if (err instanceof CchcError) throw err
      // An entry inflating past its declared size is how a directory that lies is caught.
      if (/too many bytes/.test(messageOf(err))) {
        throw new CchcError('zip_bomb', `entry ${entry.fileName} inflates beyond its declared ${formatBytes(entry.uncompressedSize)}`, { cause: err })
      }
      throw new CchcError('corrupt_docx', `entry ${entry.fileName} is damaged (${messageOf(err)})`, { cause: err })
    }
  }
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err))
