// The pages of a PDF that have no text layer (scanned), rendered by poppler's pdftoppm and read
// by OCR. pdftoppm rather than pdf.js with a canvas: see the README (measured; no canvas package).
import type { PdfPage } from './pdf-engine.ts'
import { ocrPages, type OcrOutcome } from './ocr-document.ts'
import { readPgm } from './ocr-raster.ts'
import { runTool } from './ocr-tools.ts'
import { DEFAULT_OCR_LIMITS, type ParseLimits, type ParseProgress } from './types.ts'

// Measured on the dev scans (200 dpi originals): rendered at 300 dpi they gave F1 0.567, at their
// own 200 dpi 0.526 (Tesseract reads best with body text ~30 px high).
export const RENDER_DPI = 300

export function ocrPdfPages(bytes: Uint8Array, pages: readonly PdfPage[], limits: ParseLimits, progress?: ParseProgress): Promise<OcrOutcome> {
  const toolLimits = {
    timeoutMs: limits.ocrPageTimeoutMs ?? DEFAULT_OCR_LIMITS.ocrPageTimeoutMs,
    memoryMb: limits.ocrMemoryMb ?? DEFAULT_OCR_LIMITS.ocrMemoryMb,
  }
  return ocrPages(pages.map((p) => ({
    target: { num: p.num, width: p.width, height: p.height },
    image: async (tools) => readPgm(await runTool(tools, 'pdftoppm',
      ['-r', String(RENDER_DPI), '-gray', '-f', String(p.num), '-l', String(p.num), '-'], bytes, toolLimits,
      `rendering page ${p.num}`, 'corrupt_pdf'), RENDER_DPI),
  })), limits, progress)
}
