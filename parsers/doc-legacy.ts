// Reads a Word 97–2003 document with word-extractor, decoding the runs set in legacy fonts
// before word-extractor cleans and joins its text pieces. word-extractor's OLE extractor is
// extended at the step where it has read the character runs: there the runs' fonts are read
// (doc-fonts.ts) and each run in a legacy font is decoded in place. A piece keeps its length
// (word-extractor addresses pieces by character position): a decoding that comes out shorter
// (VNI's two characters per letter) is padded with NULs, which word-extractor drops when it cleans.
import { createRequire } from 'node:module'
import type { ParseWarning } from '../schemas/document-model.ts'
import { readFontNames, readFontRuns } from './doc-fonts.ts'
import { decodeLegacy } from './legacy/codec.ts'
import { hasUnicodeVietnamese } from './legacy/detect.ts'
import { encodingOfFont } from './legacy/fonts.ts'
import type { LegacyEncoding } from './legacy/tables.ts'

interface Piece { text: string; startFilePos: number; endFilePos: number; bpc: number }
interface WordDocument { getBody(options: { filterUnicode: boolean }): string }
interface OleExtractorInstance {
  _pieces: Piece[]
  extract(reader: unknown): Promise<WordDocument>
  writeCharacterProperties(word: Buffer, table: Buffer): void
}
type OleExtractorClass = new () => OleExtractorInstance

// word-extractor's own modules (its public class picks the extractor by magic bytes; ours only
// reads OLE files, which the parser has checked)
const require = createRequire(import.meta.url)
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as OleExtractorClass
const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (b: Buffer) => { open(): Promise<unknown> }

export interface DocText { readonly body: string; readonly encodings: LegacyEncoding[]; readonly warning: ParseWarning | null }

export async function readDocText(bytes: Uint8Array): Promise<DocText> {
  const decodedFonts = new Map<string, { encoding: LegacyEncoding; runs: number }>()
  class LegacyFontExtractor extends WordOleExtractor {
    writeCharacterProperties(word: Buffer, table: Buffer): void {
      super.writeCharacterProperties(word, table)
      const names = readFontNames(word, table)
      if (!names.some((n) => encodingOfFont(n))) return
      for (const run of readFontRuns(word, table, names)) {
        const enc = encodingOfFont(run.font)
        if (enc && decodeRun(this._pieces, run.fcStart, run.fcEnd, enc.encoding, enc.caps)) {
          const seen = decodedFonts.get(run.font) ?? { encoding: enc.encoding, runs: 0 }
          seen.runs++
          decodedFonts.set(run.font, seen)
        }
      }
    }
  }
  const reader = new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  await reader.open()
  const doc = await new LegacyFontExtractor().extract(reader)
  // filterUnicode: false keeps the original quotes and dashes
  const body = doc.getBody({ filterUnicode: false })
  if (decodedFonts.size === 0) return { body, encodings: [], warning: null }
  const where = [...decodedFonts].map(([font, f]) => `${f.runs} in ${font} (${f.encoding.toUpperCase()})`).join(', ')
  return {
    body,
    encodings: [...new Set([...decodedFonts.values()].map((f) => f.encoding))].sort(),
    warning: { code: 'legacy_encoding', message: `runs in legacy fonts decoded to Unicode: ${where}` },
  }
}

// Decodes the text between two file offsets, in every piece it spans; true if anything was decoded.
// Word stores a soft hyphen (TCVN3's ư) as its optional hyphen, 0x1F, where it wrote one itself.
function decodeRun(pieces: Piece[], fcStart: number, fcEnd: number, encoding: LegacyEncoding, caps: boolean): boolean {
  let decoded = false
  for (const piece of pieces) {
    if (piece.endFilePos <= fcStart || piece.startFilePos >= fcEnd) continue
    const from = (Math.max(fcStart, piece.startFilePos) - piece.startFilePos) / piece.bpc
    const to = (Math.min(fcEnd, piece.endFilePos) - piece.startFilePos) / piece.bpc
    const raw = piece.text.slice(from, to)
    if (hasUnicodeVietnamese(raw)) continue // typed in Unicode under the old font
    const text = decodeLegacy(encoding === 'tcvn3' ? raw.replace(/\x1f/g, '\u00ad') : raw, encoding, { caps })
    if (text === raw || text.length > raw.length) continue
    piece.text = piece.text.slice(0, from) + text.padEnd(raw.length, '\0') + piece.text.slice(to)
    decoded = true
  }
  return decoded
}
