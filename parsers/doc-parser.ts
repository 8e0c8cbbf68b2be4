import type { DocumentModel } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import { docBodyToBlocks } from './doc-body.ts'
import { markWordRowEnds } from './doc-rows.ts'
import { readDocText, type DocText } from './doc-legacy.ts'
import { assertInputSize } from './input-guard.ts'
import { sniffContent } from './sniff.ts'
import { assignTableRoles } from './table-role.ts'
import type { ParseLimits, Parser } from './types.ts'

// Legacy Word 97–2003 documents (.doc): an OLE2 compound file holding a "WordDocument" stream,
// read with word-extractor. It gives text, not styles: tables come back from the cell and row
// marks (doc-body.ts), bold and headings are not known.
const WORD_STREAM = new Uint8Array([...'WordDocument'].flatMap((ch) => [ch.charCodeAt(0), 0])) // UTF-16LE directory name

function holdsWordStream(bytes: Uint8Array): boolean {
  outer: for (let i = 0; i + WORD_STREAM.length <= bytes.length; i++) {
    for (let j = 0; j < WORD_STREAM.length; j++) if (bytes[i + j] !== WORD_STREAM[j]) continue outer
    return true
  }
  return false
}

export const docParser: Parser = {
  format: 'doc',

  detect: (bytes) => sniffContent(bytes) === 'ole2' && holdsWordStream(bytes),

  async parse(bytes: Uint8Array, limits: ParseLimits): Promise<DocumentModel> {
    assertInputSize(bytes, limits)
    let text: DocText
    try {
      // runs in legacy fonts (the font table names them) come out decoded
      text = await readDocText(bytes)
    } catch (e) {
      throw new CchcError('corrupt_doc', e instanceof Error ? e.message : String(e), { cause: e })
    }
    const blocks = assignTableRoles(docBodyToBlocks(markWordRowEnds(text.body.normalize('NFC'))))
    const encodings = text.encodings.length ? { encodings: text.encodings } : {}
    return { format: 'doc', pages: null, ocr: false, blocks, warnings: text.warning ? [text.warning] : [], ...encodings }
  },
}
