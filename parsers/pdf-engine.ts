// The one place that talks to pdf-parse (and, through it, pdf.js). One PDFParse instance loads
// the document once; per page we read the positioned text items and the ruled-table geometry
// from that same loaded document, so nothing is parsed twice. Everything else in the PDF path
// works on the plain data shapes exported here.
//
// pdf-parse's public getText()/getTable() drop positions (and getTable() re-reads every page's
// text), so two of its non-public members are used: the loaded pdf.js document (`doc`) and its
// ruling detector (`getPageTables`). Both are checked at run time; if a pdf-parse upgrade
// removes them the parser fails with a clear 'parse_crashed' instead of misreading documents.
import { loadPdfParse, paintsImage, PDFJS_IMAGE_OPTIONS, PDFJS_READ_OPTIONS, type LineStore, type PDFParse } from './pdfjs-runtime.ts'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js'
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js'
import { CchcError, isCchcError } from '../schemas/errors.ts'
import { restoreSoftHyphens } from './pdf-hidden-marks.ts'
import { toGeom, type PdfTableGeom } from './pdf-table-geom.ts'

export type { PdfCellBox, PdfTableGeom } from './pdf-table-geom.ts'

// A text run in page space with the origin at the top-left corner (y grows downwards).
export interface PdfItem {
  readonly str: string
  readonly x: number // left edge
  readonly y: number // baseline
  readonly w: number // advance width
  readonly size: number // font size
  readonly font: string
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

// pdf-parse loaded with `options`, its pdf.js document and ruling detector; the caller destroys it.
async function openDocument(bytes: Uint8Array, options: typeof PDFJS_READ_OPTIONS): Promise<{ parser: PDFParse; internals: Required<PdfParseInternals> }> {
  // pdf.js may take ownership of (detach) the array it is given: hand it a copy.
  const parser = new (await loadPdfParse())({ ...options, data: bytes.slice() })
  const internals = parser as unknown as PdfParseInternals
  try {
    await parser.getInfo() // loads the document (metadata is not used)
  } catch (e) {
    if (!internals.doc) { await parser.destroy().catch(() => undefined); throw toCchcError(e) } // a broken outline or metadata alone is no reason to fail
  }
  if (!internals.doc || typeof internals.getPageTables !== 'function') {
    await parser.destroy().catch(() => undefined)
    throw new CchcError('parse_crashed', 'pdf-parse internals changed (doc/getPageTables missing)')
  }
  return { parser, internals: internals as Required<PdfParseInternals> }
}

// Each page of the document through `read`, released after it.
async function eachPage<T>(doc: PDFDocumentProxy, nums: readonly number[], read: (page: PDFPageProxy, num: number) => Promise<T>): Promise<T[]> {
  const out: T[] = []
  for (const num of nums) {
    const page = await guard(() => doc.getPage(num))
    try {
      out.push(await read(page, num))
    } finally {
      page.cleanup()
    }
  }
  return out
}

// Reads every page's text runs and, where useful, its ruled-table geometry; always releases
// pdf.js resources. The operator-list pass also runs when the page uses a font not met yet,
// since that pass is what loads fonts (and so tells bold and italic apart).
export async function readPdf(bytes: Uint8Array, opts: ReadOptions): Promise<PdfPage[]> {
  const { parser, internals } = await openDocument(bytes, PDFJS_READ_OPTIONS)
  let pages: PdfPage[]
  try {
    const all = Array.from({ length: internals.doc.numPages }, (_, i) => i + 1)
    pages = await eachPage(internals.doc, all, (page, num) => readPage(internals, page, num, opts))
  } finally {
    await parser.destroy().catch(() => undefined)
  }
  const probe = pages.filter((p) => p.items.length > 0 && opts.mayBeScanned?.(p)).map((p) => p.num)
  if (probe.length === 0) return pages
  const painting = await pagesPaintingImages(bytes, probe)
  return pages.map((p) => (probe.includes(p.num) ? { ...p, paintsImage: painting.has(p.num) } : p))
}

// The pages among `nums` that paint an image, from the document opened again with images on
// (our reading leaves them out; see pdfjs-runtime).
async function pagesPaintingImages(bytes: Uint8Array, nums: readonly number[]): Promise<Set<number>> {
  const { parser, internals } = await openDocument(bytes, PDFJS_IMAGE_OPTIONS)
  try {
    const painting = await eachPage(internals.doc, nums, async (page) => paintsImage((await guard(() => page.getOperatorList())).fnArray))
    return new Set(nums.filter((_, i) => painting[i]))
  } finally {
    await parser.destroy().catch(() => undefined)
  }
}

async function readPage(internals: Required<PdfParseInternals>, page: PDFPageProxy, num: number, opts: ReadOptions): Promise<PdfPage> {
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
    const store = await internals.getPageTables(page)
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
