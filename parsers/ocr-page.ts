// One page image → one PdfPage, the shape the PDF parser reads from a text layer, so the same
// modules rebuild lines, the two-column header, the closing block and ruled tables:
//   measure the skew (ocr-deskew) → find and erase rulings (ocr-rulings) → Tesseract hOCR
//   (ocr-hocr) → words as positioned runs in points (ocr-words) + rulings as a table grid
//   (ocr-grid), both in the page's straightened frame.
// A page that reads badly is checked for a quarter or half turn (Tesseract's OSD) and read again.
import type { ParseWarning } from '../schemas/document-model.ts'
import type { PdfPage } from './pdf-engine.ts'
import { estimateSkew, otsuThreshold } from './ocr-deskew.ts'
import { tableGeometry } from './ocr-grid.ts'
import { parseHocr, type OcrLine } from './ocr-hocr.ts'
import { turnImage, whitenPaper, type GrayImage } from './ocr-raster.ts'
import { eraseRulings, findRulings, type Segment } from './ocr-rulings.ts'
import type { OcrTools, ToolLimits } from './ocr-tools.ts'
import { tesseract } from './ocr-tesseract.ts'
import { OCR_FONTS, wordItems } from './ocr-words.ts'
import { findOrphans } from './ocr-orphans.ts'
import { rereadOrphans } from './ocr-reread.ts'
import { repairCode, repairCodes } from './ocr-codes.ts'
import { median } from './pdf-text-lines.ts'

export interface OcrPageResult {
  readonly page: PdfPage
  readonly confidence: number | null // mean word confidence, 0–100; null without words
  readonly words: number
  readonly warnings: ParseWarning[]
}

// Below this mean word confidence a page is suspected to be turned (or not text at all).
const SUSPECT_CONFIDENCE = 55
const MIN_OSD_CONFIDENCE = 2

export interface PageTarget {
  readonly num: number
  // the page's size in points when known (a PDF page); else from the image and its resolution
  readonly width?: number
  readonly height?: number
}

export async function ocrPage(image: GrayImage, target: PageTarget, tools: OcrTools, limits: ToolLimits): Promise<OcrPageResult> {
  const warnings: ParseWarning[] = []
  let read = await readImage(image, tools, limits, target.num)
  if (read.confidence === null || read.confidence < SUSPECT_CONFIDENCE) {
    if (!tools.osd) {
      warnings.push({ code: 'ocr_orientation_unknown', message: `page ${target.num} reads poorly and may be turned; install tesseract-ocr-osd to detect orientation` })
    } else {
      const turn = await orientation(read.image, tools, limits, target.num)
      if (turn !== 0) {
        const turned = await readImage(await turnImage(read.image, turn), tools, limits, target.num)
        // kept only if the page reads well once turned: OSD on a page of noise names a turn too
        if ((turned.confidence ?? 0) >= SUSPECT_CONFIDENCE && (turned.confidence ?? 0) > (read.confidence ?? 0) + 10) {
          read = turned
          warnings.push({ code: 'ocr_page_rotated', message: `page ${target.num} was turned by ${turn}° and was read upright` })
        }
      }
    }
  }
  if (read.repaired.length > 0) {
    warnings.push({ code: 'ocr_codes_repaired', message: `page ${target.num}: letters read in codes and section numerals taken as the digits or numerals they look like (${read.repaired.join(', ')})` })
  }
  const scale = 72 / read.image.dpi
  const quarter = target.width !== undefined && target.height !== undefined && (read.image.width > read.image.height) !== (target.width > target.height)
  const width = target.width !== undefined && !quarter ? target.width : read.image.width * scale
  const height = target.height !== undefined && !quarter ? target.height : read.image.height * scale
  const items = wordItems(read.lines, read.clean, read.threshold, read.skew, scale)
  const tables = await tableGeometry(read.rulings, scale)
  const words = read.lines.reduce((n, l) => n + l.words.length, 0)
  return {
    page: { num: target.num, width, height, items, tables, fonts: OCR_FONTS },
    confidence: read.confidence,
    words,
    warnings,
  }
}

interface Read {
  readonly image: GrayImage
  readonly clean: GrayImage // without its rulings
  readonly threshold: number
  readonly skew: number // degrees; text lines descend to the right
  readonly rulings: readonly Segment[]
  readonly lines: readonly OcrLine[]
  readonly confidence: number | null
  readonly repaired: readonly string[] // codes and numerals whose look-alike letters were put back
}

async function readImage(image: GrayImage, tools: OcrTools, limits: ToolLimits, num: number): Promise<Read> {
  const threshold = otsuThreshold(image)
  const skew = estimateSkew(image, threshold)
  const rulings = findRulings(image, threshold, skew)
  // cleaned on a copy: a page read again after turning it looks for its rulings again
  const clean = { ...image, data: image.data.slice() }
  eraseRulings(clean, rulings, skew)
  whitenPaper(clean, threshold)
  const hocr = await tesseract(tools, clean, ['-l', 'vie', '--psm', PSM, '--dpi', String(Math.round(image.dpi)), 'hocr'], limits, `OCR of page ${num}`)
  // Words read with little confidence are taken as not read: their ink goes to the second reading
  // with the ink Tesseract left (a lone "5.3.1" read "S.ð.1" at 20; a speck read "_" at 34)
  const read = parseHocr(hocr.toString('utf8'))
  // the page's confidence is that of everything Tesseract read on it: a turned page or one of
  // noise must still read as poor
  const confs = read.flatMap((l) => l.words.map((w) => w.conf))
  const confidence = confs.length ? Math.round((confs.reduce((a, b) => a + b, 0) / confs.length) * 10) / 10 : null
  const first = read
    .map((l) => ({ ...l, words: l.words.filter((w) => w.conf >= UNREAD_BELOW || repairCode(w.text) !== null) }))
    .filter((l) => l.words.length > 0)
  const body = median(first.map((l) => l.size))
  // a page that reads poorly is looked at turned first (ocrPage); not worth a second reading as it is
  const poor = confidence === null || confidence < SUSPECT_CONFIDENCE
  const second = poor ? [] : await rereadOrphans(clean, findOrphans(clean, threshold, first), body, tools, limits, num)
  const { lines, repaired } = repairCodes(poor ? read : [...first, ...second])
  return { image, clean, threshold, skew, rulings, lines, confidence, repaired }
}

// Tesseract's sparse-text segmentation: every line found for itself, so the lines of neighbouring
// table cells are not read across as one (measured on the dev scans, F1: psm 11 0.567, psm 3
// 0.552, psm 6 0.507; on the sample scan psm 11 0.978, psm 3 0.960).
const PSM = '11'
const UNREAD_BELOW = 40

// Clockwise degrees (0, 90, 180, 270) that make the page upright, by Tesseract's OSD.
async function orientation(image: GrayImage, tools: OcrTools, limits: ToolLimits, num: number): Promise<0 | 90 | 180 | 270> {
  try {
    const out = await tesseract(tools, image, ['-l', 'osd', '--psm', '0', '--dpi', String(Math.round(image.dpi))], limits, `orientation check of page ${num}`)
    const text = out.toString('utf8')
    const turn = Number(/Rotate:\s*(\d+)/.exec(text)?.[1] ?? 0)
    // Tesseract's advice: below ~2 the orientation is a guess
    const sure = Number(/Orientation confidence:\s*([\d.]+)/.exec(text)?.[1] ?? 0) >= MIN_OSD_CONFIDENCE
    return sure && (turn === 90 || turn === 180 || turn === 270) ? turn : 0
  } catch {
    return 0 // too little text to tell: read as it is
  }
}
