// The one place that talks to pdf-parse (and, through it, pdf.js). One PDFParse instance loads
// the document once; per page we read the positioned text items and the ruled-table geometry
// from that same loaded document, so nothing is parsed twice. Everything else in the PDF path
// works on the plain data shapes exported here.
//
// pdf-parse's public getText()/getTable() drop positions (and getTable() re-reads every page's
// text), so two of its non-public members are used: the loaded pdf.js document (`doc`) and its
// ruling detector (`getPageTables`). Both are checked at run time; if a pdf-parse upgrade
// removes them the parser fails with a clear 'parse_crashed' instead of misreading documents.
import { loadPdfParse, paintsImage, PDFJS_READ_OPTIONS, type LineStore } from './pdfjs-runtime.ts'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js'
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js'
import { CchcError, isCchcError } from '../schemas/errors.ts'
import { restoreSoftHyphens } from './pdf-hidden-marks.ts'

// A text run in page space with the origin at the top-left corner (y grows downwards).
export interface PdfItem {
  readonly str: string
  readonly x: number // left edge
  readonly y: number // baseline
  readonly w: number // advance width
  readonly size: number // font size
  readonly font: string
}

export interface PdfCellBox {
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
  readonly col: number // index of the first grid column the cell covers
  readonly colSpan: number
}

export interface PdfTableGeom {
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
  readonly columns: number
  readonly rows: readonly (readonly PdfCellBox[])[]
}

export interface PdfPage {
  readonly num: number
  readonly width: number
  readonly height: number
  readonly items: readonly PdfItem[]
  readonly tables: readonly PdfTableGeom[]
  // font id → style and the font's name, known for the fonts used on pages that carry text
  readonly fonts: ReadonlyMap<string, { bold: boolean; italic: boolean; name?: string }>
  // why the page's rulings could not be analysed, if they could not
  readonly tableError?: string
  // whether the page paints an image; only looked at where `mayBeScanned` asked
  readonly paintsImage?: boolean
}

type TableData = ReturnType<LineStore['getTableData']>[number]

interface PdfParseInternals {
  doc?: PDFDocumentProxy
  getPageTables?: (page: PDFPageProxy) => Promise<LineStore>
}

// pdf.js failures become CchcErrors carrying pdf.js's own reason.
export const toCchcError = (e: unknown): CchcError => {
  if (isCchcError(e)) return e
  const name = (e as { name?: string })?.name ?? ''
  const reason = e instanceof Error ? e.message : String(e)
  if (name === 'PasswordException') return new CchcError('encrypted_pdf', reason, { cause: e })
  return new CchcError('corrupt_pdf', reason || name || 'unknown pdf.js error', { cause: e })
}

const guard = async <T>(work: () => Promise<T>): Promise<T> => {
  try { return await work() } catch (e) { throw toCchcError(e) }
}

export interface ReadOptions {
  // pages without (enough) text are not analysed further
  readonly hasText: (page: PdfPage) => boolean
  // whether the page's rulings are worth an operator-list pass (the costly part of a page)
  readonly mayHoldTable: (page: PdfPage) => boolean
  // whether the page has so little text that it may be a scan: its operator list tells whether
  // it paints an image
  readonly mayBeScanned?: (page: PdfPage) => boolean
  // whether the page's text may have lost soft hyphens that are letters (TCVN3's ư), to be put
  // back from the glyphs of its operator list
  readonly mayHideLetters?: (page: PdfPage) => boolean
}

// Reads every page's text runs and, where useful, its ruled-table geometry; always releases
// pdf.js resources. The operator-list pass also runs when the page uses a font not met yet,
// since that pass is what loads fonts (and so tells bold and italic apart).
export async function readPdf(bytes: Uint8Array, opts: ReadOptions): Promise<PdfPage[]> {
  // pdf.js may take ownership of (detach) the array it is given: hand it a copy.
  const PDFParse = await loadPdfParse()
  const parser = new PDFParse({ ...PDFJS_READ_OPTIONS, data: bytes.slice() })
  try {
    const internals = parser as unknown as PdfParseInternals
    try {
      await parser.getInfo() // loads the document (metadata is not used)
    } catch (e) {
      if (!internals.doc) throw toCchcError(e) // a broken outline or metadata alone is no reason to fail
    }
    const doc = internals.doc
    if (!doc || typeof internals.getPageTables !== 'function') {
      throw new CchcError('parse_crashed', 'pdf-parse internals changed (doc/getPageTables missing)')
    }
    const pages: PdfPage[] = []
    for (let num = 1; num <= doc.numPages; num++) {
      const page = await guard(() => doc.getPage(num))
      try {
        pages.push(await readPage(internals, page, num, opts))
      } finally {
        page.cleanup()
      }
    }
    return pages
  } finally {
    await parser.destroy().catch(() => undefined)
  }
}

