import type { Status } from '../../schemas/record.ts'
import type { Linear, Unit } from '../linearize.ts'
import { foldAscii } from '../text/normalize.ts'
import { NUM, parseViNumber } from '../text/numbers.ts'
import { findMentions, isAncestor, type Mention } from './criteria.ts'
import { readDetails, readStatement, type Statement } from './statement.ts'
import { classifyStatus } from './status.ts'
import { phraseClasses } from '../lexicon/lexicon.ts'
import { FOLLOWER_LABELS } from '../lexicon/phrases.ts'

// Criterion items that lost points. An item counts when its own words show a loss (bị trừ,
// mất, đạt a/b with a < b) or when it is listed where the document enumerates deductions
// ("bị trừ 2,3 điểm tại 5 TCTP:", "tiêu chí … không đạt điểm tối đa", a remediation table of
// "tồn tại, hạn chế"). Task tables and solution sections cite criteria without a loss.

export interface Draft extends Statement {
  code: string | null
  level: 'TCTP' | 'TC' | null
  unit: Unit
  start: number // span in the record text
  end: number
  mention: Mention
  status?: Status | null // a remediation table's row states it
}

const DEFICIT_CUE = /bi tru|mat \d|mat diem|khong dat diem toi da|chua dat diem toi da|diem yeu|ton tai,? han che|tieu chi bi tru|bi mat diem|han che,? thieu sot/
const SOLUTION_CUE = /giai phap|nhiem vu|to chuc thuc hien|muc tieu|phuong huong|kien nghi|de xuat|ke hoach nang cao|khac phuc/
const SECTION_RE = /^(?:[IVX]+\.|\d+(?:\.\d+)*\.?\s|[a-zđ]\)\s)/u
const SUMMARY_RE = /^(?:Như vậy|Vậy|Tổng|Trên đây|Nhìn chung|Tóm lại)/u
const SINGLE_RE = new RegExp(String.raw`trừ\s+(${NUM})\s*điểm\s+tại\s+(?:01|1)\s+(?:TCTP|TC|tiêu chí)`, 'iu')
const PRE_DEDUCT_RE = new RegExp(String.raw`(?:bị\s+)?(?:trừ|mất)\s+(${NUM})\s*điểm\s+(?:tại|ở)\s*$`, 'iu')

// "- 1.5.3. Sáng kiến … (bị trừ 2 điểm)": a bulleted bare code, accepted only with a stated loss.
const BARE_ITEM_RE = /^([-+•]\s*)?(\d{1,2}(?:\.\d{1,2}){1,4})\.?(?=\s+\S)/u
function bareMention(u: Unit): Mention | null {
  const m = BARE_ITEM_RE.exec(u.text)
  if (!m || (!m[1] && u.kind !== 'list_item')) return null
  const index = m[1]?.length ?? 0
  return { index, end: m[0].length, marker: '', code: m[2], level: null, quoted: false, itemStart: true }
}

const isBoundary = (u: Unit) => u.kind === 'heading' || (u.cell === null && SECTION_RE.test(u.text))

function isPlainFollower(u: Unit | undefined, from: Unit): u is Unit {
  if (!u || !u.text || u.layout || u.kind === 'heading') return false
  if (from.cell && (!u.cell || u.cell.table !== from.cell.table || u.cell.row !== from.cell.row || u.cell.col !== from.cell.col)) return false
  if (!from.cell && u.cell) return false
  if (/^[-+•·–]/u.test(u.text) || SECTION_RE.test(u.text) || SUMMARY_RE.test(u.text)) return false
  return !findMentions(u.text).some((m) => m.itemStart)
}

function nextNonEmpty(units: readonly Unit[], i: number): Unit | undefined {
  for (let k = i + 1; k < units.length; k++) if (units[k].text) return units[k]
  return undefined
}

function hasLoss(s: Statement, text: string): boolean {
  if (s.deducted !== null && s.deducted > 0) return true
  if (s.achieved !== null && s.max !== null && s.achieved < s.max) return true
  return /không đạt|chưa đạt|bị trừ|mất điểm/iu.test(text)
}

const LABELS = phraseClasses(FOLLOWER_LABELS)

// "Nguyên nhân: …" → the label's class and where its text starts
function labelOf(text: string): { cls: keyof typeof FOLLOWER_LABELS; bodyAt: number } | null {
  const label = LABELS.classify(text)
  const colon = label && label.index === 0 ? /^\s*:\s*/u.exec(text.slice(label.length)) : null
  return label && colon ? { cls: label.cls, bodyAt: label.length + colon[0].length } : null
}

