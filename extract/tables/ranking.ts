import type { Unit } from '../linearize.ts'
import { phraseSet } from '../lexicon/lexicon.ts'
import { SCORE_SCOPES } from '../lexicon/phrases.ts'
import { parseViNumber } from '../text/numbers.ts'
import type { Columns, Role } from './columns.ts'
import { cellText } from './grid.ts'

// Results tables of many agencies ("TT | Tên đơn vị | Điểm | Xếp hạng | Xếp loại"): one entry
// per agency, with the points, maximum, percentage, rank and class its row states.

export interface RankingRow {
  readonly label: string
  readonly achieved: number | null
  readonly max: number | null
  readonly percent: number | null
  readonly rank: number | null
  readonly class: string | null
  readonly unit: Unit
  readonly start: number
  readonly end: number
}

const NOT_AN_AGENCY = phraseSet([...SCORE_SCOPES.total, ...SCORE_SCOPES.average])

export function readRankingRows(c: Columns): RankingRow[] {
  const col = (r: Role) => c.roles.indexOf(r)
  const out: RankingRow[] = []
  for (let r = c.headerRows; r < c.grid.rows.length; r++) {
    const row = c.grid.rows[r]
    const at = (role: Role) => (col(role) >= 0 ? row[col(role)] : undefined)
    const agency = at('agency')
    const label = cellText(agency)
    const unit = agency?.units.find((u) => u.text)
    if (!label || !unit || NOT_AN_AGENCY.at(label, 0)) continue
    const num = (role: Role) => { const t = cellText(at(role)).replace(/%$/, ''); return t ? parseViNumber(t) : null }
    const rank = num('rank')
    const entry = {
      label, achieved: num('achieved'), max: num('max'), percent: num('percent'),
      rank: rank !== null && Number.isInteger(rank) ? rank : null, class: cellText(at('class')) || null,
      unit, start: unit.start, end: agency!.units.filter((u) => u.text).pop()!.end,
    }
    if (entry.achieved === null && entry.percent === null && entry.rank === null) continue
    out.push(entry)
  }
  return out
}
