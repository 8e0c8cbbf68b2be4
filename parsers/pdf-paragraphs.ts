// Visual lines → paragraphs. Used for the page flow and for every table cell. A line continues
// the paragraph above unless something says a new one starts: extra vertical space, a change of
// font size, a list or section marker, an indent, a document-type line, or room left on the line
// above for the next line's first word (the writer broke the line, the layout did not).
import type { PdfLine } from './pdf-text-lines.ts'

export interface ColumnGeometry {
  readonly left: number // usual x where lines of this column start
  readonly right: number // usual x where full lines of this column end
  readonly indent?: number // usual x where indented first lines start
}

export interface Para {
  readonly lines: readonly PdfLine[]
  readonly text: string
  readonly page: number
  readonly centered: boolean // formed by lines centred on one another (titles)
}

// Words that make up a whole document-type line in Vietnamese official documents.
const DOC_TYPE = new RegExp(
  '^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|CÔNG VĂN|TỜ TRÌNH|THÔNG BÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|' +
    'HƯỚNG DẪN|CHỈ THỊ|NGHỊ QUYẾT|BIÊN BẢN|PHỤ LỤC|QUY CHẾ|QUY ĐỊNH|GIẤY MỜI|DỰ THẢO)' +
    '(\\s+(SỐ\\s*)?[0-9IVX]+)?$',
  'u',
)
export const isDocTypeLine = (text: string): boolean => DOC_TYPE.test(text.trim())

// Markers that open a new item wherever they stand at the start of a line.
// Section numbers are 1–2 digits per level, so a wrapped "2017. Sau đó" does not qualify.
const ITEM_START =
  /^(?:[-+•*▪●◦]\s|[a-zđ]\)\s|[IVXLC]{1,5}\.\s+\p{Lu}|\d{1,2}(?:\.\d{1,2})*\.\s+\p{Lu}|\d{1,2}(?:\.\d{1,2})+\s+\p{Lu})/u
export const startsItem = (text: string): boolean => ITEM_START.test(text)

const lineHeight = (line: PdfLine): number => 1.15 * line.size

// Rough advance widths (in em) of serif glyph classes; calibrated on each line's measured width.
const em = (s: string): number => {
  let w = 0
  for (const ch of s) {
    if (ch === ' ') w += 0.25
    else if (/\p{Lu}/u.test(ch)) w += 0.68
    else if (/\p{Ll}/u.test(ch)) w += 0.46
    else if (/\d/.test(ch)) w += 0.5
    else w += 0.33
  }
  return w
}

// Estimated width of the first word of `line` plus the space before it.
function firstWordWidth(line: PdfLine): number {
  const scale = (line.x1 - line.x0) / Math.max(1, em(line.text))
  const word = line.text.split(' ', 1)[0] ?? ''
  return scale * em(` ${word}`)
}

const mid = (l: PdfLine): number => (l.x0 + l.x1) / 2

// Two lines centred on the same axis, the shorter one well inside the column (titles, headings of
// table columns).
function centeredPair(p: PdfLine, l: PdfLine, geo: ColumnGeometry): boolean {
  const tol = Math.max(2, 0.5 * l.size)
  const short = p.x1 - p.x0 < l.x1 - l.x0 ? p : l
  const bothFull = p.x1 > geo.right - 2 && l.x1 > geo.right - 2
  return Math.abs(mid(p) - mid(l)) < tol && short.x0 > geo.left + 3 && !bothFull
}

