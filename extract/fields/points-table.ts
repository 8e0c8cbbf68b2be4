import type { Linear, TableView } from '../linearize.ts'
import { foldAscii } from '../text/normalize.ts'
import { parseViNumber } from '../text/numbers.ts'
import { normalizeCode } from './criteria.ts'
import type { Draft } from './findings.ts'

// Scoring tables: "TT | Tiêu chí | Điểm tối đa | Điểm thẩm định | Điểm bị trừ | Lý do". A row whose
// points show a loss is a criterion that lost points, whether or not the text repeats it.
type Col = 'code' | 'crit' | 'max' | 'achieved' | 'selfScore' | 'deducted' | 'reason'
const RULES: [Col, RegExp][] = [
  // a header that opens with the criterion ("Tiêu chí bị trừ điểm") names the criterion column
  ['crit', /^(tieu chi|noi dung)\b/],
  ['deducted', /diem (bi )?tru|bi tru|diem mat|mat diem|so diem tru/], ['max', /toi da|diem chuan|thang diem/],
  ['selfScore', /tu (danh gia|cham)|tu dem/], ['achieved', /tham dinh|diem dat|dat duoc|diem danh gia|diem so|ket qua cham/],
  ['reason', /ly do|nguyen nhan|giai trinh|ton tai|ghi chu/], ['code', /^(stt|tt|ma|ma tieu chi|ma so)$/],
  ['crit', /tieu chi|noi dung|linh vuc|chi so/],
]
const CODE_CELL_RE = /^\d{1,2}(?:\.\d{1,2}){0,4}\.?$/
const LEAD_CODE_RE = /^[-+•\s]*(?:(?:TCTP|TC|Tiêu chí(?: thành phần)?)\s*)?(\d{1,2}(?:\s?\.\s?\d{1,2}){0,4})\s*[.:]?\s+(\S.*)$/su

function columns(t: TableView): Map<Col, number> | null {
  const head = t.rows[0]
  if (!head) return null
  const cols = new Map<Col, number>()
  head.cells.forEach((c, i) => {
    const f = foldAscii(c.text).replace(/\s+/g, ' ').trim()
    const rule = RULES.find(([col, re]) => re.test(f) && !cols.has(col))
    if (rule) cols.set(rule[0], i)
  })
  if (!cols.has('achieved') && cols.has('selfScore')) cols.set('achieved', cols.get('selfScore')!)
  // A "Tiêu chí" column holding only codes ("1.5.3") is the code column (beside it "STT" only
  // numbers the rows); the criterion's title is then in the next column nothing else claims.
  const critAt = cols.get('crit')
  if (critAt !== undefined && holdsCodes(t, critAt)) {
    cols.set('code', critAt)
    const taken = new Set(cols.values())
    const next = head.cells.findIndex((_, i) => i > critAt && !taken.has(i))
    if (next >= 0) cols.set('crit', next)
    else cols.delete('crit')
  }
  const numeric = ['max', 'achieved', 'deducted'].filter((c) => cols.has(c as Col)).length
  // two of max / achieved / deducted, or the deduction alone ("Điểm bị trừ")
  return cols.has('crit') && (numeric >= 2 || cols.has('deducted')) ? cols : null
}

function holdsCodes(t: TableView, col: number): boolean {
  const texts = t.rows.slice(1).map((r) => r.cells[col]?.text.trim() ?? '').filter(Boolean)
  return texts.length > 0 && texts.some((x) => x.includes('.')) && texts.filter((x) => CODE_CELL_RE.test(x)).length >= 0.6 * texts.length
}

export function pointsTableDrafts(lin: Linear): Draft[] {
  const out: Draft[] = []
  for (const t of lin.tables) {
    if (t.role !== 'data') continue
    const cols = columns(t)
    if (!cols) continue
    const cell = (r: number, c: Col) => (cols.has(c) ? t.rows[r].cells[cols.get(c)!] : undefined)
    // an "STT"/"TT" column without a single dotted code only numbers the rows: the code is then
    // the one in the criterion's own text
    const numbered = cols.has('code') && /^(stt|tt)$/.test(foldAscii(t.rows[0].cells[cols.get('code')!]?.text ?? '').trim())
      && !t.rows.slice(1).some((row) => /\d\.\d/.test(row.cells[cols.get('code')!]?.text ?? ''))
    for (let r = 1; r < t.rows.length; r++) {
      const crit = cell(r, 'crit')
      if (!crit?.text) continue
      const val = (c: Col) => { const x = cell(r, c)?.text.trim(); return x ? parseViNumber(x) : null }
      const max = val('max'), achieved = val('achieved')
      let deducted = val('deducted')
      if (deducted === null && max !== null && achieved !== null) deducted = Math.round((max - achieved) * 100) / 100
      if (!(deducted !== null && deducted > 0)) continue
      const codeText = cell(r, 'code')?.text.trim() ?? ''
      const lead = LEAD_CODE_RE.exec(crit.text.replace(/\n/g, ' '))
      const fromColumn = CODE_CELL_RE.test(codeText) && !numbered ? normalizeCode(codeText) : null
      const code = fromColumn ?? (lead ? normalizeCode(lead[1]) : null)
      const title = (lead ? lead[2] : crit.text).replace(/\s+/g, ' ').trim()
      const unit = crit.units.find((u) => u.text) ?? crit.units[0]
      const reasonCell = cell(r, 'reason')
      const reasonUnit = reasonCell?.units.find((u) => u.text)
      out.push({
        code, level: null, title, titleStart: unit.text.indexOf(title.slice(0, 12)), max, achieved, deducted,
        reason: reasonCell?.text.replace(/\s+/g, ' ').trim() || null,
        reasonStart: reasonUnit ? reasonUnit.start - unit.start : null,
        unit, start: unit.start, end: crit.units[crit.units.length - 1].end,
        mention: { index: 0, end: 0, marker: '', code, level: null, quoted: false, itemStart: true },
      })
    }
  }
  return out
}