async function readPage(internals: PdfParseInternals, page: PDFPageProxy, num: number, opts: ReadOptions): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 })
  const content = await guard(() => page.getTextContent())
  const items: PdfItem[] = []
  for (const raw of content.items) {
    const it = raw as TextItem
    if (typeof it.str !== 'string' || it.str === '') continue
    const [a, b, c, d, e, f] = it.transform as number[]
    const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number]
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height
    // Runs are horizontal in these documents; rotated runs keep their origin as their position.
    items.push({ str: it.str, x, y, w: it.width, size, font: it.fontName })
  }
  let base: PdfPage = { num, width: viewport.width, height: viewport.height, items, tables: [], fonts: new Map() }
  if (!opts.hasText(base)) return base
  if (opts.mayBeScanned?.(base)) base = { ...base, paintsImage: paintsImage((await guard(() => page.getOperatorList())).fnArray) }
  if (opts.mayHideLetters?.(base)) {
    const restored = restoreSoftHyphens(items.map((it) => it.str), await guard(() => page.getOperatorList()))
    if (restored) base = { ...base, items: items.map((it, i) => (restored[i] === it.str ? it : { ...it, str: restored[i] })) }
  }
  const known = fontStyles(page, base.items)
  const rulings = opts.mayHoldTable(base)
  if (!rulings && known.size === new Set(base.items.map((it) => it.font)).size) return { ...base, fonts: known }
  let tables: PdfTableGeom[] = []
  let tableError: string | undefined
  try {
    const store = await internals.getPageTables!(page)
    store.normalize()
    if (rulings) tables = store.getTableData().map(toGeom).filter((t): t is PdfTableGeom => t !== null)
  } catch (e) {
    // the text is readable; the page's drawing is not: go on without its tables
    tableError = e instanceof Error ? e.message : String(e)
  }
  return { ...base, tables, fonts: fontStyles(page, base.items), tableError }
}

// Styles of the fonts already loaded (fonts are document-wide objects in pdf.js).
function fontStyles(page: PDFPageProxy, items: readonly PdfItem[]): Map<string, { bold: boolean; italic: boolean; name: string }> {
  const out = new Map<string, { bold: boolean; italic: boolean; name: string }>()
  for (const { font } of items) {
    if (out.has(font) || !page.commonObjs.has(font)) continue
    let name = ''
    try {
      name = String((page.commonObjs.get(font) as { name?: string })?.name ?? '')
    } catch { continue }
    out.set(font, { bold: /bold|black|heavy|semibold|demi/i.test(name), italic: /italic|oblique/i.test(name), name })
  }
  return out
}

// pdf-parse's TableData in viewport space → boxes with grid columns and spans.
export function toGeom(t: TableData): PdfTableGeom | null {
  if (t.rows.length === 0) return null
  const xs: number[] = []
  for (const row of t.rows) for (const c of row) xs.push(c.minXY.x, c.maxXY.x)
  xs.sort((a, b) => a - b)
  const pivots: number[] = []
  for (const x of xs) if (pivots.length === 0 || x - pivots[pivots.length - 1] > 2) pivots.push(x)
  const colOf = (x: number): number => {
    let best = 0
    for (let i = 1; i < pivots.length; i++) if (Math.abs(pivots[i] - x) < Math.abs(pivots[best] - x)) best = i
    return best
  }
  const rows = t.rows
    .map((row) => row
      .map((c) => {
        const col = colOf(c.minXY.x)
        return { x0: c.minXY.x, y0: c.minXY.y, x1: c.maxXY.x, y1: c.maxXY.y, col, colSpan: Math.max(1, colOf(c.maxXY.x) - col) }
      })
      .sort((a, b) => a.x0 - b.x0))
    .filter((row) => row.length > 0)
    .sort((a, b) => a[0].y0 - b[0].y0)
  if (rows.length === 0) return null
  return { x0: t.minXY.x, y0: t.minXY.y, x1: t.maxXY.x, y1: t.maxXY.y, columns: Math.max(1, pivots.length - 1), rows }
}
