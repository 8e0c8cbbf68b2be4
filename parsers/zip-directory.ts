// A minimal, synchronous reader of a zip's entry names. Parser.detect() is synchronous,
// so it cannot use yauzl; parse() does the thorough (yauzl) check in zip-guard.ts.

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const EOCD_MIN = 22
const MAX_COMMENT = 0xffff

// Entry names from the central directory, or null when the directory cannot be read
// (truncated download, zip64, garbage) and the caller must fall back to a cheaper guess.
export function readZipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEocd(view)
  if (eocd < 0) return null
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  if (at === 0xffffffff || count === 0xffff) return null
  const names: string[] = []
  const decoder = new TextDecoder('utf-8')
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    if (at + 46 + nameLength > view.byteLength) return null
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + extraLength + commentLength
  }
  return names
}

function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_MIN
  const first = Math.max(0, last - MAX_COMMENT)
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at
  }
  return -1
}

// Whether a zip holds a Word document. With an unreadable directory (a truncated .docx)
// the local headers still name the parts in plain ASCII, so look for them in the bytes:
// such a file is a broken .docx, not an unknown format.
export function zipLooksLikeDocx(bytes: Uint8Array): boolean {
  const names = readZipEntryNames(bytes)
  if (names) return names.some((n) => n.replace(/\\/g, '/').toLowerCase() === 'word/document.xml')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/')
}
