import type { Kind } from '../../schemas/record.ts'

// Vietnamese document numbers (Decree 30/2020/NĐ-CP and Party rules):
//   1073/KH-SNgV   20/2013/QĐ-UBND   323/SNgV-VP (công văn)   05-NQ/TU (Party)   /BC-SNgV (unnumbered draft)
export interface ParsedNumber {
  raw: string
  normalized: string
  seq: number | null
  year: number | null
  typeCode: string | null
  issuerCode: string | null
}

const CODE = String.raw`[A-ZĐ][A-Za-zĐđ&]*`
// "30c/NQ-CP": a number may carry a letter
const STATE_RE = new RegExp(String.raw`(?=[\d\s/])(?<![\p{L}\d/.,-])(\d{1,5}[a-z]?)?\s*(?:\/\s*((?:19|20)\d{2}))?\s*\/\s*(${CODE}(?:\s?-\s?${CODE})*)`, 'gu')
const PARTY_RE = new RegExp(String.raw`(?=\d)(?<![\p{L}\d/.,-])(\d{1,5})\s*-\s*([A-ZĐ]{1,4})\s*\/\s*(${CODE}(?:-${CODE})*)`, 'gu')

// Type codes of documents (left of the dash) versus agency codes.
const TYPE_CODES: Record<string, Kind> = {
  KH: 'ke_hoach', BC: 'bao_cao', QĐ: 'quyet_dinh', NQ: 'nghi_quyet', CT: 'chi_thi', TB: 'thong_bao',
  TTR: 'to_trinh', 'NĐ': 'khac', TT: 'khac', HD: 'khac', CV: 'cong_van', KL: 'khac', QC: 'khac',
  QY: 'khac', CTR: 'khac', 'TTLT': 'khac', L: 'khac', PL: 'khac', HĐ: 'khac', BB: 'khac', GM: 'khac',
}

export const kindOfTypeCode = (code: string | null): Kind | null =>
  code === null ? null : TYPE_CODES[code.toUpperCase()] ?? null

export interface NumberMatch extends ParsedNumber { index: number; length: number }

function fromState(m: RegExpExecArray): NumberMatch | null {
  const [all, seqRaw, yearRaw, tail] = m
  const parts = tail.replace(/\s+/g, '').split('-')
  const head = parts[0]
  const isType = kindOfTypeCode(head) !== null
  if (!seqRaw && !isType) return null // "/SNgV" alone is not a number
  if (!isType && parts.length === 1 && !seqRaw) return null
  const raw = all.trim()
  return {
    raw, index: m.index + (all.length - all.trimStart().length), length: raw.length,
    normalized: raw.replace(/\s+/g, ''),
    seq: seqRaw ? parseInt(seqRaw, 10) : null,
    year: yearRaw ? Number(yearRaw) : null,
    typeCode: isType ? head : null,
    issuerCode: isType ? (parts.slice(1).join('-') || null) : parts.join('-'),
  }
}

function fromParty(m: RegExpExecArray): NumberMatch {
  const [all, seqRaw, type, issuer] = m
  const raw = all.trim()
  return {
    raw, index: m.index, length: raw.length, normalized: raw.replace(/\s+/g, ''),
    seq: Number(seqRaw), year: null, typeCode: type, issuerCode: issuer,
  }
}

// Every document number in a text, in order (Party numbers take precedence where both match).
export function findDocNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = []
  for (const m of text.matchAll(PARTY_RE)) found.push(fromParty(m as RegExpExecArray))
  for (const m of text.matchAll(STATE_RE)) {
    const n = fromState(m as RegExpExecArray)
    if (!n) continue
    if (found.some((f) => n.index < f.index + f.length && f.index < n.index + n.length)) continue
    found.push(n)
  }
  return found.sort((a, b) => a.index - b.index)
}

// "Số: 1073 /KH-SNgV" → the number on the official "Số:" line, numbered or not.
const SO_RE = /(?:^|\s)Số\s*[:.]?\s*(\d{0,5}[^\n]*)/u
export function parseNumberLine(line: string): (NumberMatch & { lineIndex: number }) | null {
  const m = SO_RE.exec(line)
  if (!m) return null
  const offset = m.index + m[0].length - m[1].length
  const nums = findDocNumbers(m[1])
  const first = nums[0]
  if (!first || first.index > 12) return null
  return { ...first, lineIndex: offset + first.index }
}
