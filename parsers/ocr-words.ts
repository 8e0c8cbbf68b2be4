// Recognised words → the positioned text runs the PDF path reads (PdfItem: left edge, baseline,
// advance width, font size, font), in points from the page's top-left corner.
//
// Two things a text layer states and OCR must estimate:
// - the font size: Tesseract's per-line size wobbles by ±10 % around the body size, which the
//   paragraph rules would take for a change of font (a bold capital line came out at 1.3×). Sizes
//   between SNAP_BELOW and SNAP_ABOVE times the page's usual size are snapped to it: OCR cannot
//   tell 13 pt from 14 pt, and only a clearly larger title keeps its own size.
// - bold: the mean width of a word's strokes relative to its size (Tesseract's LSTM engine reports
//   no font attributes); bold strokes are ~1.6× as wide as regular ones.
import type { PdfItem } from './pdf-engine.ts'
import type { FontStyles } from './pdf-text-lines.ts'
import { median } from './pdf-text-lines.ts'
import type { OcrLine, OcrWord } from './ocr-hocr.ts'
import type { GrayImage } from './ocr-raster.ts'

export const OCR_FONTS: FontStyles = new Map([
  ['ocr', { bold: false, italic: false }],
  ['ocr-bold', { bold: true, italic: false }],
])

const SNAP_BELOW = 0.7
const SNAP_ABOVE = 1.45
const BOLD_RATIO = 1.25
// a line this much bold (by letters) is bold throughout, this little is regular throughout
const LINE_BOLD = 0.7
const LINE_REGULAR = 0.3

// Mean horizontal run of ink inside the word's box: the stroke width, in pixels.
export function strokeWidth(img: GrayImage, w: OcrWord, threshold: number): number {
  let ink = 0
  let runs = 0
  const x0 = Math.max(0, w.x0)
  const x1 = Math.min(img.width - 1, w.x1)
  for (let y = Math.max(0, w.y0); y <= Math.min(img.height - 1, w.y1); y++) {
    const row = y * img.width
    let inRun = false
    for (let x = x0; x <= x1; x++) {
      const dark = img.data[row + x] <= threshold
      if (dark) { ink++; if (!inRun) runs++ }
      inRun = dark
    }
  }
  return runs > 0 ? ink / runs : 0
}

const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length

// Which words are bold. Strokes are compared with the page's body size (a line's own size is
// too unsteady), against the page's regular weight: a low quantile, as headings and tables may
// be set in bold. A line that is clearly bold or regular as a whole is made so throughout (one
// thin or thick word is noise); a mixed line keeps each word's own reading ("Số:" beside a bold number).
function boldWords(lines: readonly OcrLine[], img: GrayImage, threshold: number, body: number): Set<OcrWord> {
  const ratios = new Map<OcrWord, number>()
  for (const l of lines) for (const w of l.words) if (letters(w.text) >= 2) ratios.set(w, strokeWidth(img, w, threshold) / body)
  const sorted = [...ratios.values()].sort((a, b) => a - b)
  const regular = sorted.length ? sorted[Math.floor(sorted.length * 0.3)] : 0
  const bold = new Set<OcrWord>()
  if (regular <= 0) return bold
  for (const l of lines) {
    const own = l.words.filter((w) => (ratios.get(w) ?? 0) > BOLD_RATIO * regular)
    const total = l.words.reduce((n, w) => n + letters(w.text), 0)
    const share = total > 0 ? own.reduce((n, w) => n + letters(w.text), 0) / total : 0
    const chosen = share >= LINE_BOLD ? l.words : share <= LINE_REGULAR ? [] : own
    for (const w of chosen) bold.add(w)
  }
  return bold
}

// Positions are straightened by the skew: (x, y) → (x + t·y, y − t·x), as the rulings are.
export function wordItems(lines: readonly OcrLine[], img: GrayImage, threshold: number, skew: number, scale: number): PdfItem[] {
  const t = Math.tan((skew * Math.PI) / 180)
  const body = median(lines.flatMap((l) => l.words.map(() => l.size)))
  const sizeOf = (l: OcrLine): number => (l.size >= SNAP_BELOW * body && l.size <= SNAP_ABOVE * body ? body : l.size)
  const bold = boldWords(lines, img, threshold, body)
  const items: PdfItem[] = []
  for (const l of lines) {
    const size = sizeOf(l)
    let run: { words: OcrWord[]; font: string } | null = null
    const flush = (): void => {
      if (run) items.push(runItem(run.words, run.font, l, size, t, scale))
      run = null
    }
    for (const w of l.words) {
      const font = bold.has(w) ? 'ocr-bold' : 'ocr'
      const prev: OcrWord | undefined = run?.words[run.words.length - 1]
      if (run && prev && run.font === font && w.x0 - prev.x1 <= WORD_SPACE * size) run.words.push(w)
      else { flush(); run = { words: [w], font } }
    }
    flush()
  }
  return items
}

// Words of a line closer than this (times the font size) are one run, as a text layer gives a
// phrase: the gaps between the columns of a borderless table are then the only gaps in a row
// (a word space is ~0.25 em; the space between two cells at least an em).
const WORD_SPACE = 0.6
const DATE_GAP = 0.3
const DATE = /(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/

function runItem(words: readonly OcrWord[], font: string, l: OcrLine, size: number, t: number, scale: number): PdfItem {
  const first = words[0]
  const last = words[words.length - 1]
  const mid = (first.x0 + last.x1) / 2
  const baseline = l.y1 + l.offset + l.slope * (mid - l.x0)
  const x = first.x0 + t * baseline
  const y = baseline - t * mid
  // Tesseract's words are separated by spaces, however narrow the gap between their boxes, but
  // for a date it cut in two ("28/1" "0/2016", a tenth of an em apart)
  let str = ''
  words.forEach((w, i) => {
    const prev = words[i - 1]
    const glued = prev !== undefined && w.x0 - prev.x1 <= DATE_GAP * size && DATE.test(`${prev.text}${w.text}`) && !DATE.test(`${prev.text} ${w.text}`)
    str = glued ? `${str.trimEnd()}${w.text} ` : `${str}${w.text} `
  })
  return { str, x: x * scale, y: y * scale, w: (last.x1 - first.x0) * scale, size: size * scale, font }
}