// Does line `l` continue the paragraph whose last line is `p`?
export function continues(p: PdfLine, l: PdfLine, geo: ColumnGeometry, pageBreak: boolean): boolean {
  if (isDocTypeLine(p.text) || isDocTypeLine(l.text)) return false
  if (Math.abs(l.size - p.size) > 1) return false
  if (cutsDate(p.text, l.text) && l.y - p.y <= 1.3 * lineHeight(p) + 1) return true
  if (!pageBreak && l.y - p.y > 1.3 * lineHeight(p) + 1) return false
  if (!pageBreak && centeredPair(p, l, geo)) return p.bold === l.bold && p.italic === l.italic
  if (startsItem(l.text)) return false
  // an indent opens a paragraph, except the hanging indent under a bulleted first line
  const hanging = startsItem(p.text) && l.x0 < p.x0 + 3 * l.size
  if (l.x0 > p.x0 + 0.5 * l.size && l.x0 > geo.left + 0.5 * l.size && !hanging) return false
  if (/^\p{Ll}/u.test(l.text)) return true // new paragraphs do not open in lower case
  // a number after a word that cannot end a sentence carries it on ("… đạt" / "0/1.5 điểm")
  if (/^\d/u.test(l.text) && /\p{Ll}$/u.test(p.text)) return true
  if (l.text === p.text) return false // the same short entry twice ("Thường xuyên")
  return geo.right - p.x1 <= firstWordWidth(l) + 1
}

// A date cut inside its year by a narrow cell ("30/6/202" / "4", "18/01/201" / "6").
export function cutsDate(a: string, b: string): boolean {
  const tail = /(?:^|[\s(])\d{1,2}[/.]\d{1,2}[/.](\d{1,3})$/u.exec(a)
  const head = /^(\d{1,3})(?!\d)/u.exec(b)
  return tail !== null && head !== null && tail[1].length + head[1].length === 4
}

// Joins the text of two lines: no space after a hyphen glued to a code or number ("139/NQ-"+"CP"),
// inside a criterion code wrapped after a dot in a narrow cell ("1.3." + "2"), nor inside a date
// cut by the line end.
export function joinText(a: string, b: string): string {
  if (a === '') return b
  if (/[\p{L}\d]-$/u.test(a) && /^[\p{L}\d]/u.test(b)) return a + b
  if (/^(?:\d{1,2}\.){1,3}$/.test(a) && /^\d/.test(b)) return a + b
  if (cutsDate(a, b)) return a + b
  return `${a} ${b}`
}

// Groups consecutive lines into paragraphs. `partStart` marks lines that open the part of a table
// cell continued on a new page: 'page' (may carry on the text above) or 'new' (opens a paragraph).
export function toParagraphs(
  lines: readonly PdfLine[],
  geoOf: (line: PdfLine) => ColumnGeometry,
  partStart: (line: PdfLine) => 'page' | 'new' | undefined = () => undefined,
): Para[] {
  const out: Para[] = []
  let cur: PdfLine[] = []
  let text = ''
  let centered = false
  const flush = (): void => {
    if (cur.length > 0) out.push({ lines: cur, text: text.trim().normalize('NFC'), page: cur[0].page, centered })
    cur = []
    text = ''
    centered = false
  }
  for (const line of lines) {
    const prev = cur[cur.length - 1]
    const part = prev === undefined ? undefined : partStart(line)
    const pageBreak = prev !== undefined && (prev.page !== line.page || part === 'page')
    if (prev && part !== 'new' && continues(prev, line, geoOf(line), pageBreak)) {
      if (!pageBreak && centeredPair(prev, line, geoOf(line))) centered = true
      cur.push(line)
      text = joinText(text, line.text)
    } else {
      flush()
      cur.push(line)
      text = line.text
    }
  }
  flush()
  return out
}

// The usual left start and right end of a set of lines (mode of starts, high percentile of ends).
export function measureColumn(lines: readonly PdfLine[]): ColumnGeometry | null {
  if (lines.length === 0) return null
  const left = modeX(lines.map((l) => l.x0))
  const indented = lines.filter((l) => l.x0 > left + 3 && l.x0 < left + 8 * l.size).map((l) => l.x0)
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b)
  const right = ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.95))]
  return { left, right, indent: indented.length >= 3 ? modeX(indented) : undefined }
}

// Most frequent x (to the point); the smallest on ties.
function modeX(xs: readonly number[]): number {
  const count = new Map<number, number>()
  for (const x of xs) count.set(Math.round(x), (count.get(Math.round(x)) ?? 0) + 1)
  let best = Infinity
  let n = 0
  for (const [x, c] of count) if (c > n || (c === n && x < best)) { best = x; n = c }
  return best
}
