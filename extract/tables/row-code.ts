import { findMentions, normalizeCode, type Mention } from '../fields/criteria.ts'
import type { TableCellView, Unit } from '../linearize.ts'
import { DEEP_CODE_RE, MARKED_CODE_RE, PAIR_CODE_RE, ROMAN_RE } from './cell-kinds.ts'
import { cellText } from './grid.ts'

// The criterion a table row is about: the code column's code, or the code its criterion text
// opens with ("TC 1.6. Sáng kiến …", "TCTP 1.4.1: …", "1.1.2 Mức độ …").

export interface RowCode {
  readonly code: string | null
  readonly kind: 'roman' | 'whole' | 'dotted' | null // I, II / 1, 2 / 1.1, 1.1.3
  readonly title: string // the criterion text after its code
  readonly titleAt: number // offset of the title in the unit's text
  readonly unit: Unit | undefined // the criterion cell's first unit
}

// a marked code ("TC 1.6", "Tiêu chí 3"), or a dotted one ("1.1.2"); a bare "02" opens a count, not a code
const LEAD_CODE_RE = /^[-+•\s]*(?:(?:TCTP|TC|Tiêu chí(?: thành phần)?)\s*(\d{1,2}(?:\s?\.\s?\d{1,2}){0,4})|(\d{1,2}(?:\.\d{1,2}){1,4}))\s*[.:]?\s+(?=\S)/u

export function codeKind(code: string | null): RowCode['kind'] {
  if (!code) return null
  if (ROMAN_RE.test(code)) return 'roman'
  return /\./.test(code) ? 'dotted' : 'whole'
}

export function readRowCode(codeCell: TableCellView | undefined, critCell: TableCellView | undefined): RowCode {
  const unit = critCell?.units.find((u) => u.text) ?? critCell?.units[0]
  const critText = cellText(critCell)
  const raw = cellText(codeCell).replace(/^(?:TCTP|TC|Tiêu chí(?: thành phần)?)\s*/u, '')
  const fromColumn = raw && (ROMAN_RE.test(raw) || DEEP_CODE_RE.test(raw) || PAIR_CODE_RE.test(raw) || /^\d{1,2}\.?$/.test(raw) || MARKED_CODE_RE.test(cellText(codeCell)))
    ? normalizeCode(raw.replace(/\.$/, '')) : null
  // the cell's text whole: a PDF may break "TCTP" / "3.3.1. Tỷ lệ …" into two paragraphs
  const lead = LEAD_CODE_RE.exec(critText)
  const code = fromColumn ?? (lead ? normalizeCode(lead[1] ?? lead[2]) : null)
  const titleAt = lead ? lead[0].length : 0
  return { code, kind: codeKind(code), title: critText.replace(LEAD_CODE_RE, '').trim(), titleAt, unit }
}

// Criteria cited as items in a cell: "TCTP 1.1.1 Kế hoạch …", "- Tiêu chí 1.6: …".
export const itemMentions = (units: readonly Unit[]): { u: Unit; m: Mention }[] =>
  units.flatMap((u) => findMentions(u.text).filter((m) => m.itemStart && m.code).map((m) => ({ u, m })))
