import { phraseSet } from '../lexicon/lexicon.ts'
import { AGENCY_HEADS, RESULT_CLASSES, STATUS_WORDS } from '../lexicon/phrases.ts'
import { findDates } from '../fields/dates.ts'
import { parseViNumber } from '../text/numbers.ts'

// What a cell holds, judged from its text alone: used to infer the role of a column whose
// heading the lexicon does not know, and to tell area, group and total rows apart.

// "1.1.3", "TC 1.6", "TCTP 2.1.2"; "1.5" is a code or a decimal (see dominantKind)
export const MARKED_CODE_RE = /^(?:TCTP|TC|Tiêu chí(?: thành phần)?)\s*\d{1,2}(?:\s?\.\s?\d{1,2}){0,4}\.?$/u
export const DEEP_CODE_RE = /^\d{1,2}(?:\.\d{1,2}){2,4}\.?$/u
export const PAIR_CODE_RE = /^[1-9]\d?\.\d{1,2}\.?$/u
export const ROMAN_RE = /^(?:[IVX]{1,5})\.?$/u
const DEADLINE_RE = /^(?:trước|chậm nhất|từ|trong|hằng|hàng|định kỳ|thường xuyên|quý|tháng|năm|tuần|cả năm|liên tục|\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d+\s*(?:tháng|ngày)\s*\/\s*lần)/iu
const AGENCY_START = phraseSet(AGENCY_HEADS)
const STATUS = phraseSet([...STATUS_WORDS.done, ...STATUS_WORDS.in_progress, ...STATUS_WORDS.not_done])
const CLASS = phraseSet(RESULT_CLASSES)

export type CellKind = 'empty' | 'code' | 'codeOrNumber' | 'roman' | 'integer' | 'number' | 'percent' | 'date' | 'deadline'
  | 'agency' | 'status' | 'class' | 'text'

export function cellKind(text: string): CellKind {
  const t = text.trim()
  if (!t) return 'empty'
  if (ROMAN_RE.test(t)) return 'roman'
  if (DEEP_CODE_RE.test(t) || MARKED_CODE_RE.test(t)) return 'code'
  if (PAIR_CODE_RE.test(t)) return 'codeOrNumber'
  if (/^\d{1,3}\.?$/u.test(t)) return 'integer'
  if (/^\d+(?:[.,]\d+)?\s*%$/u.test(t)) return 'percent'
  if (parseViNumber(t) !== null) return 'number'
  if (t.length <= 40 && DEADLINE_RE.test(t)) return findDates(t).some((d) => d.iso) ? 'date' : 'deadline'
  if (t.length <= 20 && CLASS.at(t, 0) && CLASS.at(t, 0)!.length === t.length) return 'class'
  if (t.length <= 60 && STATUS.at(t, 0)) return 'status'
  if (t.length <= 120 && AGENCY_START.at(t, 0) && /^\S+(?:\s+\S+)?\s+[\p{Lu}\d]/u.test(t)) return 'agency'
  return 'text'
}

// The kind most of a column's filled cells share (at least 60 % of them), or null.
export function dominantKind(texts: readonly string[]): CellKind | null {
  const kinds = texts.map(cellKind).filter((k) => k !== 'empty')
  if (kinds.length === 0) return null
  const counts = new Map<CellKind, number>()
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1)
  const n = (k: CellKind) => counts.get(k) ?? 0
  // criteria with area rows (roman or whole numbers): a column of codes when some code is
  // unmistakable (three levels, a marker) or most are "x.y"
  const codeish = n('code') + n('codeOrNumber') + n('roman') + n('integer')
  if (codeish >= 0.8 * kinds.length && (n('code') > 0 || n('codeOrNumber') >= 0.5 * kinds.length)) return 'code'
  if (n('integer') + n('number') + n('codeOrNumber') >= 0.8 * kinds.length && n('integer') < kinds.length) return 'number'
  const deadlines = (counts.get('deadline') ?? 0) + (counts.get('date') ?? 0)
  if (deadlines >= 0.6 * kinds.length) return 'deadline'
  let best: CellKind | null = null
  for (const [k, n] of counts) if (n >= 0.6 * kinds.length && (best === null || n > counts.get(best)!)) best = k
  return best
}
