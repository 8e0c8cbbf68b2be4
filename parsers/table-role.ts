import type { Block, TableBlock } from '../schemas/document-model.ts'

// The official header (Decree 30/2020 layout): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and
// "Số: …". Older documents place the tone mark as "HOÀ".
const OFFICIAL_HEADER = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|(?:^|\s)Số\s*:/imu
const RECIPIENTS = /Nơi\s+nhận/iu
// A signer title in capitals: "CHỦ TỊCH", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN".
const MAX_SIGNATURE_PARAGRAPHS = 10

const paragraphsOf = (table: TableBlock): string[] =>
  table.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))

const isCapitalTitle = (s: string): boolean => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi')

// A borderless one-row table with the signer's title on the right, as repeated after an
// appendix; it carries no "Nơi nhận" but is still the closing block.
function isSignatureBlock(table: TableBlock): boolean {
  if (table.rows.length !== 1 || table.rows[0].header) return false
  const cells = table.rows[0].cells
  if (cells.length > 2) return false
  const last = cells[cells.length - 1].paragraphs.filter((p) => p.trim() !== '')
  const others = cells.slice(0, -1).flatMap((c) => c.paragraphs).filter((p) => p.trim() !== '')
  return last.length > 0 && last.length <= MAX_SIGNATURE_PARAGRAPHS && others.length === 0 && isCapitalTitle(last[0])
}

// Sets each table's role: the first table holding the official header and any closing
// (recipients | signer) table are layout; everything else is data.
export function assignTableRoles(blocks: Block[]): Block[] {
  let headerSeen = false
  return blocks.map((block) => {
    if (block.type !== 'table') return block
    const text = paragraphsOf(block).join('\n')
    let role: TableBlock['role'] = 'data'
    if (!headerSeen && OFFICIAL_HEADER.test(text)) {
      headerSeen = true
      role = 'layout'
    } else if (RECIPIENTS.test(text) || isSignatureBlock(block)) {
      role = 'layout'
    }
    return { ...block, role }
  })
}

// The borderless two-column layout table (official header, closing block) as every format
// rebuilds it: one row, the agency or recipients side left, the motto or signer side right.
export function layoutBlock(left: readonly string[], right: readonly string[], page?: number): TableBlock {
  const cell = (ps: readonly string[]) => ({ paragraphs: ps.length ? [...ps] : [''], colSpan: 1 })
  return { type: 'table', role: 'layout', ...(page !== undefined ? { page } : {}), rows: [{ cells: [cell(left), cell(right)], header: false }] }
}
