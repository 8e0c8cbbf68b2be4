import type { DocumentModel, Format } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import { assertInputSize } from './input-guard.ts'
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
  const text = decodeText(bytes).normalize('NFC')
  const format = textFormatOf(text, fileName)
  const page = stripWebChrome(text.split('\n'))
  const { blocks, warnings } = linesToBlocks(page.lines.join('\n'), { markdown: format === 'md' })
  return { format, pages: null, ocr: false, blocks: assignTableRoles(blocks), warnings: [...page.warnings, ...warnings] }
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
