import type { Action } from '../../schemas/record.ts'
import type { TableCellView, Unit } from '../linearize.ts'
import { agencyCase } from '../fields/agency.ts'
import { findDates } from '../fields/dates.ts'
import { classifyStatus } from '../fields/status.ts'
import { isUpperText } from '../text/normalize.ts'
import type { Columns, Role } from './columns.ts'
import { cellText } from './grid.ts'
import { itemMentions, readRowCode } from './row-code.ts'

// Task and remediation tables: one action per criterion a row cites (in a code column, or as
// items in its text), with the row's owner, coordinator, deadline, result and progress. A group
// row ("PHÒNG NỘI VỤ" across the table) names the owner of the rows below it.

export interface ActionDraft extends Omit<Action, 'span'> { start: number; end: number; units: Unit[] }

// Paragraph runs of a cell, separated by empty paragraphs that align items across columns.
function runs(cell: TableCellView | undefined): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = []
  let cur: { at: number; text: string } | null = null
  for (const u of cell?.units ?? []) {
    if (!u.text) { cur = null; continue }
    if (!cur) { cur = { at: u.cell!.para, text: u.text }; out.push(cur) } else cur.text += ` ${u.text}`
  }
  return out
}

function paragraphTexts(cell: TableCellView | undefined): string[] {
  const byPara = new Map<number, string>()
  for (const u of cell?.units ?? []) if (u.text) byPara.set(u.cell!.para, byPara.has(u.cell!.para) ? `${byPara.get(u.cell!.para)} ${u.text}` : u.text)
  return [...byPara.values()]
}

// The part of a cell that goes with the k-th of several items cited in the row.
function aligned(cell: TableCellView | undefined, anchors: number[], k: number): string | null {
  const rs = runs(cell)
  if (rs.length === 0) return null
  if (anchors.length <= 1) return rs.map((r) => r.text).join(' ')
  if (rs.length === anchors.length) return rs[k].text
  // Without empty paragraphs to align them (most producers other than a hand-aligned Word
  // table drop those), one paragraph per cited item pairs them in order.
  const paras = paragraphTexts(cell)
  if (paras.length === anchors.length) return paras[k]
  const mine = rs.filter((r) => anchors.reduce((best, a, i) => (a <= r.at ? i : best), 0) === k)
  return mine.length ? mine.map((r) => r.text).join(' ') : null
}

function groupOwner(row: readonly (TableCellView | undefined)[], itemCol: number): string | null {
  const cells = [...new Set(row.filter((c): c is TableCellView => c !== undefined))]
  const filled = cells.filter((c) => c.text.trim())
  if (filled.length === 0 || (row[itemCol]?.text.trim() && itemMentions(row[itemCol]!.units).length)) return null
  const first = filled[0].text.trim()
  const spans = filled[0].colSpan >= Math.max(2, row.length / 2)
  return (isUpperText(first) || (spans && filled.length === 1)) && first.length <= 80 && !/^\(?\d+\)?$/.test(first) ? agencyCase(first) : null
}

export function readTaskRows(c: Columns, leafCodes: ReadonlySet<string> | null, carriedOwner: string | null): { actions: ActionDraft[]; owner: string | null } {
  const out: ActionDraft[] = []
  let owner = carriedOwner
  const items = c.items
  const col = (r: Role) => { const i = c.roles.indexOf(r); return i >= 0 && i !== items ? i : -1 }
  const codeCol = c.roles.indexOf('code')
  // the task is the cited item's own text, else the task column's
  const taskCol = items >= 0 ? items : col('task') >= 0 ? col('task') : c.roles.indexOf('criterion')
  for (let r = c.headerRows; r < c.grid.rows.length; r++) {
    const row = c.grid.rows[r]
    if (c.grid.table.rows[r].header) continue
    const g = groupOwner(row, items >= 0 ? items : taskCol)
    if (g) { owner = g; continue }
    const cited = items >= 0 ? itemMentions(row[items]?.units ?? []).filter(({ m }) => !leafCodes || !leafCodes.size || leafCodes.has(m.code!)) : []
    const anchors = cited.map(({ u }) => u.cell!.para)
    const fromColumn = codeCol >= 0 ? readRowCode(row[codeCol], undefined).code : null
    const task = taskCol >= 0 ? row[taskCol] : undefined
    const entries = cited.length ? cited.map(({ u, m }) => ({ code: m.code, unit: u, title: u.text.slice(m.end).replace(/^[\s:–-]+/u, '').trim() || null, start: u.start + m.index }))
      : fromColumn || (items < 0 && cellText(task)) ? [{ code: fromColumn, unit: task?.units.find((u) => u.text), title: cellText(task) || null, start: -1 }] : []
    entries.forEach((e, k) => {
      const unit = e.unit ?? row.find((x) => x?.units.some((u) => u.text))?.units.find((u) => u.text)
      if (!unit) return
      const get = (role: Role) => (col(role) >= 0 && col(role) !== taskCol ? aligned(row[col(role)], anchors, k) : null)
      const deadlineRaw = get('deadline')
      const dates = deadlineRaw ? findDates(deadlineRaw).filter((d) => d.iso) : []
      const progress = get('progress')
      const statusText = get('status')
      // a row naming no criterion, owner, deadline or result is a section of the table ("1 | Công tác chỉ đạo")
      if (e.code === null && !get('owner') && !owner && !deadlineRaw && !get('coordinator') && !get('result') && !progress) return
      out.push({
        code: e.code, title: e.title, owner: get('owner') ?? owner, coordinator: get('coordinator'),
        // beside the cited items, the task column is the remedy for each
        result: get('result') ?? (items >= 0 ? get('task') : null), requirement: get('requirement'),
        deadline: deadlineRaw ? { raw: deadlineRaw, iso: dates.length === 1 ? dates[0].iso : null } : null,
        status: classifyStatus(statusText ?? progress), progress: progress ?? statusText,
        start: e.start >= 0 ? e.start : unit.start, end: unit.end, units: [unit],
      })
    })
  }
  return { actions: out, owner }
}
