// Criterion codes down a table's first column follow the order of the index (1.2, 1.2.1, 1.3,
// 1.4 …). OCR misreads a digit of one now and then ("1.3" read "1.5", "3.1" read "34.1"), which
// gives its row to the wrong criterion. Where a code does not fit between the codes above and
// below it, and the one code that would fit there (the next one's previous sibling, or its parent)
// is a single character away from what was read, that code is what the cell holds. Only for
// text read by OCR: a born-digital document says what it says.
import type { Block, TableBlock } from '../schemas/document-model.ts'
// natural's edit distance, from its own file (its entry point prints and loads slowly)
import { LevenshteinDistance } from 'natural/lib/natural/distance/index.js'

const CODE = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?$/

const parts = (code: string): number[] => code.replace(/\.$/, '').split('.').map(Number)

// numeric order of two codes, a parent before its children
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}


// The code expected between `above` and `below`, or null when none or several could be.
function expected(above: readonly number[], below: readonly number[]): number[] | null {
  const last = below[below.length - 1]
  const candidate = last > 1 ? [...below.slice(0, -1), last - 1] : below.length > 1 ? below.slice(0, -1) : null
  return candidate && compare(above, candidate) < 0 ? candidate : null
}

export function repairCodeOrder(blocks: readonly Block[]): { blocks: Block[]; repaired: string[] } {
  const repaired: string[] = []
  const out = blocks.map((b) => (b.type === 'table' && b.role === 'data' ? repairTable(b, repaired) : b))
  return { blocks: out, repaired }
}

function repairTable(t: TableBlock, repaired: string[]): TableBlock {
  const codes = t.rows
    .map((r, row) => ({ row, text: (r.cells[0]?.paragraphs ?? []).join(' ').trim() }))
    .filter((c) => CODE.test(c.text))
  const fixes = new Map<number, string>()
  for (let i = 1; i + 1 < codes.length; i++) {
    const above = parts(codes[i - 1].text)
    const read = parts(codes[i].text)
    const below = parts(codes[i + 1].text)
    if (compare(above, read) < 0 && compare(read, below) < 0) continue // in order: as read
    const want = expected(above, below)
    if (!want) continue
    const code = want.join('.')
    if (LevenshteinDistance(codes[i].text.replace(/\.$/, ''), code) !== 1) continue
    fixes.set(codes[i].row, code)
    repaired.push(`${codes[i].text} → ${code}`)
    codes[i] = { ...codes[i], text: code } // the next code is judged against the repaired one
  }
  if (fixes.size === 0) return t
  return {
    ...t,
    rows: t.rows.map((r, row) => {
      const code = fixes.get(row)
      return code === undefined ? r : { ...r, cells: [{ ...r.cells[0], paragraphs: [code] }, ...r.cells.slice(1)] }
    }),
  }
}

export const codeOrderWarning = (repaired: readonly string[]): { code: string; message: string }[] =>
  repaired.length ? [{ code: 'ocr_codes_repaired', message: `codes out of the order of their table's column taken as the code that fits there (${repaired.join(', ')})` }] : []
