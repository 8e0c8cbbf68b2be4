import PDFDocument from 'pdfkit'
import { drawTable } from './pdf-table.ts'
import { pdfFonts } from './pdf-fonts.ts'
import type { Block, Composed } from './types.ts'

// Renders the layout model as a PDF with a real text layer (DejaVu Serif Condensed, embedded
// and subset, so Vietnamese text extracts as Unicode): the official two-column header as
// positioned text with short rules, centred headings, justified body, ruled tables drawn with
// lines (repeating the header row on each page), the closing two-column block, page numbers
// at the top from page 2.

type Doc = PDFKit.PDFDocument
const MARGINS = { top: 57, bottom: 57, left: 78, right: 50 }
const BODY = 12

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right

function fitSize(doc: Doc, text: string, font: string, size: number, width: number): number {
  doc.font(font)
  let s = size
  while (s > 8 && doc.fontSize(s).widthOfString(text) > width) s -= 0.5
  return s
}

function column(doc: Doc, lines: readonly { text: string; font: string; size: number }[], x: number, y: number, w: number, rule: boolean): number {
  let yy = y
  let last = ''
  for (const l of lines) {
    const size = fitSize(doc, l.text, l.font, l.size, w)
    doc.font(l.font).fontSize(size).text(l.text, x, yy, { width: w, align: 'center', lineBreak: false })
    yy += doc.currentLineHeight(true)
    last = l.text
  }
  if (rule) {
    const len = Math.min(w * 0.8, Math.max(60, doc.widthOfString(last) * 0.6))
    doc.lineWidth(0.6).moveTo(x + (w - len) / 2, yy + 2).lineTo(x + (w + len) / 2, yy + 2).stroke()
  }
  return yy + 6
}

function header(doc: Doc, b: Extract<Block, { t: 'header' }>): void {
  const x = doc.page.margins.left
  const W = contentWidth(doc)
  const lw = W * 0.4
  const y0 = doc.page.margins.top
  const left = b.left.map((t, i) => ({ text: t, font: i > 0 || t.startsWith('ỦY BAN') ? 'B' : 'R', size: 12 }))
  const right = b.right.map((t, i) => ({ text: t, font: 'B', size: i === 0 ? 11.5 : 12.5 }))
  const y1 = Math.max(column(doc, left, x, y0, lw, true), column(doc, right, x + lw, y0, W - lw, true)) + 4
  doc.font('R').fontSize(fitSize(doc, b.number, 'R', BODY, lw)).text(b.number, x, y1, { width: lw, align: 'center', lineBreak: false })
  doc.font('I').fontSize(fitSize(doc, b.placeDate, 'I', BODY, W - lw)).text(b.placeDate, x + lw, y1, { width: W - lw, align: 'center', lineBreak: false })
  doc.x = x
  doc.y = y1 + 36
}

function closing(doc: Doc, b: Extract<Block, { t: 'closing' }>, stamp?: Buffer): void {
  const x = doc.page.margins.left
  const W = contentWidth(doc)
  if (doc.y + 150 > doc.page.height - doc.page.margins.bottom) doc.addPage()
  const y0 = doc.y + 10
  doc.font('BI').fontSize(11).text('Nơi nhận:', x, y0, { width: W / 2 })
  doc.font('R').fontSize(10)
  for (const r of b.recipients) doc.text(`- ${r}`, x, doc.y, { width: W / 2 - 10 })
  const leftEnd = doc.y
  let y = y0
  for (const l of b.signer.lines) { doc.font('B').fontSize(BODY).text(l, x + W / 2, y, { width: W / 2, align: 'center' }); y = doc.y }
  if (b.signer.signed) { doc.font('I').text('(đã ký)', x + W / 2, y, { width: W / 2, align: 'center' }); y = doc.y }
  doc.font('B').text(b.signer.name, x + W / 2, y + 50, { width: W / 2, align: 'center' })
  // the seal, as an image over the signature (as signed documents are published)
  if (stamp) doc.image(stamp, x + W / 2 + W / 4 - 80, y - 20, { width: 90 })
  doc.x = x
  doc.y = Math.max(leftEnd, doc.y) + 10
}

function body(doc: Doc, b: Extract<Block, { t: 'heading' | 'para' }>): void {
  const x = doc.page.margins.left
  const W = contentWidth(doc)
  if (b.t === 'heading') {
    doc.y += 3
    doc.font('B').fontSize(b.level === 1 && b.center ? 13.5 : BODY)
      .text(b.text, x, doc.y, { width: W, align: b.center ? 'center' : 'justify', paragraphGap: 4 })
    return
  }
  const runs = b.bullet ? [{ text: '- ' }, ...b.runs] : b.runs
  const opts = { width: W, align: b.center ? 'center' : 'justify', indent: b.indent ? 28 : 0, paragraphGap: 4 } as const
  doc.x = x
  runs.forEach((r, i) => {
    const italic = r.italic || b.italic
    doc.font(r.bold ? (italic ? 'BI' : 'B') : italic ? 'I' : 'R').fontSize(BODY)
    doc.text(r.text, i === 0 ? x : undefined, i === 0 ? doc.y : undefined, { ...opts, continued: i < runs.length - 1 })
  })
}

export async function writePdf(composed: Composed, meta: { author: string; year: number; stamp?: Buffer }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margins: MARGINS, bufferPages: true, autoFirstPage: true,
    info: { Title: composed.title, Author: meta.author, Creator: 'cchc testdata generator', CreationDate: new Date(Date.UTC(meta.year, 0, 1)) },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject) })
  for (const [name, font] of Object.entries(pdfFonts())) doc.registerFont(name, font)
  for (const b of composed.blocks) {
    if (b.t === 'header') header(doc, b)
    else if (b.t === 'closing') closing(doc, b, meta.stamp)
    else if (b.t === 'table') drawTable(doc, b)
    else if (b.t === 'landscape') {
      // pages that overflow from here on must be landscape too
      ;(doc as unknown as { options: { layout: string } }).options.layout = 'landscape'
      doc.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS })
    } else body(doc, b)
  }
  const range = doc.bufferedPageRange()
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    doc.font('R').fontSize(11).text(String(i + 1), 0, 28, { width: doc.page.width, align: 'center', lineBreak: false })
  }
  doc.end()
  await done
  return Buffer.concat(chunks)
}
