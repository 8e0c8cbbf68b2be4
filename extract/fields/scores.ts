import type { Score } from '../../schemas/record.ts'
import type { Linear, Unit } from '../linearize.ts'
import { matchAll, type RuleMatch, type RuleName, type Tokens } from '../grammar/rules.ts'
import { readTokens } from '../grammar/clauses.ts'
import { findMentions } from './criteria.ts'
import { phraseSet } from '../lexicon/lexicon.ts'
import { POINT_WORDS } from '../lexicon/phrases.ts'
import { scopeOf, type ScopeContext } from './score-scope.ts'

// Aggregate results stated in prose: the whole index ("chỉ số CCHC … đạt 68/90 điểm (75,50%),
// xếp vị thứ 6/20"), parts ("Phần … đạt được 17/22 điểm"), areas ("Lĩnh vực TTHC: Sở đạt
// 10,7/13 điểm, bị trừ 2,3 điểm"; "2.1.1. Công tác … (tổng điểm 36 điểm): … thẩm định 33 điểm,
// mất 3 điểm"), appraisal, survey and total points. Read by the points grammar (grammar/rules.ts):
// counts ("3/5 tiêu chí", "16/19 văn bản"), dates and codes are not scores.

export interface ScoreDraft extends Omit<Score, 'span' | 'year'> { start: number; end: number; unit: Unit }

const PAIRS: readonly RuleName[] = ['pairOver', 'pairUnits', 'pair', 'pairSaid']
const RANKS: readonly RuleName[] = ['rank', 'rankOrdinal', 'rankAlone']

interface Clause { readonly text: string; readonly at: number }

