// Header cells too narrow for their text: the producer wrapped "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
// / "NAM", "UBND TỈNH THỪA THIÊN" / "HUẾ", "…, ngày 18 tháng 8 năm" / "2017" (a wider substitute
// font is enough to cause it). A line broke there because the next word did not fit in the
// column, so a line joins the one above it when the one above plus that word would overflow the
// column. The column is the space between the page margin and the gap between the columns.
import { isMotto, isPlaceDate } from './pdf-layout.ts'
import type { PdfLine } from './pdf-text-lines.ts'

const STARTS_ELEMENT = /^(Số\s*:|V\/v\b|Độc lập\b|CỘNG HO?À(?!\p{L}))/u
// The left column stacks the parent authority over the agency, each on its own line(s).
const STARTS_AGENCY = /^(UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN|PHÒNG|VĂN PHÒNG|TRUNG TÂM|CHI CỤC|CỤC|TỔNG CỤC|HỘI ĐỒNG|THANH TRA)\b/u
// Room a centred line leaves on either side of the widest possible line.
const SLACK = 0.97

const firstWordWidth = (line: PdfLine): number => {
  const first = line.items[0]
  if (!first || first.str.length === 0) return 0
  const word = first.str.trimStart().split(/\s/, 1)[0]
  return (first.w * word.length) / first.str.length
}

// "Phú Lâm, ngày 14 tháng 3 năm" / "2023": a place-date cut before its year goes on below
const DATE_CUT = /(?:ngày|tháng|năm)\s*\d{0,2}\s*$/u

export function wrapsInColumn(above: PdfLine, line: PdfLine, columnWidth: number): boolean {
  if (isPlaceDate(above.text) && DATE_CUT.test(above.text) && !/(?:19|20)\d{2}\s*$/u.test(above.text) && /^\d/u.test(line.text)) return true
  if (STARTS_ELEMENT.test(line.text) || STARTS_AGENCY.test(line.text) || isPlaceDate(line.text)) return false
  if (isMotto(above.text) && !/VIỆT$/u.test(above.text)) return false
  // The parent authority and the agency differ in weight (the agency is bold); a wrapped line does not.
  if (above.bold !== line.bold || above.italic !== line.italic) return false
  const space = 0.25 * above.size
  return above.x1 - above.x0 + space + firstWordWidth(line) > SLACK * columnWidth
}

// The column's lines as paragraphs, wrapped lines joined.
export function joinWrapped(lines: readonly PdfLine[], columnWidth: number): string[] {
  const out: string[] = []
  lines.forEach((line, i) => {
    if (i > 0 && out.length > 0 && wrapsInColumn(lines[i - 1], line, columnWidth)) out[out.length - 1] += ` ${line.text}`
    else out.push(line.text)
  })
  return out
}

// Lines right under the header region that continue one of its columns (a wrapped place-date's
// year): short, on one side of the gap, close below.
export function continuesColumn(prev: PdfLine, line: PdfLine, gap: number): boolean {
  const oneSide = line.x1 <= gap || line.x0 >= gap
  return oneSide && line.text.split(/\s+/).length <= 3 && line.y - prev.y <= 1.6 * line.size && !STARTS_ELEMENT.test(line.text)
}
