import {
  AlignmentType, Document, Header, HeadingLevel, LevelFormat, Packer, PageNumber, PageOrientation, Paragraph,
  Table, TableBorders, TableCell, TableRow, TextRun, WidthType, type ISectionOptions,
} from 'docx'
import type { Block, Composed, Run } from './types.ts'

// Renders the layout model as a Word file the way the samples are built: Times New Roman,
// A4, a borderless 2×2 header table, heading styles or bold paragraphs, "-" Word lists, ruled
// appendix tables with repeated header rows in a landscape section, a borderless closing table,
// page numbers at the top from page 2.

const FONT = 'Times New Roman'
const A4 = { width: 11906, height: 16838 }
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 }
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const

const runs = (rs: readonly Run[], size?: number) =>
  rs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size }))

const p = (text: string, o: { bold?: boolean; italic?: boolean; center?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: o.bold, italics: o.italic, size: o.size })],
  })

const cell = (children: Paragraph[], width: number, borders = true) =>
  new TableCell({ children: children.length ? children : [new Paragraph('')], width: { size: width, type: WidthType.PERCENTAGE },
    ...(borders ? {} : { borders: TableBorders.NONE }) })

function headerTable(b: Extract<Block, { t: 'header' }>): Table {
  const left = b.left.map((l, i) => p(l, { bold: i > 0 || l.startsWith('ỦY BAN'), center: true, size: 26 }))
  const right = b.right.map((l, i) => p(l, { bold: true, center: true, size: i === 0 ? 24 : 26 }))
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, columnWidths: [3600, 5471],
    rows: [
      new TableRow({ children: [cell(left, 40, false), cell(right, 60, false)] }),
      new TableRow({ children: [cell([p(b.number, { center: true, size: 26 })], 40, false), cell([p(b.placeDate, { italic: true, center: true })], 60, false)] }),
    ],
  })
}

function closingTable(b: Extract<Block, { t: 'closing' }>): Table {
  const left = [p('Nơi nhận:', { bold: true, italic: true, size: 24 }), ...b.recipients.map((r) => p(`- ${r}`, { size: 22 }))]
  const right = [
    ...b.signer.lines.map((l) => p(l, { bold: true, center: true })),
    ...(b.signer.signed ? [p('(đã ký)', { italic: true, center: true })] : [p(''), p('')]),
    p(''), p(b.signer.name, { bold: true, center: true }),
  ]
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, columnWidths: [4500, 4571],
    rows: [new TableRow({ children: [cell(left, 50, false), cell(right, 50, false)] })] })
}

function dataTable(b: Extract<Block, { t: 'table' }>): Table {
  const total = b.widths.reduce((s, w) => s + w, 0)
  const pct = b.widths.map((w) => (w / total) * 100)
  const head = b.head.map((r) => new TableRow({ tableHeader: true,
    children: r.map((t, i) => cell([p(t, { bold: true, center: true, size: 24 })], pct[i])) }))
  const rows = b.rows.map((r) => new TableRow({ cantSplit: false,
    children: r.map((ps, i) => cell(ps.map((t) => p(t, { size: 24, center: i === 0 })), pct[i])) }))
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...head, ...rows] })
}

function render(b: Block): (Paragraph | Table)[] {
  switch (b.t) {
    case 'header': return [headerTable(b), new Paragraph('')]
    case 'closing': return [new Paragraph(''), closingTable(b)]
    case 'table': return [dataTable(b)]
    case 'landscape': return []
    case 'heading':
      return [new Paragraph({
        heading: b.styled ? HEADINGS[b.level] : undefined,
        alignment: b.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: b.text, bold: true, italics: b.italic })],
      })]
    case 'para':
      return [new Paragraph({
        alignment: b.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        indent: b.indent ? { firstLine: 567 } : undefined,
        numbering: b.bullet ? { reference: 'dash', level: 0 } : undefined,
        spacing: { after: 60 },
        children: runs(b.italic ? b.runs.map((r) => ({ ...r, italic: true })) : b.runs),
      })]
  }
}

const pageNumberHeader = () => new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] })

export async function writeDocx(doc: Composed, meta: { creator: string }): Promise<Buffer> {
  const sections: ISectionOptions[] = []
  let children: (Paragraph | Table)[] = []
  let landscape = false
  const flush = () => {
    sections.push({
      properties: {
        titlePage: sections.length === 0,
        page: { size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: MARGIN },
      },
      headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph('')] }) },
      children,
    })
    children = []
  }
  for (const b of doc.blocks) {
    if (b.t === 'landscape') { flush(); landscape = true; continue }
    children.push(...render(b))
  }
  flush()
  const heading = (id: string, size: number) => ({ id, name: id.replace('Heading', 'Heading '), basedOn: 'Normal', next: 'Normal', quickFormat: true,
    run: { font: FONT, size, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 } } })
  const document = new Document({
    creator: meta.creator, title: doc.title,
    styles: {
      default: { document: { run: { font: FONT, size: 28 } } },
      paragraphStyles: [heading('Heading1', 28), heading('Heading2', 28), heading('Heading3', 28)],
    },
    numbering: { config: [{ reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] }] },
    sections,
  })
  return Packer.toBuffer(document)
}
