import type { DocumentModel, Format } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import { assertInputSize } from './input-guard.ts'
import { restoreCaseInLines } from './legacy/case.ts'
import { readParagraphs, showsLegacyTrace } from './legacy/detect.ts'
import { detectedReport } from './legacy/report.ts'
import { sniffContent } from './sniff.ts'
import { assignTableRoles } from './table-role.ts'
import { decodeText, isDecodableText } from './text-decode.ts'
import { linesToBlocks } from './text-lines.ts'
import { stripWebChrome } from './text-web.ts'
import type { ParseLimits, Parser } from './types.ts'

const MARKDOWN_HEADING = /^ {0,3}#{1,6}\s+\S/m
const MARKDOWN_NAME = /\.(md|markdown)$/i

// Markdown when named so or when it has markdown headings; plain text otherwise.
export function textFormatOf(text: string, fileName: string): Extract<Format, 'md' | 'txt'> {
  return MARKDOWN_NAME.test(fileName) || MARKDOWN_HEADING.test(text) ? 'md' : 'txt'
}

// Content that decodes as text but is another format we must not read as prose.
function rejectForeign(bytes: Uint8Array): void {
  const kind = sniffContent(bytes)
  if (kind === 'html') throw new CchcError('unsupported_format', 'looks like HTML, not plain text or markdown')
  if (kind !== 'other' && kind !== 'xml') throw new CchcError('unsupported_format', `looks like ${kind} data, not text`)
}

const detectText = (bytes: Uint8Array): boolean => {
  if (bytes.length === 0) return false
  const kind = sniffContent(bytes)
  return (kind === 'other' || kind === 'xml') && isDecodableText(bytes)
}

export async function parseText(bytes: Uint8Array, fileName: string, limits: ParseLimits): Promise<DocumentModel> {
  assertInputSize(bytes, limits)
  rejectForeign(bytes)
  // Text copied from a document in legacy fonts keeps their codes and no font: each line is
  // read in the encoding that makes it Vietnamese (before normalization, which would drop
  // TCVN3's ư, a soft hyphen).
  const decoded = decodeText(bytes)
  const lines = decoded.split(/\r\n?|\n/)
  const read = showsLegacyTrace(decoded) ? readParagraphs(lines) : { texts: lines, encodings: [] }
  const { encodings, warning } = detectedReport(read.encodings, 'line')
  const texts = encodings.includes('tcvn3') ? restoreCaseInLines(read.texts, read.encodings.map((e) => e === 'tcvn3')) : read.texts
  const text = texts.join('\n').normalize('NFC')
  const format = textFormatOf(text, fileName)
  const page = stripWebChrome(text.split('\n'))
  const { blocks, warnings } = linesToBlocks(page.lines.join('\n'), { markdown: format === 'md' })
  if (warning) warnings.push(warning)
  return { format, pages: null, ocr: false, blocks: assignTableRoles(blocks), warnings: [...page.warnings, ...warnings], ...(encodings.length ? { encodings } : {}) }
}

// Parser.parse has no file name, so this one decides md/txt by content alone;
// the registry hands out textParserFor(fileName) so that "x.md" is read as markdown.
export const textParser: Parser = {
  format: 'txt',
  detect: detectText,
  parse: (bytes, limits) => parseText(bytes, '', limits),
}

export function textParserFor(fileName: string): Parser {
  return { format: MARKDOWN_NAME.test(fileName) ? 'md' : 'txt', detect: detectText, parse: (bytes, limits) => parseText(bytes, fileName, limits) }
}
