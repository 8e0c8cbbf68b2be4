import type { Block } from './types.ts'

// A ruled table: every cell boxed with drawn lines (what pdf-parse's table detection keys on),
// header rows repeated at the top of each page the table continues on.

type Doc = PDFKit.PDFDocument
const PAD = 4
const SIZE = 10.5
const GAP = 2

function cellHeight(doc: Doc, paras: readonly string[], width: number, font: string): number {
  doc.font(font).fontSize(SIZE)
  if (!paras.length) return doc.currentLineHeight(true)
  return paras.reduce((h, t) => h + doc.heightOfString(t || ' ', { width }) + GAP, -GAP)
}

function rule(doc: Doc, x1: number, y1: number, x2: number, y2: number): void {
  doc.moveTo(x1, y1).lineTo(x2, y2).stroke()
}

export function drawTable(doc: Doc, b: Extract<Block, { t: 'table' }>): void {
  const x0 = doc.page.margins.left
  const W = doc.page.width - x0 - doc.page.margins.right
  const total = b.widths.reduce((s, w) => s + w, 0)
  const widths = b.widths.map((w) => (w / total) * W)
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [x0])
  const bottom = () => doc.page.height - doc.page.margins.bottom
  doc.lineWidth(0.6)

  const drawRow = (cells: readonly (readonly string[])[], head: boolean, topRule: boolean): void => {
    const font = head ? 'B' : 'R'
    const h = Math.max(...cells.map((c, i) => cellHeight(doc, c, widths[i] - 2 * PAD, font))) + 2 * PAD
    const y = doc.y
    cells.forEach((paras, i) => {
      let yy = y + PAD
      doc.font(font).fontSize(SIZE)
      for (const t of paras) {
        doc.text(t, xs[i] + PAD, yy, { width: widths[i] - 2 * PAD, align: head || i === 0 ? 'center' : 'left' })
        yy = doc.y + GAP
      }
    })
    if (topRule) rule(doc, x0, y, x0 + W, y)
    rule(doc, x0, y + h, x0 + W, y + h)
    for (const x of xs) rule(doc, x, y, x, y + h)
    doc.x = x0
    doc.y = y + h
  }

  const heights = (cells: readonly (readonly string[])[], font: string) =>
    Math.max(...cells.map((c, i) => cellHeight(doc, c, widths[i] - 2 * PAD, font))) + 2 * PAD
  const headHeight = b.head.reduce((s, r) => s + heights(r.map((t) => [t]), 'B'), 0)
  const drawHead = () => b.head.forEach((r, i) => drawRow(r.map((t) => [t]), true, i === 0))

  if (doc.y + headHeight + 40 > bottom()) doc.addPage()
  doc.y += 4
  drawHead()
  for (const row of b.rows) {
    const h = heights(row, 'R')
    if (doc.y + h > bottom()) {
      doc.addPage()
      drawHead()
    }
    drawRow(row, false, false)
  }
  doc.x = x0
  doc.y += 8
}
