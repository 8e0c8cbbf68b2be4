// The pages of a PDF that have no text layer (scanned), rendered by poppler's pdftoppm and read
// by OCR. pdftoppm rather than pdf.js with a canvas: half the CPU per page and a fraction of the
// memory (README, "OCR").
import type { PdfPage } from './pdf-engine.ts'
import { ocrPages, type OcrOutcome } from './ocr-document.ts'
import { readPgm } from './ocr-raster.ts'
import { runTool } from './ocr-tools.ts'
import type { ParseLimits, ParseProgress } from './types.ts'

// Measured on the dev scans (200 dpi originals): rendered at 300 dpi they gave F1 0.567, at their
// own 200 dpi 0.526 (Tesseract reads best with body text ~30 px high).
export const RENDER_DPI = 300
// A page larger than A2 is rendered at a lower resolution, so its image stays within ~50 MB.
const MAX_SIDE_PX = 7000

export function ocrPdfPages(bytes: Uint8Array, pages: readonly PdfPage[], limits: ParseLimits, progress?: ParseProgress): Promise<OcrOutcome> {
  return ocrPages(pages.map((p) => {
    const dpi = Math.min(RENDER_DPI, Math.floor((MAX_SIDE_PX * 72) / Math.max(p.width, p.height, 1)))
    return {
      target: { num: p.num, width: p.width, height: p.height },
      image: async (tools, toolLimits) => readPgm(await runTool(tools, 'pdftoppm',
        ['-r', String(dpi), '-gray', '-f', String(p.num), '-l', String(p.num), '-'], bytes, toolLimits,
        `rendering page ${p.num}`, 'corrupt_pdf'), dpi),
    }
  }), limits, progress)
}
