import type { Unit } from '../linearize.ts'
import { phraseSet } from '../lexicon/lexicon.ts'
import { SCORE_SCOPES } from '../lexicon/phrases.ts'
import { isAncestor } from '../fields/criteria.ts'
import { deriveThird, readStatement, type Statement } from '../fields/statement.ts'
import { classifyStatus } from '../fields/status.ts'
import { isUpperText } from '../text/normalize.ts'
import { parseViNumber } from '../text/numbers.ts'
import type { Columns, Role } from './columns.ts'
import { cellText } from './grid.ts'
import { readRowCode, type RowCode } from './row-code.ts'
import type { Status } from '../../schemas/record.ts'

// Scoring tables ("TT | Tiêu chí | Điểm tối đa | Điểm đạt | Điểm bị trừ | Nguyên nhân"): every
// row is a criterion with its points. Area rows (I, II or 1, 2 above dotted codes) and criteria
// with children in the table are aggregates, scored whatever they lost; a leaf is a finding
// when it lost points; the "Tổng cộng" row is the total.

export interface ScoringRow extends Statement {
  readonly code: string | null
  readonly kind: RowCode['kind']
  readonly role: 'area' | 'group' | 'leaf' | 'total'
  readonly unit: Unit
  readonly start: number
  readonly end: number
  readonly status: Status | null
  readonly progress: string | null
}

const TOTAL = phraseSet(SCORE_SCOPES.total)

// "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC" → "Công tác chỉ đạo, điều hành CCHC" (acronyms kept)
export function sentenceCase(label: string): string {
  if (!isUpperText(label)) return label
  return label.split(' ').map((w, i) => {
    if (/^[\p{Lu}&\-]{2,6}$/u.test(w) && /^(?:CCHC|TTHC|QPPL|CNTT|CBCCVC|UBND|HĐND|ISO|SIPAS|PAR|TCTP|TC|KH&CN|KT-XH)$/u.test(w.replace(/[,.;:]$/u, ''))) return w
    const lower = w.toLocaleLowerCase('vi')
    return i === 0 ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : lower
  }).join(' ')
}

export function readScoringRows(c: Columns): ScoringRow[] {
  const col = (r: Role) => c.roles.indexOf(r)
  const out: ScoringRow[] = []
  for (let r = c.headerRows; r < c.grid.rows.length; r++) {
    const row = c.grid.rows[r]
    const at = (role: Role) => (col(role) >= 0 ? row[col(role)] : undefined)
    const crit = at('criterion') ?? at('code')
    const rc = readRowCode(at('code'), at('criterion'))
    const unit = rc.unit ?? crit?.units[0]
    if (!unit || (!rc.title && !rc.code)) continue
    const num = (role: Role) => { const t = cellText(at(role)); return t ? parseViNumber(t) : null }
    // the criterion cell may say more: "title: reason", "title (1,0/0,5)"
    const s = rc.title ? readStatement(rc.title) : readStatement('')
    const stmt: Statement = { ...s, title: s.title ?? (rc.title || null), max: num('max') ?? s.max, achieved: num('achieved') ?? s.achieved, deducted: num('deducted') ?? s.deducted }
    if (stmt.max === null && stmt.achieved === null && stmt.deducted === null) continue
    deriveThird(stmt)
    const reasonCell = at('reason')
    const reason = cellText(reasonCell) || stmt.reason
    const statusText = cellText(at('status')) || null
    const progress = cellText(at('progress')) || null
    const isTotal = !rc.code && TOTAL.at(rc.title, 0) !== null
    const last = crit?.units.filter((u) => u.text).pop() ?? unit
    out.push({
      ...stmt, reason: reason || null, reasonStart: reasonCell?.units.find((u) => u.text) ? reasonCell.units.find((u) => u.text)!.start - unit.start : stmt.reasonStart,
      code: rc.code, kind: rc.kind, role: isTotal ? 'total' : 'leaf', unit, start: unit.start, end: last.end,
      status: statusText ? classifyStatus(statusText) : progress ? classifyStatus(progress) : null, progress,
    })
  }
  return placeRows(out)
}

// Areas and groups: a roman or whole-number code above dotted ones, an upper-case row without a
// code, or a code with descendants in the table.
function placeRows(rows: ScoringRow[]): ScoringRow[] {
  const dotted = rows.some((r) => r.kind === 'dotted')
  const codes = rows.map((r) => r.code).filter((x): x is string => x !== null)
  return rows.map((r) => {
    if (r.role === 'total') return r
    if (r.kind === 'roman' || (r.kind === 'whole' && dotted)) return { ...r, role: 'area' }
    if (!r.code && (isUpperText(r.title ?? '') || r.unit.bold)) return { ...r, role: 'area' }
    if (r.code && codes.some((x) => isAncestor(r.code!, x))) return { ...r, role: 'group' }
    return r
  })
}
