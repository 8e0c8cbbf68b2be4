import mammoth from 'mammoth'
import { parse as parseHtml } from 'node-html-parser'
import type { DocumentModel, ParseWarning } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import { htmlToBlocks } from './html-to-blocks.ts'
import { assertInputSize } from './input-guard.ts'
import { hasZipMagic } from './sniff.ts'
import { assignTableRoles } from './table-role.ts'
import type { ParseLimits, Parser } from './types.ts'
import { zipLooksLikeDocx } from './zip-directory.ts'
import { guardZip } from './zip-guard.ts'

// Added to mammoth's default map (which already covers Heading 1–6): the document title
// and deeper headings must stay headings rather than become plain paragraphs.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  ...[7, 8, 9].flatMap((n) => [`p[style-name='Heading ${n}'] => h6:fresh`, `p[style-name='heading ${n}'] => h6:fresh`]),
]

// Images are irrelevant to text extraction; mammoth would otherwise inline them as base64.
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))

// Mammoth reports every style it has no mapping for and every decorative drawing
// (the short rules under the header are VML lines); neither affects the text.
const NOISE = [/^Unrecognised (paragraph|run|table|numbering)? ?style/i, /ignored: v:(line|rect|roundrect|oval|group|shapetype|polyline)\b/i]

function warningsFrom(messages: ReadonlyArray<{ type: string; message: string }>): ParseWarning[] {
  return messages
    .filter((m) => !NOISE.some((re) => re.test(m.message)))
    .map((m) => ({ code: `docx_${m.type}`, message: m.message }))
}

async function convert(bytes: Uint8Array): Promise<{ value: string; messages: Array<{ type: string; message: string }> }> {
  try {
    return await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, ignoreEmptyParagraphs: false, convertImage: dropImages },
    )
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err)
    throw new CchcError('corrupt_docx', `Word content cannot be read (${detail})`, { cause: err })
  }
}

export const docxParser: Parser = {
  format: 'docx',

  detect(bytes: Uint8Array): boolean {
    return hasZipMagic(bytes) && zipLooksLikeDocx(bytes)
  },

  async parse(bytes: Uint8Array, limits: ParseLimits): Promise<DocumentModel> {
    assertInputSize(bytes, limits)
    if (!hasZipMagic(bytes)) throw new CchcError('corrupt_docx', 'not a ZIP package (no PK\\x03\\x04 signature at the start)')
    // The guard runs before mammoth so a bomb is rejected before anything inflates it.
    const zip = await guardZip(bytes, limits)
    if (!zip.entryNames.includes('word/document.xml')) {
      throw new CchcError('corrupt_docx', 'the package has no word/document.xml (not a Word document)')
    }
    const { value, messages } = await convert(bytes)
    const blocks = assignTableRoles(htmlToBlocks(parseHtml(value)))
    return { format: 'docx', pages: null, ocr: false, blocks, warnings: warningsFrom(messages) }
  },
}
