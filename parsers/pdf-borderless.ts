// Tables drawn without borders (a Word table in a plain style, printed by LibreOffice): no
// rulings to find, but every cell keeps its text inside its column, so down the whole table the
// columns are separated by vertical strips that no text crosses. A run of lines whose text
// leaves at least two such strips open is a table; its rows begin where a line stands further
// below the one before than the lines inside a cell do, or where the first column starts a new
// number ("I", "1", "1.1.2"). The table then goes the way of a ruled one (pdf-tables).
import type { PdfItem, PdfPage } from './pdf-engine.ts'
import type { PageTable, RawCell, RawRow } from './pdf-table-cells.ts'
import { buildLines, median, type PdfLine } from './pdf-text-lines.ts'

type Gap = readonly [number, number]

const MIN_COLUMNS = 3
const ROW_NUMBER = /^(?:[IVX]{1,5}|\d{1,3}(?:\.\d{1,2}){0,4}|[a-zđ])[.)]?$/u

const solid = (l: PdfLine): PdfItem[] => l.items.filter((it) => it.str.trim() !== '')

// Strips between min and max x that none of the items covers, at least `width` wide.
function gapsOf(items: readonly PdfItem[], width: number): Gap[] {
  const spans = items.map((it) => [it.x, it.x + it.w] as const).sort((a, b) => a[0] - b[0])
  const out: Gap[] = []
  let end = -Infinity
  for (const [a, b] of spans) {
    if (end > -Infinity && a - end >= width) out.push([end, a])
    end = Math.max(end, b)
  }
  return out
}

// Clusters of a line's items separated by more than half an em: a line with three or more is a
// candidate row of a table.
function clusters(l: PdfLine): number {
  const items = solid(l).sort((a, b) => a.x - b.x)
  let n = 0
  let end = -Infinity
  for (const it of items) {
    if (it.x - end > 0.5 * it.size) n++
    end = Math.max(end, it.x + it.w)
  }
  return n
}

interface Region { from: number; to: number; gaps: Gap[] } // lines [from, to)

function grow(lines: readonly PdfLine[], seed: number, minGap: number, pitch: number): Region | null {
  let items = solid(lines[seed])
  let gaps = gapsOf(items, minGap)
  if (gaps.length < MIN_COLUMNS - 1) return null
  let from = seed
  let to = seed + 1
  const overlaps = (a: Gap, b: Gap) => a[0] < b[1] && a[1] > b[0]
  const accepts = (l: PdfLine, neighbour: PdfLine): Gap[] | null => {
    if (Math.abs(l.y - neighbour.y) > 1.6 * pitch || l.page !== neighbour.page) return null
    const next = gapsOf([...items, ...solid(l)], minGap)
    // every strip stays open (it may narrow): the line keeps to the columns; a strip may also
    // open where a column not met yet shows (cells centred down their rows leave a column empty
    // on many lines), as long as none closes
    return gaps.every((g) => next.some((n) => overlaps(n, g))) && next.length >= gaps.length ? next : null
  }
  for (let g = to < lines.length ? accepts(lines[to], lines[to - 1]) : null; g; g = to < lines.length ? accepts(lines[to], lines[to - 1]) : null) {
    items = [...items, ...solid(lines[to])]; gaps = g; to++
  }
  for (let g = from > 0 ? accepts(lines[from - 1], lines[from]) : null; g; g = from > 0 ? accepts(lines[from - 1], lines[from]) : null) {
    items = [...items, ...solid(lines[from - 1])]; gaps = g; from--
  }
  return { from, to, gaps }
}

function cellsOf(rowLines: readonly PdfLine[], bounds: readonly number[], page: PdfPage): RawCell[] {
  const buckets = bounds.map((): PdfItem[] => [])
  for (const l of rowLines) {
    for (const it of solid(l)) {
      const mid = it.x + Math.min(it.w / 2, 2)
      let k = bounds.length - 1
      while (k > 0 && mid < bounds[k]) k--
      buckets[k].push(it)
    }
  }
  return buckets.map((items, col) => ({
    col, colSpan: 1, x0: bounds[col], x1: bounds[col + 1] ?? Infinity,
    lines: items.length ? buildLines(items, page.num, page.fonts) : [], partStarts: new Map(),
  }))
}

