import { NUM, parseViNumber } from '../text/numbers.ts'

// What one criterion item says: its title, its points (max / achieved / deducted) and the reason.
//   "(2đ): Sáng kiến … công nhận"                → max 2, title
//   "“Kịp thời …”: Do trong năm …"               → quoted title, reason "Do …"
//   ": Mức độ … đạt 1.39/1.50 điểm. Lý do: …"    → achieved 1.39, max 1.5, reason after "Lý do"
//   ": Cán bộ … làm việc: 01 điểm. Mất 01 điểm"  → achieved 1, deducted 1
export interface Statement {
  title: string | null
  titleStart: number | null
  max: number | null
  achieved: number | null
  deducted: number | null
  reason: string | null
  reasonStart: number | null
}

const MAX_RE = new RegExp(String.raw`^\s*\(\s*(${NUM})\s*(?:đ|điểm)\s*\)`, 'u')
const PAIR_RE = new RegExp(String.raw`(?:đạt|Đạt|được|còn)(?:\s+được)?\s+(${NUM})\s*\/\s*(${NUM})(?!\s*\/)|(?<![\d\/.,])(${NUM})\s*\/\s*(${NUM})(?=\s*(?:điểm|đ(?!\p{L})))|(${NUM})\s*(?:điểm|đ)\s+(?:trên|\/)\s+(?:tổng\s+(?:số\s+)?)?(${NUM})\s*(?:điểm|đ)(?!\p{L})`, 'u')
// "(điểm tối đa 1; điểm đạt 0,5)" right after the code: points, not the title
const LEAD_POINTS_RE = /^\s*\((?=[^)]*điểm)[^)]{0,80}\)\s*[:.]?/u
const DEDUCT_RE = new RegExp(String.raw`(?:[Bb]ị\s+)?(?:[Tt]rừ|[Mm]ất|[Gg]iảm)\s+(${NUM})\s*(?:điểm|đ)(?!\p{L})`, 'u')
const LEAD_ACHIEVED_RE = new RegExp(String.raw`^\s*[:\-–]?\s*(${NUM})\s*(?:điểm|đ)(?!\p{L})`, 'u')
const BARE_ACHIEVED_RE = new RegExp(String.raw`(?<![Tt]rừ\s|[Mm]ất\s|tối đa\s|[=\/]\s?|\d[.,]?)(${NUM})\s*điểm\b`, 'u')
const TITLE_END_RE = new RegExp(String.raw`\s*(?::\s|:$|\.\s|\.$|\s[Đđ]ạt\s+(?:từ\s+)?[\d<>]|\sDo\s|\s[Ll]ý do\s|\s[Đđ]oàn thẩm định|\s(?:được|bị)\s+(?:chấm|trừ)\s|\sđược\s+${NUM}\s*(?:điểm|đ(?!\p{L})|\/)|\s[Mm]ất\s+${NUM}|,?\s(?:[Bb]ị\s+)?(?:[Tt]rừ|[Gg]iảm)\s+${NUM}|\s\((?=[^)]*điểm)|\s${NUM}\s*điểm)`, 'u')
const REASON_RE = /(?:^|[\s.;:,(])((?:(?:[Ll]ý do|[Nn]guyên nhân)\s*:?\s*)|(?:[Dd]o\s)|(?:[Vv]ì\s))/u
const MAX2_RE = new RegExp(String.raw`điểm\s+(?:tối đa|chuẩn)\s*(?:là|:)?\s*(${NUM})`, 'iu')
const ACH2_RE = new RegExp(String.raw`điểm\s+(?:đạt|thẩm định|đánh giá|tự chấm)\s*(?:được|là|:)?\s*(${NUM})|thẩm định(?:\s+(?:được|còn|đạt))?\s+(${NUM})\s*(?:điểm|đ(?!\p{L}))`, 'iu')
const SCORE_SENTENCE_RE = new RegExp(String.raw`^[\s.;:,]*(?:(?:(?:[Bb]ị\s+)?(?:[Tt]rừ|[Mm]ất|còn)\s+)?${NUM}\s*(?:\/\s*${NUM}\s*)?(?:điểm|đ)?[\s.;,]*$|[Đđ]ạt\s|[Đđ]ược\s+(?:chấm\s+)?${NUM}|[Mm]ất\s+${NUM}|(?:[Bb]ị\s+)?[Tt]rừ\s+${NUM})`, 'u')
const DAT_RE = new RegExp(String.raw`(?:^|[\s:;,(])(?:[Đđ]ạt|[Đđ]ược)(?:\s+được)?\s+(${NUM})\s*(?:điểm|đ(?!\p{L}))(?!\s*\/)`, 'u')
const COLON_ACHIEVED_RE = new RegExp(String.raw`:\s*(${NUM})\s*(?:điểm|đ)(?!\p{L})`, 'u')
const NO_TITLE_RE = /^(?:[Dd]o|[Ll]ý do|[Nn]guyên nhân|Đoàn thẩm định|[Đđ]ạt|[Đđ]iểm\s+(?:tối đa|đạt))\s/u

const num = (s: string | undefined) => (s === undefined ? null : parseViNumber(s))

// "Không có sáng kiến 0 điểm. Mất 2 điểm" → "Không có sáng kiến."
function stripScoreSentences(s: string): string {
  return s.split(/(?<=\.)\s+/u).filter((x) => !SCORE_SENTENCE_RE.test(x))
    .map((x) => x.replace(new RegExp(String.raw`(?<!(?:trừ|mất|đạt|được|còn|Trừ|Mất|Đạt))\s+${NUM}\s*điểm\s*(\.?)\s*$`, 'u'), '$1')).join(' ').trim()
}

export function readTitle(text: string): { title: string | null; end: number; start: number } {
  const lead = /^\s*[:.\-–]?\s*/u.exec(text)![0].length
  const body = text.slice(lead)
  const q = /^[“"]/u.exec(body)
  if (q) {
    const close = body.slice(1).search(/[”"]/u)
    if (close >= 0) return { title: body.slice(1, close + 1).trim(), start: lead + 1, end: lead + close + 2 }
    // an unclosed quote ends where the reason starts
    const stop = body.search(/[:.]\s*(?:[Dd]o|[Ll]ý do)\s/u)
    const end = stop > 0 ? stop : body.length
    return { title: body.slice(1, end).trim() || null, start: lead + 1, end: lead + end }
  }
  if (NO_TITLE_RE.test(body)) return { title: null, start: lead, end: lead }
  const stop = body.search(TITLE_END_RE)
  const end = stop >= 0 ? stop : body.length
  const title = body.slice(0, end).replace(/[\s:;,.–-]+$/u, '').trim()
  return { title: title.length >= 3 ? title : null, start: lead, end: lead + end }
}

// Points and reason in free text following a title (or in the paragraph after the item).
export function readDetails(rest: string, s: Statement, offset: number, allowBare: boolean): void {
  const paren = MAX_RE.exec(rest) // "Văn bản QPPL (1,5 điểm): …" — the maximum right after the title
  if (paren) s.max ??= num(paren[1])
  const pair = PAIR_RE.exec(rest)
  if (pair) { s.achieved ??= num(pair[1] ?? pair[3] ?? pair[5]); s.max ??= num(pair[2] ?? pair[4] ?? pair[6]) }
  const mx2 = MAX2_RE.exec(rest)
  if (mx2) s.max ??= num(mx2[1])
  const ach2 = ACH2_RE.exec(rest)
  if (ach2) s.achieved ??= num(ach2[1] ?? ach2[2])
  const ded = DEDUCT_RE.exec(rest)
  if (ded) s.deducted ??= num(ded[1])
  const dat = DAT_RE.exec(rest)
  if (dat && !pair) s.achieved ??= num(dat[1])
  const lead = LEAD_ACHIEVED_RE.exec(rest)
  if (lead && !pair) s.achieved ??= num(lead[1])
  const colon = COLON_ACHIEVED_RE.exec(rest)
  if (colon && !pair && !DEDUCT_RE.test(rest.slice(Math.max(0, colon.index - 12), colon.index + colon[0].length))) s.achieved ??= num(colon[1])
  if (allowBare && !pair && s.achieved === null) {
    const bare = BARE_ACHIEVED_RE.exec(rest.replace(DEDUCT_RE, ' '))
    if (bare) s.achieved = num(bare[1])
  }
  if (s.reason === null) {
    const r = REASON_RE.exec(rest)
    if (r) {
      const at = r.index + r[0].length - r[1].length
      const isLyDo = /^(?:[Ll]ý do|[Nn]guyên nhân)/u.test(r[1])
      const text = stripScoreSentences((isLyDo ? rest.slice(at + r[1].length) : rest.slice(at)).trim())
      if (text.length >= 3) { s.reason = text; s.reasonStart = offset + Math.max(at, rest.indexOf(text.slice(0, 10), at)) }
    } else {
      const text = stripScoreSentences(rest.replace(/^[\s:;,.–-]+/u, ''))
      if (text.split(/\s+/).length >= 3 && !/^\(?\s*\d/u.test(text)) { s.reason = text; s.reasonStart = offset + rest.indexOf(text.slice(0, 10)) }
    }
  }
}

export function readStatement(text: string): Statement {
  const s: Statement = { title: null, titleStart: null, max: null, achieved: null, deducted: null, reason: null, reasonStart: null }
  let pos = 0
  const mx = MAX_RE.exec(text)
  if (mx) { s.max = num(mx[1]); pos = mx[0].length }
  const lp = LEAD_POINTS_RE.exec(text.slice(pos))
  if (lp) { readDetails(lp[0], s, pos, false); s.reason = null; s.reasonStart = null; pos += lp[0].length }
  const t = readTitle(text.slice(pos))
  s.title = t.title
  s.titleStart = t.title ? pos + t.start : null
  const restAt = pos + t.end
  readDetails(text.slice(restAt), s, restAt, false)
  return s
}

export function deriveThird(s: { max: number | null; achieved: number | null; deducted: number | null }): void {
  const r = (n: number) => Math.round(n * 100) / 100
  if (s.max !== null && s.achieved !== null && s.deducted === null) s.deducted = r(s.max - s.achieved)
  else if (s.max !== null && s.deducted !== null && s.achieved === null) s.achieved = r(s.max - s.deducted)
  else if (s.achieved !== null && s.deducted !== null && s.max === null) s.max = r(s.achieved + s.deducted)
}
