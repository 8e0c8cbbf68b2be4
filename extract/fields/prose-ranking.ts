import type { Linear, Unit } from '../linearize.ts'
import { matchAll, tokensOf, type RuleMatch, type RuleName } from '../grammar/rules.ts'
import { readTokens } from '../grammar/clauses.ts'
import { AGENCY_HEADS } from '../lexicon/phrases.ts'
import { matchKey } from '../text/normalize.ts'
import { matchesNotAfter } from '../text/look-behind.ts'

// Results of several agencies told in prose (news items, decisions): "Sở Tư pháp xếp hạng nhất
// với 89,72 điểm; kế đến là Sở Nội vụ (88,15 điểm) …, huyện Trà Ôn xếp hạng 8/8 với 74,36
// điểm". Each stated score closes a stretch of text; the agency last named in it and the rank
// stated in it are that score's.

export interface AgencyResult {
  readonly label: string
  readonly achieved: number | null
  readonly max: number | null
  readonly percent: number | null
  readonly rank: number | null
  readonly rankOf: number | null
  readonly unit: Unit
  readonly start: number // the stretch of text the result was read from
  readonly end: number
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const heads = [...AGENCY_HEADS].sort((a, b) => b.length - a.length)
  .map((h) => `[${h[0].toUpperCase()}${h[0].toLowerCase()}]${escape(h.slice(1))}`).join('|')
// the name runs over capitalised words and the lower-case words of a name, to a verb of the sentence
const STOP = 'xếp|đạt|với|là|dẫn|đứng|có|được|tăng|giảm|kế|trong|tại|so|năm|thuộc|của|cũng|vẫn|đã|và'
// (not after a letter: see matchesNotAfter)
const AGENCY_RE = new RegExp(String.raw`(?:${heads})\s+[\p{Lu}][\p{L}]*(?:\s+(?:[\p{Lu}][\p{L}\-]*|(?!(?:${STOP})(?![\p{L}]))[\p{Ll}][\p{L}]*|và\s+(?=[\p{Lu}])[\p{Lu}][\p{L}]*)){0,7}`, 'gu')

const LETTER = /\p{L}/u

// "với 89,72 điểm", "(88,15 điểm)", "đạt 80,36 điểm", "đạt 86,54/100 điểm"
const SCORES: readonly RuleName[] = ['pairOver', 'pairUnits', 'pair', 'pairSaid', 'achievedWord']
const WITH_SCORE = /V(?<achieved>N)U/dg

function scoreMatches(syms: string, t: ReturnType<typeof tokensOf>): RuleMatch[] {
  const all = SCORES.flatMap((r) => matchAll(r, t))
  WITH_SCORE.lastIndex = 0
  for (let m = WITH_SCORE.exec(syms); m; m = WITH_SCORE.exec(syms)) {
    all.push({ rule: 'achievedWord', fields: { achieved: t.list[m.indices!.groups!.achieved![0]].value ?? undefined }, from: m.index, to: m.index + m[0].length })
  }
  // "(88,15 điểm)" after a name
  for (let i = 0; i + 3 < t.list.length; i++) {
    if (syms.slice(i, i + 4) === '(NU)') all.push({ rule: 'achievedWord', fields: { achieved: t.list[i + 1].value ?? undefined }, from: i, to: i + 4 })
  }
  all.sort((a, b) => a.from - b.from || b.to - a.to)
  const out: RuleMatch[] = []
  for (const m of all) if (!out.some((o) => m.from < o.to && o.from < m.to)) out.push(m)
  return out
}

export function findAgencyResults(lin: Linear, bodyStart: number): AgencyResult[] {
  const out: AgencyResult[] = []
  for (const u of lin.units) {
    if (u.index < bodyStart || u.layout || !u.text || u.cell || !/\d/.test(u.text)) continue // a result is a figure
    const names = matchesNotAfter(AGENCY_RE, u.text, LETTER).map((m) => ({ text: m[0].trim(), start: m.index!, end: m.index! + m[0].length }))
    if (names.length === 0) continue // a result is an agency's
    const t = readTokens(u.text, lin.folded.slice(u.start, u.end))
    const scores = scoreMatches(t.syms, t)
    if (scores.length === 0) continue
    const ranks = [...matchAll('rank', t), ...matchAll('rankOrdinal', t), ...matchAll('rankAlone', t)]
    let from = 0
    for (const s of scores) {
      const startChar = t.list[from]?.start ?? 0
      const endChar = t.list[s.to - 1].end
      const name = names.filter((n) => n.start >= startChar && n.end <= t.list[s.from].start).pop()
      const rank = ranks.find((r) => r.from >= from && r.from < s.to)
      from = s.to
      if (!name) continue
      out.push({ label: name.text, achieved: s.fields.achieved ?? null, max: s.fields.max ?? null, percent: null,
        rank: rank?.fields.rank ?? null, rankOf: rank?.fields.rankOf ?? null, unit: u, start: u.start + startChar, end: u.start + endChar })
    }
  }
  return out
}

// Results of one agency are its own document's scores; of several, a ranking. The issuer's own
// result stays its own.
export function rankingResults(results: readonly AgencyResult[], issuer: string | null): AgencyResult[] {
  const own = issuer ? matchKey(issuer) : null
  const others = results.filter((r) => !own || !(own.includes(matchKey(r.label)) || matchKey(r.label).includes(own)))
  return new Set(others.map((r) => matchKey(r.label))).size >= 2 ? others : []
}
