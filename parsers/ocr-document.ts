// OCR of a document's image pages (a scanned PDF's pages without a text layer, or an image
// file's pages): pages run in parallel, each bounded in time and memory, the page count bounded,
// progress reported page by page. Per-page confidence and warnings come back beside the pages.
import type { OcrPageInfo, ParseWarning } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import type { PdfPage } from './pdf-engine.ts'
import { ocrPage, type PageTarget } from './ocr-page.ts'
import type { GrayImage } from './ocr-raster.ts'
import { ocrTools, type OcrTools, type ToolLimits } from './ocr-tools.ts'
import { DEFAULT_OCR_LIMITS, type ParseLimits, type ParseProgress } from './types.ts'

// A page whose words average a lower confidence than this is flagged: its facts need checking.
export const LOW_CONFIDENCE = 70

export interface OcrJob {
  readonly target: PageTarget
  // the page image, produced when the page's turn comes (rendering holds one page per thread)
  readonly image: (tools: OcrTools, limits: ToolLimits) => Promise<GrayImage>
}

export interface OcrOutcome {
  readonly pages: PdfPage[] // in the order of the jobs
  readonly info: OcrPageInfo[]
  readonly warnings: ParseWarning[]
}

export async function ocrPages(jobs: readonly OcrJob[], limits: ParseLimits, progress?: ParseProgress): Promise<OcrOutcome> {
  // checked before anything else, so an over-long scan fails at once, with or without Tesseract
  const max = limits.ocrMaxPages ?? DEFAULT_OCR_LIMITS.ocrMaxPages
  if (jobs.length > max) throw new CchcError('file_too_large', `${jobs.length} pages need OCR, more than the limit of ${max}`)
  const tools = await ocrTools()
  const toolLimits: ToolLimits = {
    timeoutMs: limits.ocrPageTimeoutMs ?? DEFAULT_OCR_LIMITS.ocrPageTimeoutMs,
    memoryMb: limits.ocrMemoryMb ?? DEFAULT_OCR_LIMITS.ocrMemoryMb,
  }
  const results = new Array<Awaited<ReturnType<typeof ocrPage>>>(jobs.length)
  let next = 0
  let done = 0
  progress?.(0, jobs.length)
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++
      const job = jobs[i]
      results[i] = await ocrPage(await job.image(tools, toolLimits), job.target, tools, toolLimits)
      progress?.(++done, jobs.length)
    }
  }
  const threads = Math.max(1, Math.min(jobs.length, limits.ocrThreads ?? DEFAULT_OCR_LIMITS.ocrThreads))
  await Promise.all(Array.from({ length: threads }, lane))
  const warnings: ParseWarning[] = results.flatMap((r) => r.warnings)
  const low = results.filter((r) => r.confidence !== null && r.confidence < LOW_CONFIDENCE)
  for (const r of low) {
    warnings.push({ code: 'low_ocr_confidence', message: `page ${r.page.num}: mean word confidence ${r.confidence} is below ${LOW_CONFIDENCE}; check the facts read from it` })
  }
  const blank = results.filter((r) => r.words === 0).map((r) => r.page.num)
  if (blank.length) warnings.push({ code: 'ocr_no_text', message: `page(s) ${blank.join(', ')}: OCR found no text` })
  return {
    pages: results.map((r) => r.page),
    info: results.map((r) => ({ page: r.page.num, confidence: r.confidence, words: r.words })),
    warnings,
  }
}
