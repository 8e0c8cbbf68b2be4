// The closing block: a borderless two-column table, "Nơi nhận:" and the recipient lines on the
// left, the signer (authority/position lines, "(đã ký)", name) on the right. Found per page from
// the "Nơi nhận" line, or as a run of right-half lines ending a page (a signature after an
// appendix, which has no recipients); the document pass decides about the latter.
import type { PdfPage } from './pdf-engine.ts'
import { columnGap, splitAt } from './pdf-layout.ts'
import { isDocTypeLine, toParagraphs } from './pdf-paragraphs.ts'
import type { PdfLine } from './pdf-text-lines.ts'

export interface ClosingRun {
  readonly start: number // index of its first line in the page's lines
  readonly end: number // exclusive
  readonly lines: readonly PdfLine[]
  readonly left: string[]
  readonly right: string[]
  readonly recipients: boolean // opened by "Nơi nhận"
  readonly titled: boolean // holds an upper-case title line ("CHỦ TỊCH", "KT. GIÁM ĐỐC")
  readonly gap: number // x where its right column starts
}

const RECIPIENTS = /^Nơi\s+nhận\b/u
const MAX_SIGNER_LINES = 8

export const isCaps = (t: string): boolean => {
  const letters = t.replace(/[^\p{L}]/gu, '')
  return letters.length >= 3 && letters === letters.toUpperCase()
}

// A single run of text across the middle of the page: ordinary body text, not a column.
const crossesMiddle = (l: PdfLine, width: number): boolean =>
  l.segs.some((s) => s.x0 < 0.45 * width && s.x1 > 0.55 * width)

// Signer lines sit in the right half: starting right of 45 % and centred right of 60 % of the page.
const rightHalf = (l: PdfLine, width: number): boolean => l.x0 >= 0.45 * width && (l.x0 + l.x1) / 2 >= 0.6 * width

// `tableBottom`: lower edge of the page's last ruled table; a lone signature comes after it.
export function findClosings(lines: readonly PdfLine[], page: PdfPage, tableBottom = -Infinity): ClosingRun[] {
  const out: ClosingRun[] = []
  const w = page.width
  let i = 0
  while (i < lines.length) {
    if (!RECIPIENTS.test(lines[i].segs[0]?.text ?? '')) { i++; continue }
    // a signer title set a little higher than "Nơi nhận:" belongs to the block too
    let start = i
    const floor = out.length ? out[out.length - 1].end : 0
    while (start > floor && rightHalf(lines[start - 1], w) && lines[start].y - lines[start - 1].y < 2.5 * lines[start].size) start--
    let j = i + 1
    // the block ends at body text across the page, another "Nơi nhận", or an appendix's title ("PHỤ LỤC")
    while (j < lines.length && !crossesMiddle(lines[j], w) && !RECIPIENTS.test(lines[j].text) && !isDocTypeLine(lines[j].text)) j++
    out.push(build(lines, start, j, page, true))
    i = j
  }
  // a signature standing alone at the end of the page (right half only)
  const taken = out.length ? out[out.length - 1].end : 0
  let k = lines.length
  while (k > taken && rightHalf(lines[k - 1], w) && lines[k - 1].y > tableBottom) k--
  const n = lines.length - k
  if (n > 0 && n <= MAX_SIGNER_LINES) out.push(build(lines, k, lines.length, page, false))
  return out
}

function build(lines: readonly PdfLine[], start: number, end: number, page: PdfPage, recipients: boolean): ClosingRun {
  const region = lines.slice(start, end)
  const items = region.flatMap((l) => l.items)
  const gap = recipients ? columnGap(items, 0.25 * page.width, 0.75 * page.width) ?? page.width / 2 : 0
  const cols = splitAt(items, gap, page.num, page.fonts)
  const leftGeo = { left: Math.min(...cols.left.map((l) => l.x0)), right: gap }
  const left = toParagraphs(cols.left, () => leftGeo).map((p) => p.text)
  const right = cols.right.map((l) => l.text)
  // where the signer column starts: recipient items may reach past the middle of the gap
  const rightX0 = cols.right.length ? Math.min(...cols.right.map((l) => l.x0)) : gap
  return { start, end, lines: region, left, right, recipients, titled: right.some(isCaps), gap: rightX0 }
}

const RECIPIENT_ITEM = /^[-+–•]\s*\S/u

// Lines opening the page after a closing block that a page break cut: recipient items on the
// left ("- Sở Nội vụ;", or the wrapped rest of the item above), the rest of the signer (name)
// on the right of the block's column gap, or both on one line. Null when the line is ordinary text.
export function continueClosing(line: PdfLine, gap: number, lastLeft: string | undefined, titled: boolean): { left: string; joinsLeft: boolean; right: string } | null {
  if (line.segs.some((s) => s.x0 < gap && s.x1 > gap)) return null
  const leftText = line.segs.filter((s) => s.x1 <= gap).map((s) => s.text).join(' ').trim()
  const right = line.segs.filter((s) => s.x0 >= gap).map((s) => s.text).join(' ').trim()
  // an upper-case line alone on the right after the signer's title is the next part's title ("PHỤ LỤC")
  if (leftText === '' && isCaps(right) && titled) return null
  const joinsLeft = leftText !== '' && !RECIPIENT_ITEM.test(leftText)
  if (joinsLeft && (lastLeft === undefined || /[;.]$/u.test(lastLeft) || !RECIPIENT_ITEM.test(lastLeft))) return null
  return { left: leftText, joinsLeft, right }
}
