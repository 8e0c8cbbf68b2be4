// Loads pdf-parse (and pdf.js) on first use, without letting it slow down the rest of the process.
//
// pdf-parse imports pdfjs-dist's "legacy" build, whose bundled core-js polyfills replace some
// built-ins for the whole process even on a Node that implements them: Array.prototype.push
// becomes a JavaScript function about 3× slower than V8's, for every push anywhere — mammoth,
// the HTML parser, the extraction core, the store. pdf.js's in-thread ("fake") worker is a second
// bundle that does the same when the first PDF is opened. So both bundles are loaded here, together,
// and the built-ins they replaced are put back. The polyfills only matter on engines that lack
// these built-ins or get an edge case wrong (lengths beyond 2^32, JSON source access), which
// nothing in pdf.js relies on. Everything in this repository reaches pdf-parse through here.
// Loading waits for the first PDF: the bundles cost a parser worker that only reads .docx ~25 MB.
import type { LoadParameters, PDFParse as PdfParseClass } from 'pdf-parse'

export type PDFParse = PdfParseClass
export type { LineStore } from 'pdf-parse'

let loading: Promise<typeof PdfParseClass> | null = null

// How our parser has pdf.js open a document. pdf.js in Node defaults to `disableFontFace`, so
// every glyph drawn in an operator list is compiled into an outline (an SVG path string) and
// sent to the main thread for a canvas to draw, glyph by glyph: ~22 % of pdf.js's CPU for text
// + operator lists on the sample PDFs. We never draw a PDF (scans are rendered by pdftoppm).
// With font faces on, pdf.js instead hands each embedded font to a document's style sheet as an
// @font-face rule; the document given here is such a context that keeps nothing. What we read
// from the operator list (rulings, font names, glyph codes) is the same either way (tested).
const fontFaceSink = Object.freeze({
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
})
// Images are not decoded either (`maxImageSize: 0`: pdf.js leaves them out of operator lists):
// a signature or stamp image cost an operator list 5–25 ms (300–1000 px), more than the rest of
// the page. Whether a page paints an image (a scan) is asked of a document opened with images
// on, `PDFJS_IMAGE_OPTIONS`, for the few pages where it matters.
// (typed as the whole DOM Document pdf.js declares; it only ever calls these members)
export const PDFJS_IMAGE_OPTIONS: Readonly<Omit<LoadParameters, 'data'>> = Object.freeze({
  verbosity: 0, disableFontFace: false, ownerDocument: fontFaceSink as unknown as Document,
})
export const PDFJS_READ_OPTIONS: Readonly<Omit<LoadParameters, 'data'>> = Object.freeze({ ...PDFJS_IMAGE_OPTIONS, maxImageSize: 0 })

let imageOps: ReadonlySet<number> = new Set()
// Whether an operator list paints an image (a scanned page is one), by pdf.js's own operator
// table; known once pdf.js is loaded.
export const paintsImage = (fnArray: readonly number[]): boolean => fnArray.some((fn) => imageOps.has(fn))

export function loadPdfParse(): Promise<typeof PdfParseClass> {
  loading ??= load()
  return loading
}

async function load(): Promise<typeof PdfParseClass> {
  const natives = [
    [Array.prototype, 'push'],
    [JSON, 'parse'],
    [Function.prototype, 'toString'],
  ].map(([owner, key]) => ({ owner, key, descriptor: Object.getOwnPropertyDescriptor(owner, key as PropertyKey)! }))
  try {
    const pdfParse = await import('pdf-parse')
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs') // the bundle pdf-parse loaded
    imageOps = new Set(Object.entries(OPS).filter(([name]) => /^paint.*Image/.test(name)).map(([, fn]) => fn))
    // A non-literal specifier: the worker bundle ships without type declarations.
    const workerBundle = 'pdfjs-dist/legacy/build/pdf.worker.mjs'
    const worker = (await import(workerBundle)) as { WorkerMessageHandler: unknown }
    // pdf.js uses an already loaded worker bundle instead of importing it at the first document.
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker
    return pdfParse.PDFParse
  } finally {
    for (const { owner, key, descriptor } of natives) Object.defineProperty(owner, key as PropertyKey, descriptor)
  }
}
