import { foldAscii } from '../text/normalize.ts'

// The year whose PAR-index results a document discusses: "kết quả chỉ số CCHC năm 2016",
// "xếp hạng … Chỉ số CCHC năm 2016", "Đoàn thẩm định công tác CCHC năm 2021". A plan *for* a
// year ("nâng cao Chỉ số CCHC năm 2017") or a progress report ("công tác CCHC 9 tháng năm 2020")
// discusses no index result.
const INDEX = String.raw`(?:chi so\s*(?:\(?par index\)?\s*)?(?:cai cach hanh chinh|cchc|chcc|par)|(?:cong tac\s+)?(?:cai cach hanh chinh|cchc|chcc))`
const RESULT_CUE = /(ket qua|xep hang|xep loai|tham dinh|danh gia|cham diem|diem so|cong bo)/
// Remediation of an index's shortcomings names the year of that index, when it is an earlier
// year than the document's ("Khắc phục hạn chế Chỉ số CCHC năm 2019" written in 2020).
const REMEDY_CUE = /(khac phuc|han che|ton tai|mat diem|tru diem|bi tru)/
const YEAR_RE = new RegExp(String.raw`${INDEX}[^.;:\n]{0,70}?nam\s+((?:19|20)\d{2})`, 'g')
// "Năm 2017, Chỉ số CCHC của Sở … đạt 80,36 điểm": the year before the index, its result after
const YEAR_FIRST_RE = new RegExp(String.raw`\bnam\s+((?:19|20)\d{2})\s*,?\s*${INDEX}[^.;:\n]{0,80}?\b(?:dat|xep)\b`, 'g')

export function extractAssessmentYear(text: string, documentYear: number | null, folded = foldAscii(text)): { value: number | null; index: number | null } {
  // `folded` has the NFC text's length, so match indices point into it
  const votes = new Map<number, { n: number; first: number }>()
  const resultFirst = new Set([...folded.matchAll(YEAR_FIRST_RE)].map((m) => m.index!))
  for (const m of [...folded.matchAll(YEAR_RE), ...folded.matchAll(YEAR_FIRST_RE)]) {
    const year = Number(m[1])
    const before = folded.slice(Math.max(0, m.index! - 90), m.index! + m[0].length)
    const cued = resultFirst.has(m.index!) || RESULT_CUE.test(before) || (REMEDY_CUE.test(before) && documentYear !== null && year < documentYear)
    if (!cued || !/chi so|tham dinh|xep hang|xep loai|cham diem/.test(before)) continue
    if (/\bnang cao\b[^.;]{0,40}$/.test(folded.slice(Math.max(0, m.index! - 50), m.index!)) && !/ket qua|xep/.test(before)) continue
    if (documentYear !== null && year > documentYear) continue
    const v = votes.get(year) ?? { n: 0, first: m.index! }
    v.n++
    votes.set(year, v)
  }
  let best: [number, { n: number; first: number }] | null = null
  for (const e of votes) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e
  return best ? { value: best[0], index: best[1].first } : { value: null, index: null }
}
