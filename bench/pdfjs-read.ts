// pdf.js reading a PDF with nothing built from it, for the benchmarks' baselines.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'
import { loadPdfParse, type PDFParse } from '../parsers/pdfjs-runtime.ts'

// `read` on the document pdf-parse loads from `bytes` with `options`, released after.
export const withPdf = async <T>(bytes: Uint8Array, read: (p: PDFParse) => Promise<T>, options: object = {}): Promise<T> => {
  const p = new (await loadPdfParse())({ ...options, data: bytes.slice() })
  try { return await read(p) } finally { await p.destroy() }
}

// What pdf.js alone does for our parser, with nothing built from it: every page's positioned
// text and its operator list (where the table rulings are), through the document pdf-parse loaded.
export const readPdfJs = async (p: PDFParse): Promise<void> => {
  await p.getInfo()
  const doc = (p as unknown as { doc: PDFDocumentProxy }).doc
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    await page.getTextContent()
    await page.getOperatorList()
    page.cleanup()
  }
}
