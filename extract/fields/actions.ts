import type { Action } from '../../schemas/record.ts'
import type { Linear, TableCellView, TableView, Unit } from '../linearize.ts'
import { foldAscii, isUpperText } from '../text/normalize.ts'
import { agencyCase } from './agency.ts'
import { findDates } from './dates.ts'
import { findMentions } from './criteria.ts'
import { classifyStatus } from './status.ts'

// Task and remediation tables: one action per criterion cited in the task column. Columns are
// recognized by their header words; group rows ("PHÒNG NỘI VỤ") name the owner of the rows below.
type Role = 'stt' | 'task' | 'owner' | 'coordinator' | 'result' | 'requirement' | 'deadline' | 'progress' | 'solution' | 'note'
const ROLE_RULES: [Role, RegExp][] = [
  ['stt', /^(stt|tt|so tt)$/], ['coordinator', /phoi hop/], ['progress', /tien do|ket qua (?:thuc hien|khac phuc)|tinh hinh (?:thuc hien|khac phuc)/],
  ['deadline', /thoi gian|thoi han|hoan thanh/], ['solution', /giai phap|bien phap/], ['requirement', /yeu cau/],
  ['result', /ket qua|san pham/], ['note', /ghi chu/],
  ['owner', /chu tri|thuc hien|phu trach|don vi|co quan/], ['task', /tieu chi|noi dung|nhiem vu|ton tai|han che|cong viec/],
]

export interface ActionDraft extends Omit<Action, 'span'> { start: number; end: number; units: Unit[] }

function roleOf(header: string): Role | null {
  const f = foldAscii(header).replace(/\s+/g, ' ').trim()
  for (const [role, re] of ROLE_RULES) if (re.test(f)) return role
  return null
}

const itemMentions = (units: readonly Unit[]) =>
  units.flatMap((u) => findMentions(u.text).filter((m) => m.itemStart && m.code).map((m) => ({ u, m })))

function columnRoles(t: TableView): { roles: (Role | null)[]; headerRows: number } | null {
  const headerRows = Math.max(1, t.rows.findIndex((r) => !r.header && !r.cells.every((c) => /^\(?\d*\)?$/.test(c.text.trim()))))
  const head = t.rows[0]
  if (!head) return null
  const roles = head.cells.map((c) => roleOf(c.text))
  // the column whose cells cite criteria is the task column, whatever its header says
  const counts = head.cells.map((_, col) => t.rows.slice(1).filter((r) => r.cells[col] && itemMentions(r.cells[col].units).length > 0).length)
  const best = counts.indexOf(Math.max(...counts))
  if (counts[best] === 0) return null
  roles[best] = 'task'
  return { roles, headerRows }
}

// Paragraph runs of a cell, separated by empty paragraphs that align items across columns.
function runs(cell: TableCellView | undefined): { at: number; text: string; units: Unit[] }[] {
  const out: { at: number; text: string; units: Unit[] }[] = []
  let cur: { at: number; text: string; units: Unit[] } | null = null
  for (const u of cell?.units ?? []) {
    const para = u.cell!.para
    if (!u.text) { cur = null; continue }
    if (!cur) { cur = { at: para, text: u.text, units: [u] }; out.push(cur) } else { cur.text += ` ${u.text}`; cur.units.push(u) }
  }
  return out
}

function paragraphTexts(cell: TableCellView | undefined): string[] {
  const byPara = new Map<number, string>()
  for (const u of cell?.units ?? []) if (u.text) byPara.set(u.cell!.para, byPara.has(u.cell!.para) ? `${byPara.get(u.cell!.para)} ${u.text}` : u.text)
  return [...byPara.values()]
}

function aligned(cell: TableCellView | undefined, anchors: number[], k: number): string | null {
  const rs = runs(cell)
  if (rs.length === 0) return null
  if (anchors.length === 1) return rs.map((r) => r.text).join(' ')
  if (rs.length === anchors.length) return rs[k].text
  // Without empty paragraphs to align them (most producers other than a hand-aligned Word
  // table drop those), one paragraph per cited item pairs them in order.
  const paras = paragraphTexts(cell)
  if (paras.length === anchors.length) return paras[k]
  const mine = rs.filter((r) => {
    const owner = anchors.reduce((best, a, i) => (a <= r.at ? i : best), 0)
    return owner === k
  })
  return mine.length ? mine.map((r) => r.text).join(' ') : null
}

function groupOwner(cells: readonly TableCellView[], taskCol: number): string | null {
  const filled = cells.filter((c) => c.text.trim())
  if (filled.length === 0 || cells[taskCol]?.text.trim() && itemMentions(cells[taskCol].units).length) return null
  const first = filled[0].text.trim()
  return isUpperText(first) && first.length <= 80 && !/^\(?\d+\)?$/.test(first) ? agencyCase(first) : null
}

export function findActions(lin: Linear, leafCodes: Set<string> | null): ActionDraft[] {
  const out: ActionDraft[] = []
  let owner: string | null = null
  let lastHeader = ''
  for (const t of lin.tables) {
    if (t.role !== 'data') continue
    const cr = columnRoles(t)
    if (!cr) continue
    const col = (r: Role) => cr.roles.indexOf(r)
    const taskCol = col('task')
    // a table continued after a page or section break repeats its header; its group owner carries on
    const header = t.rows[0].cells.map((c) => c.text).join('|')
    if (header !== lastHeader) owner = null
    lastHeader = header
    for (const row of t.rows.slice(cr.headerRows)) {
      if (row.header) continue
      const g = groupOwner(row.cells, taskCol)
      if (g) { owner = g; continue }
      const items = itemMentions(row.cells[taskCol]?.units ?? []).filter(({ m }) => !leafCodes || leafCodes.has(m.code!) || !leafCodes.size)
      const anchors = items.map(({ u }) => u.cell!.para)
      items.forEach(({ u, m }, k) => {
        const get = (r: Role) => (col(r) >= 0 && col(r) !== taskCol ? aligned(row.cells[col(r)], anchors, k) : null)
        const deadlineRaw = get('deadline')
        const dates = deadlineRaw ? findDates(deadlineRaw).filter((d) => d.iso) : []
        const progress = get('progress')
        const title = u.text.slice(m.end).replace(/^[\s:–-]+/u, '').trim() || null
        out.push({
          code: m.code, title, owner: get('owner') ?? owner, coordinator: get('coordinator'),
          result: get('result') ?? get('solution'), requirement: get('requirement'),
          deadline: deadlineRaw ? { raw: deadlineRaw, iso: dates.length === 1 ? dates[0].iso : null } : null,
          status: classifyStatus(progress), progress, start: u.start + m.index, end: u.end, units: [u],
        })
      })
    }
  }
  return out
}