// A clause ends at ". " or "; " before a capital, a figure, a quote or a bracket (the stop stays
// with it), or at "Trong đó:". The stop is matched rather than looked behind for: a leading
// look-behind is tried at every position of the text, which cost twice the time.
const CLAUSE_END_RE = /[.;]\s+(?=[\p{Lu}\d*"“(])|\s+Trong đó:?\s*/gu
export function clauses(text: string): Clause[] {
  const out: Clause[] = []
  let last = 0
  CLAUSE_END_RE.lastIndex = 0
  for (let m = CLAUSE_END_RE.exec(text); m; m = CLAUSE_END_RE.exec(text)) {
    const end = m[0][0] === '.' || m[0][0] === ';' ? m.index + 1 : m.index
    out.push({ text: text.slice(last, end), at: last })
    last = m.index + m[0].length
  }
  out.push({ text: text.slice(last), at: last })
  return out
}

// Matches of the rules, earliest first, one per stretch of tokens (the first rule listed wins a tie).
function spans(t: Tokens, rules: readonly RuleName[]): RuleMatch[] {
  const all = rules.flatMap((r) => matchAll(r, t)).sort((a, b) => a.from - b.from)
  const out: RuleMatch[] = []
  for (const m of all) if (!out.some((o) => m.from < o.to && o.from < m.to)) out.push(m)
  return out
}

const HAS_DIGIT = /\d/
// Every rule that gives a score here has a slash (a pair), a unit, a maximum, a total or a rank:
// a clause with none of them is not tokenized ("0,5đ": the unit glued to its figure).
const SCORE_CUES = phraseSet([...POINT_WORDS.unit, ...POINT_WORDS.max, ...POINT_WORDS.total, ...POINT_WORDS.rank])
const GLUED_UNIT = /\d\s*[đĐ](?!\p{L})/u
const mayScore = (text: string, folded: string) => text.includes('/') || GLUED_UNIT.test(text) || SCORE_CUES.test(text, folded)

// `folded`: the linear text's folded form (a clause is a stretch of its unit's text)
function scoreClause(ctx: ScopeContext, clause: Clause, unit: Unit, folded: string): ScoreDraft[] {
  const text = clause.text
  if (!HAS_DIGIT.test(text)) return [] // every score, maximum, deduction and rank is a figure
  const own = folded.slice(unit.start + clause.at, unit.start + clause.at + text.length)
  if (!mayScore(text, own)) return []
  const t = readTokens(text, own)
  const at = (i: number) => unit.start + clause.at + t.list[Math.min(i, t.list.length - 1)].start
  const endAt = (i: number) => unit.start + clause.at + t.list[i - 1].end
  const pairs = spans(t, PAIRS)
  const ranks = spans(t, RANKS)
  const percents = matchAll('percent', t)
  const losses = matchAll('loss', t)
  const base = { code: null, percent: null, rank: null, rankOf: null, deducted: null, unit }
  const out: ScoreDraft[] = []
  const within = (m: RuleMatch, from: number, to: number) => m.from >= from && m.from < to
  pairs.forEach((p, k) => {
    const from = k > 0 ? pairs[k - 1].to : 0
    const next = k + 1 < pairs.length ? pairs[k + 1].from : t.list.length
    const { scope, label } = scopeOf(ctx, text.slice(t.list[from]?.start ?? 0, t.list[p.to - 1].end), unit, true)
    if (scope === 'average') return // an average of many agencies is no one's score
    const pct = percents.find((m) => within(m, p.to, next) && m.from - p.to <= 4)
    const ded = losses.find((m) => within(m, p.to, next))
    const rank = ranks.find((m) => within(m, p.to, next))
    out.push({ ...base, scope, label, achieved: p.fields.achieved ?? null, max: p.fields.max ?? null,
      percent: pct?.fields.percent ?? null, deducted: ded?.fields.deducted ?? null,
      rank: rank?.fields.rank ?? null, rankOf: rank?.fields.rankOf ?? null, start: at(p.from), end: endAt(p.to) })
  })
  if (pairs.length === 0) {
    // "tổng điểm 36 điểm … thẩm định 33 điểm, mất 3 điểm"; "… tối đa là 30 điểm, qua thống kê đạt 24.65 điểm"
    const max = spans(t, ['maxWord', 'maxTotal'])[0]
    const ach = spans(t, ['achievedWord']).find((m) => !max || m.from >= max.to || m.to <= max.from)
    const total = max ? undefined : spans(t, ['totalSaid'])[0]
    const { scope, label } = scopeOf(ctx, text, unit, true)
    if (max && ach && scope !== 'average') {
      out.push({ ...base, scope, label, achieved: ach.fields.achieved ?? null, max: max.fields.max ?? null,
        deducted: losses[0]?.fields.deducted ?? null, start: unit.start + clause.at, end: unit.start + clause.at + text.length })
    } else if (total) {
      out.push({ ...base, scope: 'total', label: null, achieved: total.fields.achieved ?? null, max: null,
        start: unit.start + clause.at, end: unit.start + clause.at + text.length })
    }
  }
  const rank = ranks[0]
  if (rank && !out.some((s) => s.rank !== null)) {
    // "Chỉ số CCHC … đạt 78,5 điểm, xếp thứ 7/11": the points stated with the rank, maximum unsaid;
    // "đạt 88,17%, xếp hạng 7/20": the percentage with it
    const before = out.length === 0 ? spans(t, ['achievedWord']).filter((m) => m.to <= rank.from).pop() : undefined
    const pct = out.length === 0 ? percents.filter((m) => m.to <= rank.from).pop() : undefined
    out.push({ ...base, scope: 'overall', label: null, achieved: before?.fields.achieved ?? null, max: null, percent: pct?.fields.percent ?? null,
      rank: rank.fields.rank ?? null, rankOf: rank.fields.rankOf ?? null, start: at(rank.from), end: endAt(rank.to) })
  }
  return out
}

// The text of a unit before its first criterion: the points of a criterion are not an aggregate.
function aggregateText(u: Unit): string {
  const first = findMentions(u.text).find((m) => m.code !== null || m.itemStart)
  return first ? u.text.slice(0, first.index) : u.text
}

export function findScores(lin: Linear, bodyStart: number): ScoreDraft[] {
  const out: ScoreDraft[] = []
  const ctx: ScopeContext = { carried: '', lastArea: null }
  for (const u of lin.units) {
    if (u.index < bodyStart || u.layout || !u.text) continue
    ctx.carried = ''
    if (!HAS_DIGIT.test(u.text)) continue // every score is a figure; the scope carried ends here too
    for (const c of clauses(aggregateText(u))) {
      const found = scoreClause(ctx, c, u, lin.folded)
      out.push(...found)
      ctx.carried = found.length ? '' : `${ctx.carried}${c.text} `
    }
  }
  return out
}

const same = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) < 0.006

// Two areas with their own codes, or two agencies, are two scores however alike their figures.
const distinct = (a: ScoreDraft, b: ScoreDraft) => (a.code !== null && b.code !== null && a.code !== b.code)
  || ((a.scope === 'ranking' || b.scope === 'ranking') && (a.scope !== b.scope || a.label !== b.label))

// The same figures stated twice ("17/22 điểm" in the summary and again in the weaknesses) are one score.
export function dedupeScores(scores: ScoreDraft[]): ScoreDraft[] {
  const out: ScoreDraft[] = []
  for (const s of scores) {
    const twin = out.find((o) => distinct(o, s) ? false : s.achieved !== null ? same(o.achieved, s.achieved) && (o.max === null || s.max === null || same(o.max, s.max))
      : o.rank === s.rank && o.rankOf === s.rankOf)
    if (!twin) { out.push({ ...s }); continue }
    twin.max ??= s.max; twin.deducted ??= s.deducted; twin.percent ??= s.percent
    twin.label ??= s.label; twin.rank ??= s.rank; twin.rankOf ??= s.rankOf; twin.code ??= s.code
  }
  return out
}
