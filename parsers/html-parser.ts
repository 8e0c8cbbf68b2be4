import { parse as parseHtml } from 'node-html-parser'
import type { DocumentModel } from '../schemas/document-model.ts'
import { htmlToBlocks } from './html-to-blocks.ts'
import { assertInputSize } from './input-guard.ts'
import { looksLikeHtml } from './sniff.ts'
import { assignTableRoles } from './table-role.ts'
import { decodeText } from './text-decode.ts'
import type { ParseLimits, Parser } from './types.ts'

// Documents saved as web pages ("Save as HTML", portal copies). The same walker reads
// mammoth's HTML for .docx, so both formats yield the same block shapes.
export const htmlParser: Parser = {
  format: 'html',

  detect(bytes: Uint8Array): boolean {
    return looksLikeHtml(bytes)
  },

  async parse(bytes: Uint8Array, limits: ParseLimits): Promise<DocumentModel> {
    assertInputSize(bytes, limits)
    const root = parseHtml(decodeText(bytes), { comment: false })
    const body = root.querySelector('body') ?? root
    return { format: 'html', pages: null, ocr: false, blocks: assignTableRoles(htmlToBlocks(body)), warnings: [] }
  },
}
