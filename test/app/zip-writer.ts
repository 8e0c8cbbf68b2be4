import { constants, crc32, deflateRawSync } from 'node:zlib'

// A tiny, honest zip writer for building hostile test inputs (zip bombs) in the test itself,
// so no large or dangerous file is committed. Entries are deflated; sizes stay below 4 GiB.

export interface ZipEntry {
  readonly name: string
  // Either literal content, or `zeros` bytes of 0x00 produced chunk by chunk (never held whole).
  readonly content?: string
  readonly zeros?: number
}

const CHUNK = 16 * 1024 * 1024

function deflateEntry(entry: ZipEntry): { data: Buffer; crc: number; size: number } {
  if (entry.content !== undefined) {
    const raw = Buffer.from(entry.content)
    return { data: deflateRawSync(raw), crc: crc32(raw), size: raw.length }
  }
  // Deflating N zeros in one call would need an N-byte input buffer; instead compress one
  // chunk with Z_FULL_FLUSH boundaries: the repeated compressed chunk is a valid stream
  // of the concatenation (each flushed chunk is byte-aligned and independent).
  const total = entry.zeros ?? 0
  const zeros = Buffer.alloc(Math.min(CHUNK, total))
  const parts: Buffer[] = []
  let crc = 0
  let left = total
  const chunkBody = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH })
  while (left > zeros.length) { parts.push(chunkBody); crc = crc32(zeros, crc); left -= zeros.length }
  const tail = zeros.subarray(0, left)
  parts.push(deflateRawSync(tail))
  crc = crc32(tail, crc)
  return { data: Buffer.concat(parts), crc, size: total }
}

export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const { data, crc, size } = deflateEntry(entry)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10); central.writeUInt32LE(crc >>> 0, 16); central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'

// A .docx-shaped zip whose word/document.xml inflates to `bytes` zeros.
export const buildDocxBomb = (bytes: number): Buffer =>
  buildZip([{ name: '[Content_Types].xml', content: CONTENT_TYPES }, { name: 'word/document.xml', zeros: bytes }])