// Paragraphs right after an item that say more about it under a label: "Nguyên nhân: …" (the
// reason), "Kết quả khắc phục: Đã khắc phục. …" (its status). Returns where the last one ends.
function readLabelled(lin: Linear, u: Unit, stmt: Statement & { status?: Status | null }): number {
  let end = u.end
  for (let k = u.index + 1, seen = 0; k < lin.units.length && seen < 4; k++) {
    const next = lin.units[k]
    if (!next.text) continue
    if (!isPlainFollower(next, u)) break
    const label = labelOf(next.text)
    if (!label) { if (seen > 0) break; seen++; continue }
    const body = next.text.slice(label.bodyAt).trim()
    if (label.cls === 'reason' && stmt.reason === null && body) { stmt.reason = body; stmt.reasonStart = next.end - body.length - u.start }
    if (label.cls === 'progress' && body) stmt.status = classifyStatus(body)
    end = next.end
    seen++
  }
  return end
}

export function findDrafts(lin: Linear, bodyStart: number): Draft[] {
  const drafts: Draft[] = []
  let deficit = false
  let single: number | null = null
  const deficitTables = new Set<number>()
  for (const t of lin.tables) {
    // only the header rows: a first data row about "tồn tại hạn chế" does not make a task table a deficiency list
    const headRows = t.rows.filter((r) => r.header)
    const head = foldAscii((headRows.length ? headRows : t.rows.slice(0, 1)).flatMap((r) => r.cells.map((c) => c.text)).join(' '))
    if (DEFICIT_CUE.test(head)) deficitTables.add(t.index)
  }
  for (const u of lin.units) {
    if (u.index < bodyStart || u.layout || !u.text) continue
    const folded = lin.folded.slice(u.start, u.end)
    if (isBoundary(u) && SOLUTION_CUE.test(folded) && !DEFICIT_CUE.test(folded)) deficit = false
    if (u.cell === null && DEFICIT_CUE.test(folded)) deficit = true
    const found = findMentions(u.text).filter((m) => m.itemStart)
    const bare = found.length === 0 && deficit && u.cell === null ? bareMention(u) : null
    const mentions = bare ? [bare] : found
    mentions.forEach((m, i) => {
      const stop = i + 1 < mentions.length ? mentions[i + 1].index : u.text.length
      const stmt = readStatement(u.text.slice(m.end, stop))
      const shift = (n: number | null) => (n === null ? null : n + m.end)
      stmt.titleStart = shift(stmt.titleStart)
      stmt.reasonStart = shift(stmt.reasonStart)
      const pre = PRE_DEDUCT_RE.exec(u.text.slice(0, m.index))
      if (pre) stmt.deducted ??= parseViNumber(pre[1])
      let end = u.start + stop
      if (stmt.reason === null && i === mentions.length - 1) {
        const next = nextNonEmpty(lin.units, u.index)
        if (isPlainFollower(next, u) && !labelOf(next.text)) {
          const before = { ...stmt }
          readDetails(next.text, stmt, 0, true)
          if (stmt.reasonStart !== null && before.reasonStart === null) stmt.reasonStart = next.start - u.start + stmt.reasonStart
          end = next.end
        }
      }
      if (i === mentions.length - 1 && u.cell === null) end = Math.max(end, readLabelled(lin, u, stmt))
      const inDeficitTable = u.cell !== null && deficitTables.has(u.cell.table)
      const listed = ((u.cell === null && deficit) || inDeficitTable) && m !== bare
      if (!hasLoss(stmt, u.text.slice(m.end, stop)) && !listed) return
      if (single !== null) { stmt.deducted ??= single; single = null }
      drafts.push({ ...stmt, code: m.code, level: m.level, unit: u, start: u.start + m.index, end, mention: m })
    })
    const sm = SINGLE_RE.exec(u.text)
    single = sm ? parseViNumber(sm[1]) : mentions.length ? null : single
  }
  return drafts
}

// Codes with descendants in the same document are aggregates (criteria groups), not leaves.
export function splitAggregates(drafts: Draft[]): { leaves: Draft[]; aggregates: Draft[] } {
  const codes = drafts.map((d) => d.code).filter((c): c is string => c !== null)
  const isAgg = (d: Draft) => d.code !== null && codes.some((c) => isAncestor(d.code!, c))
  return { leaves: drafts.filter((d) => !isAgg(d)), aggregates: drafts.filter(isAgg) }
}
