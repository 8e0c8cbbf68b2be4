import { STATEMENT_RULES, fillPoints, findReasonOpener, isPointsOnly, readRules, readTokens } from '../grammar/clauses.ts'
import { matchAll } from '../grammar/rules.ts'
import { foldAscii } from '../text/normalize.ts'
import { round2 } from '../text/numbers.ts'

// What one criterion item says: its title, its points (max / achieved / deducted) and the reason.
//   "(2đ): Sáng kiến … công nhận"                → max 2, title
//   "“Kịp thời …”: Do trong năm …"               → quoted title, reason "Do …"
//   ": Mức độ … đạt 1.39/1.50 điểm. Lý do: …"    → achieved 1.39, max 1.5, reason after "Lý do"
//   ": Cán bộ … làm việc: 01 điểm. Mất 01 điểm"  → achieved 1, deducted 1
// Points are read by the grammar's rules (grammar/rules.ts); the words are the lexicon's.
export interface Statement {
  title: string | null
  titleStart: number | null
  max: number | null
  achieved: number | null
  deducted: number | null
  reason: string | null
  reasonStart: number | null
}

// The rest opens with a reason or a score, not a title.
const NO_TITLE_RE = /^(?:do|ly do|nguyen nhan|doan tham dinh|dat|diem\s+(?:toi da|dat))\s/
// A reason opener ends a title only where a sentence could start: "… CCHC Do …", "…. Lý do: …"
const CAPITAL_OPENER_RE = /^(?:Do|Vì|Lý do|Nguyên nhân|Bởi)\s/u

// Where the title stops: at ": ", ". ", a capitalised reason opener, "Đoàn thẩm định", points in
// brackets, or the first points the grammar reads ("đạt 0,5", "bị trừ 1 điểm", "0 điểm").
function titleEnd(body: string): number {
  const t = readTokens(body)
  let end = body.length
  const points = readRules(t, [...STATEMENT_RULES, 'bare'])
  for (const m of points) end = Math.min(end, t.list[m.from].start)
  for (const tok of t.list) {
    if (tok.start >= end) break
    const next = body.charAt(tok.end)
    if ((tok.sym === ':' || tok.sym === '.') && (next === '' || /\s/.test(next))) { end = tok.start; break }
    if (tok.sym === '(' && /^\([^)]*(?:điểm|đ(?!\p{L})|\d\s*\/\s*\d)/u.test(body.slice(tok.start))) { end = tok.start; break }
    if (tok.start > 0 && /\s/.test(body.charAt(tok.start - 1)) && (CAPITAL_OPENER_RE.test(body.slice(tok.start)) || /^Đoàn thẩm định/u.test(body.slice(tok.start)))) { end = tok.start; break }
    // ", giảm 0,25 điểm": the comma belongs to the points
    if (tok.sym === ',' && points.some((m) => t.list[m.from].start === t.list[t.list.indexOf(tok) + 1]?.start)) { end = tok.start; break }
  }
  return end
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
  if (NO_TITLE_RE.test(foldAscii(body))) return { title: null, start: lead, end: lead }
  const end = titleEnd(body)
  // "tiêu chí thành phần 3.3.2 về tỷ lệ hồ sơ …": the title after "về"
  const about = /^về\s+(?=\S)/u.exec(body)?.[0].length ?? 0
  const title = body.slice(about, end).replace(/[\s:;,.–-]+$/u, '').trim()
  return { title: title.length >= 3 ? title : null, start: lead + about, end: lead + end }
}

// "Không có sáng kiến 0 điểm. Mất 2 điểm" → "Không có sáng kiến."
// (the full pattern, a look-behind first, only where a sentence ends in "điểm")
const ENDS_IN_POINTS_RE = /điểm\s*\.?\s*$/u
function stripPoints(s: string): string {
  return s.split(/(?<=\.)\s+/u).filter((x) => !isPointsOnly(x))
    .map((x) => !ENDS_IN_POINTS_RE.test(x) ? x : x.replace(/(?<!(?:trừ|mất|đạt|được|còn|Trừ|Mất|Đạt))\s+\d+(?:[.,]\d+)?\s*điểm\s*(\.?)\s*$/u, '$1')).join(' ').trim()
}

