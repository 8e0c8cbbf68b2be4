// Dates as written in this genre: "ngày 18 tháng 8 năm 2017", "ngày 05/02/2016", "15/3/2017",
// partial drafts "ngày      tháng 9 năm 2020", "tháng 12 năm 2017".
export interface ParsedDate {
  raw: string
  index: number
  iso: string | null
  year: number | null
  month: number | null
  day: number | null
  valid: boolean // false for impossible dates such as 31/02
}

const LONG_RE = /ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*((?:19|20)\d{2})/giu
const SHORT_RE = /(?<![\d/.])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/])/gu

const pad = (n: number) => String(n).padStart(2, '0')

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function make(raw: string, index: number, d: number | null, m: number | null, y: number | null): ParsedDate {
  const full = d !== null && m !== null && y !== null
  const valid = full ? isValidDate(y, m, d) : (m === null || (m >= 1 && m <= 12))
  return {
    raw: raw.trim(), index, year: y, month: valid ? m : null, day: valid ? d : null, valid,
    iso: full && valid ? `${y}-${pad(m)}-${pad(d)}` : null,
  }
}

const num = (s: string | undefined) => (s ? Number(s) : null)

export function findDates(text: string): ParsedDate[] {
  const out: ParsedDate[] = []
  for (const m of text.matchAll(LONG_RE)) out.push(make(m[0], m.index!, num(m[1]), num(m[2]), num(m[3])))
  for (const m of text.matchAll(SHORT_RE)) {
    if (out.some((o) => m.index! >= o.index && m.index! < o.index + o.raw.length)) continue
    out.push(make(m[0], m.index!, num(m[1]), num(m[2]), num(m[3])))
  }
  return out.sort((a, b) => a.index - b.index)
}

// The first date that starts within `window` characters after position `from`.
export function dateNear(text: string, from: number, window = 40): ParsedDate | null {
  const slice = text.slice(from, from + window + 40)
  const d = findDates(slice).find((x) => x.index <= window)
  return d ? { ...d, index: d.index + from } : null
}
