import { MOTTO_LINE_RE as MOTTO } from '../extract/fields/header.ts'
import type { TableBlock } from '../schemas/document-model.ts'
import { layoutBlock } from './table-role.ts'

// The official header typed as two columns side by side on the same lines, a tab or a run of
// spaces between them (text exports, e-mails, a header laid out with tab stops):
//   UBND TỈNH QUẢNG BÌNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
//       SỞ NỘI VỤ                   Độc lập - Tự do - Hạnh phúc
//   Số: 77/KH-SNV              Quảng Bình, ngày 10 tháng 01 năm 2020
// Read as the one-row, two-cell layout table the other formats give: agency side left, motto
// and place-date right.

const PLACE_DATE = /^[\p{Lu}][\p{L}\s.-]{1,40},\s*ngày\b/u
const DOC_TYPE = /^\s*(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|CÔNG VĂN|THÔNG BÁO|TỜ TRÌNH|NGHỊ QUYẾT|CHỈ THỊ)\s*$/u
const GAP = /\t+|\s{3,}/u
const MAX_LINES = 8

const isRight = (text: string): boolean => MOTTO.test(text) || PLACE_DATE.test(text)

function split(line: string): [string, string] | null {
  const trimmed = line.trim()
  const m = GAP.exec(trimmed)
  if (!m || m.index === 0) return null
  const left = trimmed.slice(0, m.index).trim()
  const right = trimmed.slice(m.index + m[0].length).trim()
  return left && right && !GAP.test(right) ? [left, right] : null
}

export function readTextHeader(lines: readonly string[], start: number): { block: TableBlock; next: number } | null {
  const left: string[] = []
  const right: string[] = []
  let sideBySide = false
  let i = start
  for (; i < lines.length && i - start < MAX_LINES; i++) {
    const line = lines[i]
    if (line.trim() === '' || DOC_TYPE.test(line)) break
    if (/^\s*[|+<]/u.test(line)) return null // a drawn table (grid, pipe or HTML) is read as a table
    const parts = split(line)
    if (parts && isRight(parts[1]) && !isRight(parts[0])) { left.push(parts[0]); right.push(parts[1]); sideBySide = true }
    else if (isRight(line.trim())) right.push(line.trim())
    else if (!parts) left.push(line.trim())
    else return null // two columns of something else: a table, not the header
  }
  if (!sideBySide || !right.some((t) => MOTTO.test(t))) return null
  return { block: layoutBlock(left, right), next: i }
}
