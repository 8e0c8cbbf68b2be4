// Ruling segments found in a page image → table grids, by the same ruling analysis the PDF parser
// applies to drawn lines (pdf-parse's LineStore) and the same conversion to cell boxes (toGeom).
import { loadPdfParse } from './pdfjs-runtime.ts'
import { toGeom, type PdfTableGeom } from './pdf-table-geom.ts'
import type { Segment } from './ocr-rulings.ts'

// Ends are drawn a little past where the scan shows them: a ruling faded or broken by noise
// at a corner must still meet the ruling it ends on.
const OVERSHOOT = 1.5

export async function tableGeometry(segments: readonly Segment[], scale: number): Promise<PdfTableGeom[]> {
  if (segments.length < 4) return []
  await loadPdfParse() // loads pdf.js once, with the built-ins it replaces put back
  const { Line, LineStore, Point } = await import('pdf-parse')
  const store = new LineStore()
  for (const s of segments) {
    if (s.horizontal) {
      const y = ((s.y0 + s.y1) / 2) * scale
      store.add(new Line(new Point(s.x0 * scale - OVERSHOOT, y), new Point(s.x1 * scale + OVERSHOOT, y)))
    } else {
      const x = ((s.x0 + s.x1) / 2) * scale
      store.add(new Line(new Point(x, s.y0 * scale - OVERSHOOT), new Point(x, s.y1 * scale + OVERSHOOT)))
    }
  }
  store.normalize()
  return store.getTableData().map(toGeom).filter((t): t is PdfTableGeom => t !== null)
}
