// Tesseract's hOCR output → text lines of word boxes. hOCR rather than TSV because it carries
// what the layout needs besides the boxes: each line's baseline (slope and offset) and its size.
import { parse, type HTMLElement } from 'node-html-parser'

export interface OcrWord {
  readonly text: string
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
  readonly conf: number // 0–100
}

export interface OcrLine {
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
  readonly slope: number // baseline: y = y1 + offset + slope · (x − x0)
  readonly offset: number
  readonly size: number // Tesseract's x_size: the line's font size in pixels
  readonly words: readonly OcrWord[]
}

// Tesseract writes text lines under these classes depending on the block they sit in.
const LINE_CLASSES = new Set(['ocr_line', 'ocr_caption', 'ocr_header', 'ocr_textfloat'])

const props = (title: string): Map<string, number[]> => {
  const out = new Map<string, number[]>()
  for (const part of title.split(';')) {
    const [key, ...rest] = part.trim().split(/\s+/)
    if (key) out.set(key, rest.map(Number))
  }
  return out
}

export function parseHocr(hocr: string): OcrLine[] {
  const root = parse(hocr)
  const lines: OcrLine[] = []
  for (const el of root.querySelectorAll('span')) {
    if (!LINE_CLASSES.has(el.getAttribute('class') ?? '')) continue
    const p = props(el.getAttribute('title') ?? '')
    const [x0, y0, x1, y1] = p.get('bbox') ?? []
    if (x1 === undefined) continue
    const [slope = 0, offset = 0] = p.get('baseline') ?? []
    const words = el.querySelectorAll('span').filter((w) => w.getAttribute('class') === 'ocrx_word').map(toWord)
      .filter((w): w is OcrWord => w !== null)
    if (words.length === 0) continue
    lines.push({ x0, y0, x1, y1, slope, offset, size: p.get('x_size')?.[0] ?? y1 - y0, words })
  }
  return lines
}

function toWord(el: HTMLElement): OcrWord | null {
  const text = el.textContent.normalize('NFC').trim()
  if (text === '') return null
  const p = props(el.getAttribute('title') ?? '')
  const [x0, y0, x1, y1] = p.get('bbox') ?? []
  if (y1 === undefined) return null
  return { text, x0, y0, x1, y1, conf: p.get('x_wconf')?.[0] ?? 0 }
}
