import type { Kind, Reference, RecordWarning } from '../../schemas/record.ts'
import { foldAscii } from '../text/normalize.ts'
import { findDates } from './dates.ts'
import { findDocNumbers, kindOfTypeCode, type ParsedNumber } from './doc-number.ts'

const CUES: [RegExp, Kind][] = [
  [/ke hoach$/, 'ke_hoach'], [/bao cao$/, 'bao_cao'], [/quyet dinh$|qd$/, 'quyet_dinh'],
  [/nghi quyet$|nq$/, 'nghi_quyet'], [/chi thi$/, 'chi_thi'], [/cong van$/, 'cong_van'],
  [/thong bao$/, 'thong_bao'], [/to trinh$/, 'to_trinh'], [/nghi dinh$|nd$|thong tu$|huong dan$|luat$/, 'khac'],
]

function kindBefore(text: string, at: number, n: ParsedNumber): Kind | null {
  const before = foldAscii(text.slice(Math.max(0, at - 30), at)).replace(/\s+so\s*:?\s*$/, '').replace(/[^a-z ]+$/, '').trim()
  for (const [re, kind] of CUES) if (re.test(before)) return kind
  return kindOfTypeCode(n.typeCode) ?? (n.typeCode === null && n.seq !== null ? 'cong_van' : null)
}

// A date belongs to a citation when it follows the number directly ("… 162/KH-UBND ngày 28 tháng 7 năm 2017").
function dateAfter(text: string, end: number): string | null {
  const tail = text.slice(end, end + 60)
  const d = findDates(tail)[0]
  if (!d || d.index > 14 || !/^[\s,]*(?:ngày\s*)?$/iu.test(tail.slice(0, d.index))) return null
  return d.iso
}

export interface OwnNumber { normalized: string; typeCode: string | null; issuerCode: string | null; start: number; end: number }

export function extractReferences(text: string, own: OwnNumber | null, ownDate: string | null):
  { value: Reference[]; warnings: RecordWarning[] } {
  const refs = new Map<string, Reference>()
  const warnings: RecordWarning[] = []
  const ownKey = own?.normalized.toUpperCase()
  for (const n of findDocNumbers(text)) {
    const start = n.index, end = n.index + n.length
    if (own && start >= own.start && end <= own.end) continue
    const key = n.normalized.toUpperCase()
    if (key === ownKey || n.seq === null) continue
    const date = dateAfter(text, end)
    const span: [number, number] = [start, end]
    // The document citing itself with another number ("Kèm theo Kế hoạch số 419/KH-UBND" in plan 119).
    if (own && ownDate && date === ownDate && n.typeCode === own.typeCode && n.issuerCode === own.issuerCode) {
      warnings.push({ code: 'number_mismatch', span,
        message: `the document cites itself as ${n.normalized} (dated ${date}) but its number is ${own.normalized}` })
      continue
    }
    const prev = refs.get(key)
    if (prev) {
      if (date && prev.date && date !== prev.date) warnings.push({ code: 'reference_date_conflict', span,
        message: `${prev.number} is cited with two dates: ${prev.date} and ${date}` })
      if (date && !prev.date) refs.set(key, { ...prev, date })
      continue
    }
    refs.set(key, { kind: kindBefore(text, start, n), number: n.normalized, date, raw: text.slice(start, end), span })
  }
  return { value: [...refs.values()], warnings }
}
