import { phraseClasses } from '../lexicon/lexicon.ts'
import { COLUMN_HEADINGS } from '../lexicon/phrases.ts'
import { closestPhrase, fuzzyPhrases } from '../lexicon/fuzzy-heading.ts'
import { foldAscii } from '../text/normalize.ts'
import { memoTable, remember } from '../text/memo.ts'
import { cellKind, dominantKind, type CellKind } from './cell-kinds.ts'
import { cellText, columnTexts, gridOf, type Grid } from './grid.ts'
import { itemMentions } from './row-code.ts'
import type { TableView } from '../linearize.ts'

// One column classifier for every table: scoring tables, task tables, remediation reports and
// rankings. Headings are read through the lexicon (all header rows: a heading over two rows, a
// merged parent heading, a row that only numbers the columns); a column whose heading the
// lexicon does not know takes the role its cells show, and is reported.

export type Role = keyof typeof COLUMN_HEADINGS
export type TableKind = 'scoring' | 'ranking' | 'tasks'

export interface Columns {
  readonly grid: Grid
  readonly roles: readonly (Role | null)[]
  readonly headings: readonly string[]
  readonly headerRows: number // rows before the first data row
  readonly kinds: ReadonlySet<TableKind>
  // "Tiêu chí (điểm tối đa/điểm đạt)": the order of a bracketed pair in the criterion cells
  readonly pairOrder: 'achieved/max' | 'max/achieved'
  readonly unknown: readonly { col: number; heading: string; inferred: Role | null }[]
  // the column whose cells cite criteria as items ("TCTP 1.1.1 Kế hoạch …"), whatever its heading, or -1
  readonly items: number
}

const HEADINGS = phraseClasses(COLUMN_HEADINGS)
const FUZZY = fuzzyPhrases(COLUMN_HEADINGS)
const POINT_ROLES: readonly Role[] = ['max', 'achieved', 'self', 'appraisal', 'survey', 'total', 'deducted', 'percent']

// "(1)", "2", "A", "3=1+2": a row that only numbers the columns
const NUMBERING_CELL = /^\(?(?:\d{1,2}|[A-Z])\)?(?:\s*[=+\-*x]\s*\(?(?:\d{1,2}|[A-Z])\)?)*$/u
const isNumberingRow = (texts: readonly string[]) => texts.some(Boolean) && texts.every((t) => !t || NUMBERING_CELL.test(t))

function isHeadingRow(texts: readonly string[]): boolean {
  const filled = texts.filter(Boolean)
  if (filled.length === 0) return false
  // figures first: a row of them is data whatever its words (and the lexicon need not read it)
  if (!filled.every((t) => !/\d{2,}|\d[.,]\d/u.test(t.replace(/\(\s*%\s*\)|\d\s*\/\s*\d/gu, '')))) return false
  const known = filled.filter((t) => HEADINGS.leads(t) !== null || closestPhrase(t, FUZZY)).length
  return known >= Math.max(1, Math.ceil(filled.length / 2))
}

function headerRowCount(g: Grid): number {
  let n = 0
  while (n < g.rows.length) {
    const texts = g.rows[n].map(cellText)
    if (g.table.rows[n].header || isHeadingRow(texts) || (n > 0 && isNumberingRow(texts))) n++
    else break
  }
  return n
}

// The role a heading names by itself (before the table's other columns settle "Nội dung", "Đơn vị"…).
// A heading the lexicon does not know as written is tried as a misspelling of one of its phrases.
// A phrase read as written over the whole heading wins; then the whole heading as a misspelt
// phrase ("Điểm tôi đa" is "điểm tối đa", not the "điểm" it starts with); then the phrase it opens with.
const ROLES = memoTable<string, Role | null>() // a continued table repeats its headings (memo.ts)
export function headingRole(heading: string): Role | null {
  return remember(ROLES, heading, roleOfHeading)
}
function roleOfHeading(heading: string): Role | null {
  if (!heading) return null
  const exact = HEADINGS.classify(heading)
  if (exact && exact.index === 0 && exact.length >= heading.trimEnd().length) return exact.cls
  return closestPhrase(heading, FUZZY)?.cls ?? exact?.cls ?? null
}
const roleOf = headingRole

const ROLE_OF_KIND: Partial<Record<CellKind, Role>> = {
  code: 'code', deadline: 'deadline', date: 'deadline', agency: 'owner', status: 'progress', class: 'class', percent: 'percent',
}

