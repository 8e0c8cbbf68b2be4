import { once } from 'node:events'
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib'

// A tiny zip writer for building hostile packages in tests (bombs, lying directories,
// zips that are not Word documents) without fixtures on disk.

export interface RawEntry {
  readonly name: string
  readonly compressed: Buffer
  readonly crc: number
  readonly size: number
  // What the headers claim, when a test wants them to lie.
  readonly declaredSize?: number
}

export function deflatedEntry(name: string, content: string | Buffer): RawEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length }
}

// `size` bytes of zeros, deflated in 1 MiB steps so memory stays small (300 MB → ~300 KB).
export async function zerosEntry(name: string, size: number, declaredSize?: number): Promise<RawEntry> {
  const deflate = createDeflateRaw({ level: 9 })
  const chunks: Buffer[] = []
  deflate.on('data', (c: Buffer) => chunks.push(c))
  const step = Buffer.alloc(1 << 20)
  let crc = 0
  for (let left = size; left > 0; left -= step.length) {
    const piece = left >= step.length ? step : step.subarray(0, left)
    crc = crc32(piece, crc)
    if (!deflate.write(piece)) await once(deflate, 'drain')
  }
  deflate.end()
  await once(deflate, 'end')
  return { name, compressed: Buffer.concat(chunks), crc, size, declaredSize }
}

export function writeZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const size = e.declaredSize ?? e.size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt32LE(e.crc >>> 0, 14)
    local.writeUInt32LE(e.compressed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(e.crc >>> 0, 16)
    central.writeUInt32LE(e.compressed.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, e.compressed)
    centrals.push(central, name)
    offset += local.length + name.length + e.compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

// The smallest package mammoth accepts as a Word document.
export function minimalDocx(bodyXml: string): Buffer {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  return writeZip([
    deflatedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    deflatedEntry('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    deflatedEntry('word/document.xml', `<?xml version="1.0"?><w:document ${ns}><w:body>${bodyXml}</w:body></w:document>`),
  ])
}
