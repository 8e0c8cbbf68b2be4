import { CchcError } from '../schemas/errors.ts'
import { docParser } from './doc-parser.ts'
import { docxParser } from './docx-parser.ts'
import { htmlParser } from './html-parser.ts'
import { imageParser } from './image-parser.ts'
import { pdfParser } from './pdf-parser.ts'
import { sniffContent } from './sniff.ts'
import { isDecodableText } from './text-decode.ts'
import { textParser, textParserFor } from './text-parser.ts'
import type { Parser } from './types.ts'
import { readZipEntryNames } from './zip-directory.ts'

// Tried in this order; each decides by content. Text comes last because almost anything
// decodable would pass its check.
export const parsers: readonly Parser[] = [pdfParser, docxParser, docParser, htmlParser, imageParser, textParser]

// Names that promise a binary document: HTML under such a name is a saved error or login
// page, not the document, and must be reported as such rather than parsed.
const BINARY_DOCUMENT_NAME = /\.(pdf|docx?|odt|rtf)$/i

export function pickParser(bytes: Uint8Array, fileName: string): Parser {
  if (bytes.length === 0) throw new CchcError('empty_file', fileName || undefined)
  const kind = sniffContent(bytes)
  if (kind === 'html' && BINARY_DOCUMENT_NAME.test(fileName)) {
    throw new CchcError('unsupported_format', `${fileName} looks like HTML (a web or error page saved under a document name), not the document itself`)
  }
  const parser = parsers.find((p) => p.detect(bytes, fileName))
  if (!parser) throw new CchcError('unsupported_format', `${fileName || 'the input'} ${describeUnknown(bytes, kind)}`)
  return parser === textParser ? textParserFor(fileName) : parser
}

function describeUnknown(bytes: Uint8Array, kind: ReturnType<typeof sniffContent>): string {
  switch (kind) {
    case 'zip': return describeZip(bytes)
    case 'ole2': return 'is an OLE2 compound file without a Word document in it (an Excel .xls or PowerPoint .ppt?)'
    case 'pdf': return 'looks like a PDF that the PDF reader does not accept'
    case 'rtf': return 'looks like RTF, which is not supported; save it as .docx'
    case 'image': return 'looks like an image, but not a readable PNG, JPEG or TIFF (damaged, or GIF); save the scan as PNG, JPEG, TIFF or PDF'
    case 'archive': return 'looks like a compressed archive, not a document'
    case 'executable': return 'looks like an executable program, not a document'
    case 'html': return 'looks like HTML'
    default: return isDecodableText(bytes) ? 'is text that no parser accepts' : 'looks like binary data (not a PDF, .docx or UTF-8 text)'
  }
}

function describeZip(bytes: Uint8Array): string {
  const names = readZipEntryNames(bytes)
  if (!names) return 'looks like a damaged ZIP without a readable word/document.xml'
  const sample = names.slice(0, 4).join(', ')
  const hint = names.includes('xl/workbook.xml') ? ' (an Excel workbook?)'
    : names.includes('ppt/presentation.xml') ? ' (a PowerPoint file?)'
    : names.includes('content.xml') ? ' (an OpenDocument file?)' : ''
  return `looks like a ZIP without word/document.xml${hint}; entries: ${sample || 'none'}`
}
