// The PDF parser: pdf-parse (pdf.js) reads positioned text and table rulings once per page; the
// pdf-* modules rebuild lines, paragraphs, ruled tables and the borderless header/closing tables.
//   pdf-engine       load once, read text runs + ruling geometry per page, map pdf.js errors
//   pdf-table-geom   ruling detector cells → boxes on a grid of columns
//   pdf-weave        glyphs drawn from a second font subset, back into their words
//   pdf-text-lines   runs → lines (with column segments)
//   pdf-table-cells  runs → table cells | text flow
//   pdf-header       page-1 header → layout table      pdf-closing  "Nơi nhận" | signer → layout table
//   pdf-page         a page's elements in reading order (page number dropped)
//   pdf-assemble     cross-page: paragraphs, table continuations, split signatures
//   pdf-paragraphs   line joining rules                pdf-blocks   paragraph → block type
import type { DocumentModel, ParseWarning } from '../schemas/document-model.ts'
import { CchcError, isCchcError } from '../schemas/errors.ts'
import { readPdf, type PdfPage } from './pdf-engine.ts'
import { assemble } from './pdf-assemble.ts'
import { decodePdfText, mayHideTcvn3Letters, restoreLostLetters } from './pdf-legacy.ts'
import { pageElements, type Element } from './pdf-page.ts'
import { mayHoldTable } from './pdf-table-cells.ts'
import { glueWordRuns, weaveGlyphRuns } from './pdf-weave.ts'
import { ocrPdfPages } from './ocr-pdf.ts'
import { codeOrderWarning, repairCodeOrder } from './ocr-code-order.ts'
import type { ParseLimits, ParseProgress, Parser } from './types.ts'

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"
const MAGIC_WINDOW = 1024
// A document whose every page has fewer letters and digits than this has no text layer (a scan,
// perhaps with a stray mark or a scanner's stamp).
const MIN_PAGE_CHARS = 20

// "%PDF-" within the first 1024 bytes (readers accept leading junk), unless what comes before it
// is markup: an HTML or XML page that merely mentions "%PDF-" is not a PDF.
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - MAGIC.length, MAGIC_WINDOW)
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < MAGIC.length; k++) if (bytes[i + k] !== MAGIC[k]) continue outer
    return !startsWithMarkup(bytes.subarray(0, i))
  }
  return false
}

function startsWithMarkup(prefix: Uint8Array): boolean {
  for (const b of prefix) {
    if (b === 0xef || b === 0xbb || b === 0xbf || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue
    return b === 0x3c // '<'
  }
  return false
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
// Letters and digits on the page, counted up to `enough` (the callers only compare with a bound).
const textChars = (page: PdfPage, enough: number): number => {
  let n = 0
  for (const it of page.items) {
    for (const ch of it.str) {
      const c = ch.charCodeAt(0)
      if (c < 0x80 ? (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) : LETTER_OR_DIGIT.test(ch)) n++
    }
    if (n >= enough) return n
  }
  return n
}

export async function parsePdf(bytes: Uint8Array, limits: ParseLimits, progress?: ParseProgress): Promise<DocumentModel> {
  if (bytes.length === 0) throw new CchcError('empty_file')
  if (bytes.length > limits.maxBytes) {
    throw new CchcError('file_too_large', `${bytes.length} bytes > ${limits.maxBytes}`)
  }
  // Rulings (an operator-list pass) are only read on pages with text laid out in columns.
  const read = await readPdf(bytes, {
    hasText: (page) => textChars(page, 1) > 0,
    mayBeScanned: (page) => textChars(page, MIN_PAGE_CHARS) < MIN_PAGE_CHARS,
    mayHoldTable: (page) => mayHoldTable(page.items),
    mayHideLetters: mayHideTcvn3Letters,
  })
  if (read.length === 0) throw new CchcError('corrupt_pdf', 'the document has no pages')
  // legacy-font runs decoded first; pages with no text layer go to OCR below
  const decoded = decodePdfText(read)
  const { encodings, warning, tcvn3WithoutFont } = decoded
  // (after decoding: a run woven into another is Unicode on both sides)
  let pages = decoded.pages.map((p) => ({ ...p, items: glueWordRuns(weaveGlyphRuns(p.items), p.fonts) }))
  const warnings: ParseWarning[] = []
  // Pages without a text layer are scans: read by OCR (ocr-pdf), or reported when OCR is missing.
  // A page with a few letters is one only if it paints an image (a scanner's mark over the
  // scan); without one, those few words are all it holds (a signature on a page of its own).
  const scanned = pages.filter((p) => textChars(p, MIN_PAGE_CHARS) < MIN_PAGE_CHARS && p.paintsImage !== false)
  const ocr = scanned.length > 0 ? await ocrPdfPages(bytes, scanned, limits, progress).catch((e: unknown) => {
    if (!isCchcError(e) || e.code !== 'needs_ocr') throw e
    if (scanned.length === pages.length) throw new CchcError('needs_ocr', `none of the ${pages.length} page(s) has a text layer; ${e.message}`)
    const empty = scanned.filter((p) => textChars(p, 1) === 0).map((p) => p.num)
    if (empty.length > 0) warnings.push({ code: 'pdf_pages_without_text', message: `page(s) ${empty.join(', ')} have no text layer (scanned?); ${e.message}` })
    return null
  }) : null
  if (ocr) {
    const read = new Map(ocr.pages.map((p) => [p.num, p]))
    pages = pages.map((p) => read.get(p.num) ?? p)
    warnings.push(...ocr.warnings)
  }
  for (const p of pages) {
    if (p.tableError) warnings.push({ code: 'pdf_tables_unreadable', message: `page ${p.num}: ${p.tableError}` })
  }
  if (warning) warnings.push(warning)
  const elements: Element[] = pages.flatMap((page) => (page.items.length > 0 ? pageElements(page) : []))
  // codes read by OCR out of their column's order are put back (ocr-code-order)
  const ordered = ocr ? repairCodeOrder(assemble(pages, elements)) : { blocks: assemble(pages, elements), repaired: [] }
  const blocks = ordered.blocks
  warnings.push(...codeOrderWarning(ordered.repaired))
  return { format: 'pdf', pages: pages.length, ocr: ocr !== null, blocks: tcvn3WithoutFont ? restoreLostLetters(blocks) : blocks, warnings,
    ...(ocr ? { ocrPages: ocr.info } : {}), ...(encodings.length ? { encodings } : {}) }
}

export const pdfParser: Parser = {
  format: 'pdf',
  detect: (bytes) => isPdf(bytes),
  parse: parsePdf,
}