// `before`: the data table right above. A table without a header row of its own and as wide as
// it is its continuation (after a page or section break that did not repeat the header).
export function classifyColumns(t: TableView, before?: Columns): Columns {
  const grid = gridOf(t)
  const headerRows = headerRowCount(grid)
  if (headerRows === 0 && before && before.kinds.size > 0 && before.grid.width === grid.width) {
    return { ...before, grid, headerRows: 0, unknown: [], items: itemColumn(grid, 0) }
  }
  const headings: string[] = []
  for (let c = 0; c < grid.width; c++) {
    const parts: string[] = []
    for (let r = 0; r < headerRows; r++) {
      const text = cellText(grid.rows[r][c])
      if (text && !parts.includes(text) && !isNumberingRow([text])) parts.push(text)
    }
    headings.push(parts.join(' '))
  }
  const roles: (Role | null)[] = headings.map(roleOf)
  // what most cells of a column hold, asked of the same column more than once: read once
  const columnKinds = new Map<number, CellKind | null>()
  const kindOf = (c: number): CellKind | null => {
    let k = columnKinds.get(c)
    if (k === undefined) columnKinds.set(c, k = dominantKind(columnTexts(grid, c, headerRows)))
    return k
  }
  const unknown: { col: number; heading: string; inferred: Role | null }[] = []
  roles.forEach((role, c) => {
    if (role) return
    const kind = kindOf(c)
    const inferred = kind ? ROLE_OF_KIND[kind] ?? (kind === 'text' ? null : null) : null
    roles[c] = inferred
    if (headings[c] || inferred) unknown.push({ col: c, heading: headings[c], inferred })
  })
  resolve(roles, headings, kindOf)
  const items = itemColumn(grid, headerRows)
  const has = (r: Role) => roles.includes(r) || (items >= 0 && r === 'criterion')
  const kinds = new Set<TableKind>()
  const points = POINT_ROLES.some(has)
  if (has('agency') && (points || has('rank')) && !has('code') && !has('criterion')) kinds.add('ranking')
  else if ((has('code') || has('criterion')) && (points || pointsInCriteria(grid, headerRows, roles.indexOf('criterion'), headings))) kinds.add('scoring')
  if ((has('task') || has('criterion') || has('code')) && (has('owner') || has('deadline') || has('coordinator') || has('progress') || has('status'))) kinds.add('tasks')
  const critHeading = headings[roles.indexOf('criterion')] ?? ''
  const pairOrder = /toi da\s*\/\s*(?:diem\s+)?dat/.test(foldAscii(critHeading)) ? 'max/achieved' : 'achieved/max'
  return { grid, roles, headings, headerRows, kinds, pairOrder, unknown, items }
}

// The column whose cells cite criteria as items, in the most rows.
function itemColumn(g: Grid, headerRows: number): number {
  let best = -1, bestCount = 0
  for (let c = 0; c < g.width; c++) {
    let n = 0
    for (let r = headerRows; r < g.rows.length; r++) {
      const cell = g.rows[r][c]
      if (cell && (c === 0 || g.rows[r][c - 1] !== cell) && itemMentions(cell.units).length) n++
    }
    if (n > bestCount) { best = c; bestCount = n }
  }
  return best
}

// Settles what headings alone cannot: "Nội dung" is the criterion beside points and the task
// beside owners; "Đơn vị" is the agency ranked, or the owner of a task; a criterion column of
// bare codes is the code column; a numbered column of codes in a scoring table is the code column.
function resolve(roles: (Role | null)[], headings: readonly string[], kindOf: (c: number) => CellKind | null): void {
  const has = (r: Role) => roles.includes(r)
  const points = POINT_ROLES.some(has)
  const taskish = has('owner') || has('deadline') || has('coordinator')
  roles.forEach((r, c) => {
    if (r === 'content') roles[c] = points || !taskish || has('task') ? (has('criterion') ? 'task' : 'criterion') : 'task'
    if (r === 'agency' && taskish && !points) roles[c] = 'owner'
    if (r === 'owner' && points && !taskish && !/chu tri|thuc hien|phu trach/.test(foldAscii(headings[c]))) roles[c] = 'agency'
  })
  // a criterion column holding only codes is the code column; the title is the next free text column
  const crit = roles.indexOf('criterion')
  if (crit >= 0 && kindOf(crit) === 'code') {
    roles[crit] = has('code') ? roles[crit] : 'code'
    if (roles[crit] === 'code') {
      const next = roles.findIndex((r, c) => c > crit && (r === null || r === 'task' || r === 'reason') && kindOf(c) === 'text')
      if (next >= 0 && !points) { /* a task table: the code column names the criterion, the task stays the task */ }
      else if (next >= 0) roles[next] = 'criterion'
    }
  }
  if (!has('code') && points) {
    const stt = roles.indexOf('stt')
    if (stt >= 0 && kindOf(stt) === 'code') roles[stt] = 'code'
  }
  // appraisal, self-assessed and total points stand for "achieved" where no column says so
  if (!has('achieved')) {
    const stand = (['total', 'appraisal', 'self'] as Role[]).map((r) => roles.indexOf(r)).find((i) => i >= 0)
    if (stand !== undefined) roles[stand] = 'achieved'
  }
  // a note column holds the reasons where no column is headed so
  if (!has('reason') && points && has('note')) roles[roles.indexOf('note')] = 'reason'
}

// "Tiêu chí bị trừ điểm (điểm tối đa/điểm đạt)" over "TCTP 2.3.1: … (1,0/0,5)": the criterion
// cells carry the points.
function pointsInCriteria(g: Grid, headerRows: number, col: number, headings: readonly string[]): boolean {
  if (col < 0) return false
  if (/\(\s*diem[^)]*\/[^)]*\)/.test(foldAscii(headings[col]))) return true
  const texts = columnTexts(g, col, headerRows).filter(Boolean)
  return texts.length > 0 && texts.filter((t) => /\(\s*\d+(?:[.,]\d+)?\s*\/\s*\d+(?:[.,]\d+)?\s*(?:điểm|đ)?\s*\)/u.test(t)).length >= texts.length / 2
}
