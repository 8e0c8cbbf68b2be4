import mammoth from 'mammoth'
import type { Block, DocumentModel, ParseWarning } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import { legacyRuns, type LegacyRuns } from './docx-legacy.ts'
import { docxBlocks, type DocxElement } from './docx-blocks.ts'
import { assertInputSize } from './input-guard.ts'
import { hasZipMagic } from './sniff.ts'
import { assignTableRoles } from './table-role.ts'
import type { ParseLimits, Parser } from './types.ts'
import { zipLooksLikeDocx } from './zip-directory.ts'
import { openZipPackage, type ZipPackage } from './zip-guard.ts'

// Mammoth reports every style it has no mapping for and every decorative drawing
// (the short rules under the header are VML lines); neither affects the text.
const NOISE = [/^Unrecognised (paragraph|run|table|numbering)? ?style/i, /ignored: v:(line|rect|roundrect|oval|group|shapetype|polyline)\b/i]

function warningsFrom(messages: ReadonlyArray<{ type: string; message: string }>): ParseWarning[] {
  return messages
    .filter((m) => !NOISE.some((re) => re.test(m.message)))
    .map((m) => ({ code: `docx_${m.type}`, message: m.message }))
}

// Mammoth reads parts through this object (its `file` input) instead of unzipping the bytes a
// second time with JSZip: the guarded package inflates each part natively, bounded by its
// declared size, and only the parts mammoth asks for.
// The parts' text is shown to `legacy`, which looks for legacy font names in it.
function mammothFile(pkg: ZipPackage, legacy: LegacyRuns) {
  const decoders = new Map<string, TextDecoder>()
  return {
    exists: (name: string) => pkg.has(name),
    read: async (name: string, encoding?: string) => {
      const bytes = pkg.read(name)
      if (encoding === 'base64') return bytes.toString('base64')
      if (!encoding) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      let decoder = decoders.get(encoding)
      if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding)))
      const text = decoder.decode(bytes)
      legacy.observe(name, text)
      return text
    },
  }
}

async function convert(pkg: ZipPackage, legacy: LegacyRuns): Promise<{ blocks: Block[]; messages: Array<{ type: string; message: string }> }> {
  let blocks: Block[] = []
  // The blocks are read from the document tree; mammoth is then handed an empty document, so
  // it writes no HTML for us to parse again (see docx-blocks.ts).
  const transformDocument = (document: DocxElement): DocxElement => {
    blocks = docxBlocks(legacy.transform(document))
    return { type: 'document', children: [] }
  }
  try {
    // The `file` input is mammoth's own (lib/unzip.js); its typings only list path and buffer.
    const input = { file: mammothFile(pkg, legacy) } as unknown as { buffer: Buffer }
    const { messages } = await mammoth.convertToHtml(input, { includeDefaultStyleMap: false, transformDocument } as Parameters<typeof mammoth.convertToHtml>[1])
    return { blocks, messages }
  } catch (err) {
    if (err instanceof CchcError) throw err
    const detail = err instanceof Error ? err.message : String(err)
    throw new CchcError('corrupt_docx', `Word content cannot be read (${detail})`, { cause: err })
  }
}

// `legacyFonts: false` leaves runs in legacy fonts as they are (bench/extract measures what decoding them costs).
export async function parseDocx(bytes: Uint8Array, limits: ParseLimits, options: { legacyFonts?: boolean } = {}): Promise<DocumentModel> {
  assertInputSize(bytes, limits)
  if (!hasZipMagic(bytes)) throw new CchcError('corrupt_docx', 'not a ZIP package (no PK\\x03\\x04 signature at the start)')
  // The directory is checked before anything inflates, so a bomb is rejected unopened.
  const pkg = await openZipPackage(bytes, limits)
  if (!pkg.has('word/document.xml')) {
    throw new CchcError('corrupt_docx', 'the package has no word/document.xml (not a Word document)')
  }
  const legacy = legacyRuns(options.legacyFonts !== false)
  const converted = await convert(pkg, legacy)
  const blocks = assignTableRoles(converted.blocks)
  const messages = converted.messages
  const { encodings, warning } = legacy.result()
  const warnings = warningsFrom(messages)
  if (warning) warnings.push(warning)
  return { format: 'docx', pages: null, ocr: false, blocks, warnings, ...(encodings.length ? { encodings } : {}) }
}

export const docxParser: Parser = {
  format: 'docx',

  detect(bytes: Uint8Array): boolean {
    return hasZipMagic(bytes) && zipLooksLikeDocx(bytes)
  },

  parse: (bytes, limits) => parseDocx(bytes, limits),
}
