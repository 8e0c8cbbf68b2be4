import type { Score } from '../../schemas/record.ts'
import type { Linear, Unit } from '../linearize.ts'
import { foldAscii } from '../text/normalize.ts'
import { NUM, parseViNumber } from '../text/numbers.ts'
import { findMentions } from './criteria.ts'

// Aggregate results stated in prose: the whole index ("chỉ số CCHC … đạt 68/90 điểm (75,50%),
// xếp vị thứ 6/20"), parts ("Phần … đạt được 17/22 điểm"), areas ("Lĩnh vực TTHC: Sở đạt
// 10,7/13 điểm, bị trừ 2,3 điểm"; "2.1.1. Công tác … (tổng điểm 36 điểm): … thẩm định 33 điểm,
// mất 3 điểm"), appraisal, survey and total points. Counts ("3/5 tiêu chí", "16/19 văn bản") are not scores.

export interface ScoreDraft extends Omit<Score, 'span' | 'year'> { start: number; end: number; unit: Unit }

const n = (s: string | undefined) => (s === undefined ? null : parseViNumber(s))
const PAIR_RE = new RegExp(String.raw`(${NUM})\s*\/\s*(${NUM})(?![\d\/]|\s*\/)`, 'gu')
const COUNT_NOUN_RE = /^\s*(?:tiêu chí|TCTP|TC\b|văn bản|hồ sơ|huyện|sở|đơn vị|xã|thủ tục|TTHC|phòng|cơ quan|người|lĩnh vực|nhiệm vụ|cán bộ|kế hoạch|%)/iu
const PAIR_CUE_RE = /(?:đạt(?: được)?|được|còn|tối đa|thẩm định|đánh giá|chấm|là)\s*$/iu
const RANK_RE = /xếp\s+(?:hạng|vị thứ|thứ|vị trí)\s*(?:thứ\s*)?(\d{1,3})\s*(?:\/|trên|trong(?: tổng)? số)\s*(\d{1,3})/iu
const MAX_RE = new RegExp(String.raw`(?:tổng điểm|tối đa)(?:\s+(?:đánh giá|là|được|chuẩn)|\s*:)*\s+(${NUM})\s*điểm`, 'iu')
const ACHIEVED_RE = new RegExp(String.raw`(?:thẩm định(?:\s+còn)?|đạt(?:\s+được)?|còn|chấm)\s+(${NUM})\s*điểm`, 'iu')
const TOTAL_RE = new RegExp(String.raw`tổng (?:số )?điểm(?:\s+(?:của|chung)\s+[^,.;:]{1,40}?)?\s+(?:là|đạt)\s+(${NUM})(?!\s*\/)`, 'iu')
const DEDUCT_RE = new RegExp(String.raw`(?:bị\s+)?(?:trừ|mất)\s+(${NUM})\s*điểm`, 'iu')
const PERCENT_RE = new RegExp(String.raw`^[^.;]{0,25}?(${NUM})\s*%`, 'u')
const AREA_RE = /Lĩnh vực\s+([^:]{3,120}?)\s*\*?\s*:/u
const PART_RE = /\bPhần\s+(?:[IVX]+\s*[,:.]?\s*)?([^]{3,160}?)\s+(?:đạt|có|chưa)\b/u
const SECTION_LABEL_RE = /^\d+(?:\.\d+)+\.?\s+([^(:]{3,120}?)\s*[(:]/u

function validPair(text: string, m: RegExpExecArray): boolean {
  const after = text.slice(m.index + m[0].length)
  if (COUNT_NOUN_RE.test(after)) return false
  const before = text.slice(Math.max(0, m.index - 30), m.index)
  if (/xếp\s+(?:hạng|vị thứ|thứ|vị trí)?\s*(?:thứ\s*)?$/iu.test(before)) return false
  return /^\s*(?:điểm|đ(?!\p{L}))/u.test(after) || PAIR_CUE_RE.test(before)
}

function scopeOf(ctx: string, unit: Unit, hasMax: boolean): { scope: Score['scope']; label: string | null } {
  const area = AREA_RE.exec(ctx)
  if (area) return { scope: 'area', label: area[1].replace(/[*_]/g, '').trim() }
  const part = PART_RE.exec(ctx)
  if (part) return { scope: 'part', label: part[1].trim() }
  const f = foldAscii(ctx)
  if (/dieu tra xa hoi hoc|khao sat|muc do hai long/.test(f)) return { scope: 'survey', label: null }
  if (/toi da danh gia|tham dinh con|diem tham dinh/.test(f)) return { scope: 'appraisal', label: null }
  const sec = SECTION_LABEL_RE.exec(unit.text)
  if (sec) return { scope: 'area', label: sec[1].trim() }
  if (/chi so (cchc|cai cach hanh chinh|par)/.test(f) && hasMax) return { scope: 'overall', label: null }
  return { scope: hasMax ? 'overall' : 'total', label: null }
}

function clauses(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = []
  const re = /(?<=[.;])\s+(?=[\p{Lu}\d*"“(])|\s+Trong đó:?\s*/gu
  let last = 0
  for (const m of text.matchAll(re)) { out.push({ text: text.slice(last, m.index), at: last }); last = m.index! + m[0].length }
  out.push({ text: text.slice(last), at: last })
  return out
}

function scoreClause(ctx: string, clause: { text: string; at: number }, unit: Unit): ScoreDraft[] {
  const t = clause.text
  const out: ScoreDraft[] = []
  if (!/\d/.test(t)) return out // every score, maximum, deduction and rank is a figure
  const base = { code: null, percent: null, rank: null, rankOf: null, deducted: null, unit }
  const rank = RANK_RE.exec(t)
  const ded = DEDUCT_RE.exec(t)
  const pairs = [...t.matchAll(PAIR_RE)].filter((m) => validPair(t, m as RegExpExecArray))
  for (const p of pairs) {
    const after = t.slice(p.index! + p[0].length)
    const pct = PERCENT_RE.exec(after)
    const { scope, label } = scopeOf(ctx + t.slice(0, p.index), unit, true)
    out.push({ ...base, scope, label, achieved: n(p[1]), max: n(p[2]), percent: pct ? n(pct[1]) : null,
      deducted: pairs.length === 1 && ded ? n(ded[1]) : null,
      rank: pairs.length === 1 && rank ? Number(rank[1]) : null, rankOf: pairs.length === 1 && rank ? Number(rank[2]) : null,
      start: unit.start + clause.at + p.index!, end: unit.start + clause.at + p.index! + p[0].length })
  }
  if (pairs.length === 0) {
    const max = MAX_RE.exec(t)
    const total = TOTAL_RE.exec(t)
    const ach = ACHIEVED_RE.exec(t.replace(MAX_RE, (s) => ' '.repeat(s.length)))
    const span = { start: unit.start + clause.at, end: unit.start + clause.at + t.length }
    if (max && ach) {
      const { scope, label } = scopeOf(ctx + t, unit, true)
      out.push({ ...base, ...span, scope, label, achieved: n(ach[1]), max: n(max[1]), deducted: ded ? n(ded[1]) : null })
    } else if (total && !/tối đa/iu.test(total[0])) {
      out.push({ ...base, ...span, scope: 'total', label: null, achieved: n(total[1]), max: null })
    }
  }
  if (rank && !out.some((s) => s.rank !== null)) {
    // "Chỉ số CCHC … đạt 78,5 điểm, xếp thứ 7/11": the points stated with the rank, maximum unsaid
    const ach = out.length === 0 ? ACHIEVED_RE.exec(t.slice(0, rank.index)) : null
    out.push({ ...base, scope: 'overall', label: null, achieved: ach ? n(ach[1]) : null, max: null, rank: Number(rank[1]), rankOf: Number(rank[2]),
      start: unit.start + clause.at + rank.index, end: unit.start + clause.at + rank.index + rank[0].length })
  }
  return out
}

export function findScores(lin: Linear, bodyStart: number): ScoreDraft[] {
  const out: ScoreDraft[] = []
  for (const u of lin.units) {
    if (u.index < bodyStart || u.layout || !u.text) continue
    const first = findMentions(u.text).find((m) => m.itemStart)
    const text = first ? u.text.slice(0, first.index) : u.text
    let ctx = ''
    for (const c of clauses(text)) {
      const found = scoreClause(ctx, c, u)
      out.push(...found)
      ctx = found.length ? '' : `${ctx}${c.text} `
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
