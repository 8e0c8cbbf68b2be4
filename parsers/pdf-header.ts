// The official header on page 1: a borderless two-column table whose rows share baselines, so the
// text flow reads them interleaved ("Số: 1073 /KH-SNgV Thừa Thiên Huế, ngày 18 …"). Left: parent
// authority (optional), issuing agency, "Số: …" (and "V/v …"); right: the two motto lines and the
// place-date. Emitted as one 'layout' table: one row, two cells.
import type { TableBlock } from '../schemas/document-model.ts'
import type { PdfPage } from './pdf-engine.ts'
import { columnGap, isMotto, isPlaceDate, splitAt, splitMergedText } from './pdf-layout.ts'
import { layoutBlock } from './table-role.ts'
import { isDocTypeLine } from './pdf-paragraphs.ts'
import { continuesColumn, joinWrapped } from './pdf-header-wrap.ts'
import type { PageTable } from './pdf-table-cells.ts'
import type { PdfLine } from './pdf-text-lines.ts'

export interface HeaderResult {
  readonly block: TableBlock
  readonly consumed: number // how many leading lines of the page it took
}

const NUMBER_LINE = /(^|\s)Số\s*:/u
const SCAN = 8

export function takeHeader(lines: readonly PdfLine[], page: PdfPage): HeaderResult | null {
  if (page.num !== 1 || lines.length === 0) return null
  let end = -1
  let anchored = false
  for (let i = 0; i < Math.min(SCAN, lines.length); i++) {
    const t = lines[i].text
    if (isDocTypeLine(t)) break // "KẾ HOẠCH", "BÁO CÁO": the header is above
    if (isMotto(t) || NUMBER_LINE.test(t)) anchored = true
    if (isMotto(t) || NUMBER_LINE.test(t) || isPlaceDate(t)) end = i
  }
  if (!anchored || end < 0) return null
  // a subject line "V/v …" (công văn) under the number belongs to the left column
  while (end + 1 < lines.length && end + 1 < SCAN + 2 && /^V\/v\b/iu.test(lines[end + 1].text)) end++
  let region = lines.slice(0, end + 1)
  const gap = columnGap(region.flatMap((l) => l.items), 0.2 * page.width, 0.8 * page.width)
  if (gap !== null) {
    while (end + 1 < lines.length && !isDocTypeLine(lines[end + 1].text) && continuesColumn(lines[end], lines[end + 1], gap)) end++
    region = lines.slice(0, end + 1)
  }
  const items = region.flatMap((l) => l.items)
  let left: string[]
  let right: string[]
  if (gap !== null) {
    const cols = splitAt(items, gap, page.num, page.fonts)
    const margin = { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) }
    left = joinWrapped(cols.left, gap - margin.left)
    right = joinWrapped(cols.right, margin.right - gap)
  } else {
    left = []
    right = []
    for (const l of region) {
      if (l.x0 > page.width / 2) right.push(l.text)
      else left.push(l.text)
    }
  }
  // one run spanning both columns: move the motto / place-date tail to the right column
  const fixed: string[] = []
  const moved: string[] = []
  for (const t of left) {
    const parts = splitMergedText(t)
    if (parts) { fixed.push(parts[0]); moved.push(parts[1]) } else fixed.push(t)
  }
  right = mergeOrdered(right, moved)
  return { block: layoutBlock(fixed.filter(Boolean), right.filter(Boolean), page.num), consumed: end + 1 }
}

// Keeps the right column in header order: motto lines first, then the place-date.
function mergeOrdered(right: string[], moved: string[]): string[] {
  if (moved.length === 0) return right
  const all = [...right, ...moved]
  const rank = (t: string): number => (/^(CỘNG HÒA|CỘNG HOÀ)/u.test(t) ? 0 : /^Độc lập/u.test(t) ? 1 : 2)
  return all.map((t, i) => [t, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([t]) => t)
}

// A header drawn as a ruled table (borders left visible): its first column is the left cell.
export function headerFromTable(t: PageTable): TableBlock | null {
  const cells = t.rows.flatMap((r) => r.cells)
  if (t.page !== 1 || t.columns !== 2 || !cells.some((c) => c.lines.some((l) => isMotto(l.text)))) return null
  const texts = (col: number): string[] =>
    t.rows.flatMap((r) => r.cells.filter((c) => (c.col === 0) === (col === 0)).flatMap((c) => c.lines.map((l) => l.text)))
  return layoutBlock(texts(0), texts(1), t.page)
}