// The clauses of `rest` that are not points: "đạt 1 điểm trên 2 điểm tối đa, tỷ lệ giải ngân chỉ
// đạt 71,3%" → "tỷ lệ giải ngân chỉ đạt 71,3%"; "(hoàn thành 92% nhiệm vụ)" → its inside.
function nonPointClauses(rest: string): { text: string; at: number } | null {
  const kept: [number, number][] = []
  let prev = 0
  for (const cut of [...[...rest.matchAll(/[.;,](?=\s|$)|[()]/gu)].map((m) => m.index!), rest.length]) {
    const seg = rest.slice(prev, cut)
    const text = seg.trim()
    const at = prev + seg.length - seg.trimStart().length
    if (text && !isPointsOnly(text)) kept.push([at, at + text.length])
    prev = cut + 1
  }
  if (kept.length === 0) return null
  const end = kept[kept.length - 1][1]
  return { text: rest.slice(kept[0][0], rest.charAt(end) === '.' ? end + 1 : end), at: kept[0][0] }
}

// Points and reason in free text following a title (or in the paragraph after the item).
export function readDetails(rest: string, s: Statement, offset: number, allowBare: boolean): void {
  const t = readTokens(rest)
  const matches = readRules(t, STATEMENT_RULES)
  fillPoints(s, matches)
  if (allowBare && s.achieved === null && !matches.some((m) => m.rule.startsWith('pair'))) {
    const bare = matchAll('bare', t).find((m) => !matches.some((x) => x.rule === 'loss' && x.from <= m.from && m.from < x.to))
    if (bare) s.achieved = bare.fields.achieved ?? null
  }
  if (s.reason !== null) return
  const opener = findReasonOpener(rest)
  if (opener) {
    const text = stripPoints(rest.slice(opener.textStart).trim())
    if (text.length >= 3) { s.reason = text; s.reasonStart = offset + Math.max(opener.textStart, rest.indexOf(text.slice(0, 10), opener.textStart)) }
    return
  }
  const clause = nonPointClauses(rest.replace(/^[\s:;,.–-]+/u, (x) => ' '.repeat(x.length)))
  if (!clause) return
  const text = stripPoints(clause.text)
  // a reason says something: three words, or a figure with its word ("đạt 28%")
  const words = text.split(/\s+/).length
  if ((words >= 3 || (words === 2 && /\d/.test(text))) && !/^\(?\s*\d+(?:[.,]\d+)?\s*(?:điểm|đ)(?!\p{L})/u.test(text)) { s.reason = text; s.reasonStart = offset + clause.at }
}

// the first token is a bracket ("[" reads as one too)
const OPENS_BRACKET_RE = /^\s*[([]/

export function readStatement(text: string): Statement {
  const s: Statement = { title: null, titleStart: null, max: null, achieved: null, deducted: null, reason: null, reasonStart: null }
  let pos = 0
  // "(2đ)" opening the text: its tokens are read only where a bracket opens it
  const lead = OPENS_BRACKET_RE.test(text) ? readTokens(text) : null
  const paren = lead ? matchAll('maxParen', lead)[0] : undefined
  if (lead && paren) { s.max = paren.fields.max ?? null; pos = lead.list[paren.to - 1].end }
  // "(điểm tối đa 1; điểm đạt 0,5)" right after the code: points, not the title
  const lp = /^\s*\((?=[^)]*điểm)[^)]{0,80}\)\s*[:.]?/u.exec(text.slice(pos))
  if (lp) { fillPoints(s, readRules(readTokens(lp[0]), STATEMENT_RULES)); pos += lp[0].length }
  const t = readTitle(text.slice(pos))
  s.title = t.title
  s.titleStart = t.title ? pos + t.start : null
  const restAt = pos + t.end
  readDetails(text.slice(restAt), s, restAt, false)
  return s
}

export function deriveThird(s: { max: number | null; achieved: number | null; deducted: number | null }): void {
  if (s.max !== null && s.achieved !== null && s.deducted === null) s.deducted = round2(s.max - s.achieved)
  else if (s.max !== null && s.deducted !== null && s.achieved === null) s.achieved = round2(s.max - s.deducted)
  else if (s.achieved !== null && s.deducted !== null && s.max === null) s.max = round2(s.achieved + s.deducted)
}
