// Shared helpers for the borderless two-column layout tables (official header, closing block):
// find the empty vertical band between the two columns and rebuild each column's own lines.
import type { PdfItem } from './pdf-engine.ts'
import { buildLines, type FontStyles, type PdfLine } from './pdf-text-lines.ts'

// x of the widest band no text run covers, whose centre lies within [lo, hi]; null if none.
export function columnGap(items: readonly PdfItem[], lo: number, hi: number): number | null {
  const spans = items
    .filter((it) => it.str.trim() !== '' && it.w > 0)
    .map((it) => [it.x, it.x + it.w] as const)
    .sort((a, b) => a[0] - b[0])
  let best: number | null = null
  let bestWidth = 2.5
  let end = -Infinity
  for (const [x0, x1] of spans) {
    if (end > -Infinity && x0 - end > bestWidth && (x0 + end) / 2 >= lo && (x0 + end) / 2 <= hi) {
      bestWidth = x0 - end
      best = (x0 + end) / 2
    }
    end = Math.max(end, x1)
  }
  return best
}

export interface Columns {
  readonly left: PdfLine[]
  readonly right: PdfLine[]
}

// Splits the runs at x = `gap` and rebuilds each side's lines.
export function splitAt(items: readonly PdfItem[], gap: number, page: number, fonts: FontStyles): Columns {
  const left: PdfItem[] = []
  const right: PdfItem[] = []
  for (const it of items) (it.x < gap ? left : right).push(it)
  return { left: buildLines(left, page, fonts), right: buildLines(right, page, fonts) }
}


// Place and date as written under the motto ("Thừa Thiên Huế, ngày 18 tháng 8 năm 2017",
// "Quảng Ngãi, ngày   tháng 9 năm 2020"): capitalised words, a comma, then "ngày".
const PLACE_DATE = /(?<=^|\s)((?:\p{Lu}[\p{Ll}\p{M}]*\s+){0,4}\p{Lu}[\p{Ll}\p{M}]*,\s*ngày\b.*)$/u
const MOTTO = /(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc)/u

// Text fallback when one run holds both columns: split before the motto or the place-date.
export function splitMergedText(text: string): [string, string] | null {
  for (const re of [MOTTO, PLACE_DATE]) {
    const m = re.exec(text)
    if (m && m.index > 0) return [text.slice(0, m.index).trim(), text.slice(m.index).trim()]
  }
  return null
}

export const isMotto = (text: string): boolean => MOTTO.test(text)
export const isPlaceDate = (text: string): boolean => PLACE_DATE.test(text) || /^ngày\b.*\bnăm\b/u.test(text)
