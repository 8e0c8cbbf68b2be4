// Tesseract's hOCR output → text lines of word boxes. hOCR rather than TSV because it carries
// what the layout needs besides the boxes: each line's baseline (slope and offset) and its size.
// Read with a scanner over Tesseract's own fixed markup (one element per line, attributes in
// single quotes or double quotes): an HTML parser took as long as a tenth of the recognition.
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
const SPAN = /<span class=['"]([a-z_]+)['"][^>]*?title=(['"])([^'"]*)\2[^>]*>|<\/span>/g
const ENTITY = /&(amp|lt|gt|quot|apos|#39|#x27);/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" }

const props = (title: string): Map<string, number[]> => {
  const out = new Map<string, number[]>()
  for (const part of title.split(';')) {
    const [key, ...rest] = part.trim().split(/\s+/)
    if (key) out.set(key, rest.map(Number))
  }
  return out
}

// The text inside a word element: its characters, without any markup Tesseract wraps them in.
// Icelandic eth (Ð ð), which Vietnamese does not have, is the model's other spelling of đ.
const wordText = (inner: string): string =>
  inner.replace(/<[^>]*>/g, '').replace(ENTITY, (_, e: string) => ENTITIES[e]).normalize('NFC').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').trim()

export function parseHocr(hocr: string): OcrLine[] {
  const lines: OcrLine[] = []
  let line: { x0: number; y0: number; x1: number; y1: number; slope: number; offset: number; size: number; words: OcrWord[] } | null = null
  let word: { props: Map<string, number[]>; start: number } | null = null
  for (const m of hocr.matchAll(SPAN)) {
    if (m[0] === '</span>') {
      if (word) {
        const [x0, y0, x1, y1] = word.props.get('bbox') ?? []
        const text = wordText(hocr.slice(word.start, m.index))
        if (line && text !== '' && y1 !== undefined) line.words.push({ text, x0, y0, x1, y1, conf: word.props.get('x_wconf')?.[0] ?? 0 })
        word = null
      } else if (line) {
        if (line.words.length > 0) lines.push(line)
        line = null
      }
      continue
    }
    const p = props(m[3])
    if (m[1] === 'ocrx_word') {
      word = { props: p, start: m.index + m[0].length }
    } else if (LINE_CLASSES.has(m[1])) {
      const [x0, y0, x1, y1] = p.get('bbox') ?? []
      if (y1 === undefined) continue
      const [slope = 0, offset = 0] = p.get('baseline') ?? []
      line = { x0, y0, x1, y1, slope, offset, size: p.get('x_size')?.[0] ?? y1 - y0, words: [] }
    }
  }
  return lines
}