function split(lines: readonly PdfLine[], starts: (l: PdfLine, i: number) => boolean): PdfLine[][] {
  const groups: PdfLine[][] = []
  lines.forEach((l, i) => { if (starts(l, i) || groups.length === 0) groups.push([l]); else groups[groups.length - 1].push(l) })
  return groups
}

function toTable(lines: readonly PdfLine[], r: Region, page: PdfPage): PageTable | null {
  const own = lines.slice(r.from, r.to)
  const x0 = Math.min(...own.flatMap((l) => solid(l).map((it) => it.x)))
  const x1 = Math.max(...own.flatMap((l) => solid(l).map((it) => it.x + it.w)))
  const bounds = [x0, ...r.gaps.map((g) => g[1])]
  const pitches = own.slice(1).map((l, i) => l.y - own[i].y).sort((a, b) => a - b)
  const base = pitches[Math.floor(pitches.length / 4)] ?? own[0].size
  const firstColumn = (l: PdfLine) => solid(l).filter((it) => it.x < bounds[1]).map((it) => it.str).join(' ').trim()
  // The space that parts rows is measured against a whole line's step: where cells are centred
  // down their rows, lines of neighbouring cells interleave at half steps (at most two of them).
  const step = Math.max(base, Math.min(...pitches.filter((p) => p >= 0.9 * own[0].size), 2 * base))
  const apart = (l: PdfLine, i: number) => i === 0 || l.y - own[i - 1].y > 1.15 * step
  const numbered = (l: PdfLine) => ROW_NUMBER.test(firstColumn(l))
  // Rows begin below a space wider than the lines' own, or at a row number; but where the spaces
  // alone cut the table into rows of one number each, the numbers stand in the middle of their
  // rows (cells centred down the row) and the spaces alone tell the rows.
  const byGaps = split(own, apart)
  const centred = byGaps.length > 2 && byGaps.slice(1).every((g) => g.filter(numbered).length === 1) && byGaps.some((g) => !numbered(g[0]))
  const groups = centred ? byGaps : split(own, (l, i) => apart(l, i) || numbered(l))
  const rows: RawRow[] = []
  groups.forEach((g, i) => {
    const cells = cellsOf(g, bounds, page)
    const filled = cells.filter((c) => c.lines.length > 0).length
    // a paragraph break inside one cell is not a row: it goes on in the row above
    if (i >= 2 && cells[0].lines.length === 0 && filled === 1) {
      const prev = rows[rows.length - 1]
      prev.cells.forEach((c, k) => { if (cells[k].lines.length) c.lines = [...c.lines, ...cells[k].lines] })
      return
    }
    rows.push({ cells })
  })
  if (rows.length < 2) return null
  return { page: page.num, x0, x1, y0: own[0].y - own[0].size, y1: own[own.length - 1].y, columns: bounds.length, colXs: bounds, rows }
}

export function findBorderlessTables(lines: readonly PdfLine[], page: PdfPage): { tables: PageTable[]; rest: PdfLine[] } {
  const tables: PageTable[] = []
  const taken = new Set<number>()
  const size = median(lines.map((l) => l.size)) || 12
  const pitches = lines.slice(1).map((l, i) => l.y - lines[i].y).filter((p) => p > 0.5 * size)
  const pitch = pitches.length ? Math.min(...pitches.filter((p) => p >= 0.9 * size), 1.4 * size) : 1.2 * size
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i) || clusters(lines[i]) < MIN_COLUMNS) continue
    const region = grow(lines, i, 0.3 * size, pitch)
    if (!region) continue
    const seeds = lines.slice(region.from, region.to).filter((l) => clusters(l) >= MIN_COLUMNS).length
    const table = seeds >= 2 ? toTable(lines, region, page) : null
    if (!table) continue
    tables.push(table)
    for (let k = region.from; k < region.to; k++) taken.add(k)
    i = region.to - 1
  }
  return { tables, rest: lines.filter((_, i) => !taken.has(i)) }
}
