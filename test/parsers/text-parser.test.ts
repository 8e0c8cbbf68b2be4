import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Block, DocumentModel, TableBlock } from '../../schemas/document-model.ts'
import { DocumentModelSchema } from '../../schemas/document-model.ts'
import { docxParser } from '../../parsers/docx-parser.ts'
import { parseText, textParser, textParserFor } from '../../parsers/text-parser.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'

const SAMPLES = ['kh-1073-sngv-hue-2017', 'kh-119-ubnd-tinhbien-2017', 'bc-sngv-quangngai-2020-9thang', 'bc-khacphuc-sngv-hatinh-2022', 'kh-95-sngv-quangtri-2019']
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)))
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const md = (sample: string): Promise<DocumentModel> => parseText(bytesOf(`${sample}.md`), `${sample}.md`, DEFAULT_LIMITS)
const fromString = (s: string, name = 'x.md'): Promise<DocumentModel> => parseText(utf8(s), name, DEFAULT_LIMITS)

const tables = (doc: DocumentModel): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.type === 'table')
const texts = (doc: DocumentModel): string[] =>
  doc.blocks.flatMap((b: Block) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [b.text]))
const withoutRoles = (t: TableBlock) => t.rows

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (err) {
    return err as { code: string; message: string }
  }
  throw new Error('expected a CchcError')
}

describe('textParser on the markdown samples', () => {
  it.each(SAMPLES)('%s.md is detected as text and parses into a schema-valid md model', async (sample) => {
    expect(textParser.detect(bytesOf(`${sample}.md`), 'x')).toBe(true)
    const doc = await md(sample)
    expect(DocumentModelSchema.parse(doc)).toEqual(doc)
    expect(doc.format).toBe('md')
  })

  // Markdown syntax, bookmark markers and the dropped page number are the only things removed.
  const comparable = (s: string): string => s.replace(/[*<>]/g, '').replace(/\s+/g, ' ').trim()
  it.each(SAMPLES)('nothing of the text is lost: every non-empty line of %s.md appears in some block', async (sample) => {
    const doc = await md(sample)
    const haystack = comparable(texts(doc).join('\n'))
    const dropped = doc.warnings.filter((w) => w.code === 'dropped_page_number').map((w) => Number(/line (\d+)/.exec(w.message)![1]))
    const lines = new TextDecoder().decode(bytesOf(`${sample}.md`)).split('\n')
    lines.forEach((line, i) => {
      if (line.trim() === '' || dropped.includes(i + 1)) return
      const content = line.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^ {0,3}#{1,6}\s+/, '').replace(/^ *[-*]\s+/, '')
      for (const piece of content.split('\t').map(comparable).filter(Boolean)) expect(haystack, `line ${i + 1}`).toContain(piece)
    })
  })

  it('the 119 appendix is three data tables with header rows and group rows such as PHÒNG NỘI VỤ, shaped as in the docx', async () => {
    const doc = await md('kh-119-ubnd-tinhbien-2017')
    const data = tables(doc)
    expect(data.map((t) => t.role)).toEqual(['data', 'data', 'data'])
    expect(data.map((t) => t.rows.length)).toEqual([9, 10, 3])
    expect(data.every((t) => t.rows[0].header && t.rows[0].cells[0].paragraphs[0] === 'STT')).toBe(true)
    expect(data[0].rows[1].cells).toEqual([{ paragraphs: ['PHÒNG NỘI VỤ'], colSpan: 6 }])
    expect(data[1].rows[2].cells.map((c) => [c.paragraphs.join(), c.colSpan])).toEqual([['PHÒNG TƯ PHÁP', 4], ['ĐTXHH', 1], ['', 1]])
    const docx = tables(await docxParser.parse(bytesOf('kh-119-ubnd-tinhbien-2017.docx'), DEFAULT_LIMITS)).filter((t) => t.role === 'data')
    expect(data.map((t) => t.rows.map((r) => r.cells.map((c) => c.colSpan)))).toEqual(docx.map((t) => t.rows.map((r) => r.cells.map((c) => c.colSpan))))
  })

  it('the khacphuc md table is rebuilt from tab-opened cell lines into the same rows, cells and paragraphs as the docx', async () => {
    const doc = await md('bc-khacphuc-sngv-hatinh-2022')
    const [table] = tables(doc)
    expect(tables(doc)).toHaveLength(1)
    expect(table.rows[2].cells[1].paragraphs[1]).toMatch(/^- Tiêu chí 1\.2: Mức độ hoàn thành/)
    expect(table.rows[2].cells[1].paragraphs).toContain('Kết quả: (90.0*1.5)/100= 1.39 điểm.')
    expect(table.rows[6].cells[0].paragraphs).toEqual([''])
    expect(table.rows[6].cells[1].paragraphs[0]).toBe('Tiêu chí 7: Xây dựng, phát triển chính quyền số, chính quyền điện tử')
    const [docxTable] = tables(await docxParser.parse(bytesOf('bc-khacphuc-sngv-hatinh-2022.docx'), DEFAULT_LIMITS)).filter((t) => t.role === 'data')
    expect(withoutRoles(table)).toEqual(withoutRoles(docxTable))
    expect(doc.warnings.map((w) => w.code)).toContain('table_reconstructed')
  })

  it('the khacphuc md drops the _GoBack bookmark and the stray page number, and trims tab-indented paragraphs', async () => {
    const doc = await md('bc-khacphuc-sngv-hatinh-2022')
    expect(texts(doc).join('\n')).not.toMatch(/bookmark|_GoBack/)
    expect(doc.blocks).toContainEqual({ type: 'paragraph', text: 'của Đoàn thẩm định công tác CCHC năm 2021 của tỉnh' })
    expect(doc.blocks).toContainEqual({ type: 'paragraph', text: '1. Đối với những tồn tại hạn chế qua kết quả của Đoàn thẩm định công tác CCHC năm 2021' })
    expect(doc.blocks).toContainEqual({ type: 'paragraph', text: '- Một số hồ sơ thủ tục hành chính chưa thể hiện đúng thời gian giải quyết trên phiếu hẹn.' })
    expect(doc.blocks.some((b) => b.type === 'paragraph' && b.text === '6')).toBe(false)
    expect(doc.warnings).toContainEqual({ code: 'dropped_page_number', message: expect.stringContaining('line 49') })
  })

  it.each([
    ['kh-1073-sngv-hue-2017', { type: 'heading', text: 'KẾ HOẠCH', level: 2 }],
    ['kh-1073-sngv-hue-2017', { type: 'heading', text: 'Nơi nhận:', level: 4 }],
    ['kh-1073-sngv-hue-2017', { type: 'list_item', text: 'Lĩnh vực Kiểm tra CCHC: Sở đạt 2,5/3 điểm, bị trừ 0,5 điểm tại TCTP “Mức độ thực hiện kế hoạch kiểm tra”.', level: 0 }],
    ['kh-1073-sngv-hue-2017', { type: 'paragraph', text: 'GIÁM ĐỐC\n(đã ký)\nTrần Công Phú' }],
    ['bc-sngv-quangngai-2020-9thang', { type: 'paragraph', text: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', bold: true }],
    ['bc-sngv-quangngai-2020-9thang', { type: 'paragraph', text: 'Nơi nhận:', bold: true, italic: true }],
    ['bc-sngv-quangngai-2020-9thang', { type: 'list_item', text: '+ Kế hoạch số 73/KH-SNgV ngày 18/02/2020 về hoạt động kiểm soát thủ tục hành chính năm 2020;', level: 0 }],
    ['kh-119-ubnd-tinhbien-2017', { type: 'list_item', text: '+ TCTP 3.2 (1đ): Công bố, công khai TTHC', level: 0 }],
    ['kh-119-ubnd-tinhbien-2017', { type: 'paragraph', text: 'BẢNG TIÊU CHÍ KÈM NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ\nTRONG VIỆC NÂNG CAO CHỈ SỐ CCHC', bold: true }],
  ] as const)('%s contains %j', async (sample, block) => {
    expect((await md(sample)).blocks).toContainEqual(block)
  })

  it('an indented markdown bullet is a list item one level deeper', async () => {
    const blocks = (await md('kh-1073-sngv-hue-2017')).blocks
    const nested = blocks.find((b) => b.type === 'list_item' && b.level === 1)
    expect(nested).toMatchObject({ text: expect.stringMatching(/^Phấn đấu 100% văn bản/) })
  })

  it('an autolink keeps its address without the angle brackets', async () => {
    expect(texts(await md('kh-95-sngv-quangtri-2019')).some((t) => t.includes('tại địa chỉ: http://songoai.vu.quangtri.gov.vn'))).toBe(true)
  })
})

describe('textParser on small inputs', () => {
  it.each([
    ['a markdown hard break (two spaces or a backslash) joins lines', 'A  \nB\\\nC\n\nD', [{ type: 'paragraph', text: 'A\nB\nC' }, { type: 'paragraph', text: 'D' }]],
    ['other consecutive lines stay separate official lines', 'Số: 12/KH\nHà Nội, ngày 1', [{ type: 'paragraph', text: 'Số: 12/KH' }, { type: 'paragraph', text: 'Hà Nội, ngày 1' }]],
    ['a "*" inside a formula is not emphasis', 'Điểm = (90*1.5)/100 và 2*3', [{ type: 'paragraph', text: 'Điểm = (90*1.5)/100 và 2*3' }]],
    ['snake_case words keep their underscores', 'tệp file_name_v2', [{ type: 'paragraph', text: 'tệp file_name_v2' }]],
    ['a "* " bullet and a "- + " item', '* Một\n- + Hai', [{ type: 'list_item', text: 'Một', level: 0 }, { type: 'list_item', text: '+ Hai', level: 0 }]],
    ['a pipe table with its delimiter row', '| TT | Nội dung |\n|---|---|\n| 1 | Việc |', [{ type: 'table', role: 'data', rows: [
      { header: true, cells: [{ paragraphs: ['TT'], colSpan: 1 }, { paragraphs: ['Nội dung'], colSpan: 1 }] },
      { header: false, cells: [{ paragraphs: ['1'], colSpan: 1 }, { paragraphs: ['Việc'], colSpan: 1 }] }] }]],
    ['tab-opened lines that do not form a table stay paragraphs', '\tMột\n\tHai\n\tBa\n\nBốn', ['Một', 'Hai', 'Ba', 'Bốn'].map((text) => ({ type: 'paragraph', text }))],
  ])('%s', async (_label, source, blocks) => {
    expect((await fromString(source)).blocks).toEqual(blocks)
  })

  it('reads CRLF files, strips a UTF-8 BOM and decodes UTF-16 with a BOM', async () => {
    const expected = [{ type: 'heading', text: 'Tiêu đề', level: 1 }, { type: 'paragraph', text: 'Nội dung' }]
    expect((await fromString('\ufeff# Tiêu đề\r\n\r\nNội dung\r\n')).blocks).toEqual(expected)
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from('# Tiêu đề\n\nNội dung', 'utf16le'))])
    expect(textParser.detect(utf16, 'x.txt')).toBe(true)
    expect((await textParser.parse(utf16, DEFAULT_LIMITS)).blocks).toEqual(expected)
  })

  it('decides md or txt from the name or from markdown headings; txt keeps "#" and "*" literally', async () => {
    expect((await fromString('Dòng *một*', 'a.txt')).format).toBe('txt')
    expect((await fromString('Dòng *một*', 'a.txt')).blocks).toEqual([{ type: 'paragraph', text: 'Dòng *một*' }])
    expect((await fromString('## Mục\nx', 'a.txt')).format).toBe('md')
    expect((await textParserFor('b.md').parse(utf8('Dòng *một*'), DEFAULT_LIMITS)).blocks).toEqual([{ type: 'paragraph', text: 'Dòng một' }])
    expect((await textParserFor('b.md').parse(utf8('*Dòng một*'), DEFAULT_LIMITS)).blocks).toEqual([{ type: 'paragraph', text: 'Dòng một', italic: true }])
  })

  it.each([
    ['an empty buffer', 'empty_file', new Uint8Array(0)],
    ['invalid UTF-8', 'not_text', new Uint8Array([0x41, 0xc3, 0x28, 0x42])],
    ['binary bytes renamed .txt', 'not_text', Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)],
    ['a PDF renamed .md', 'unsupported_format', utf8('%PDF-1.7\n1 0 obj')],
    ['a docx renamed .txt', 'unsupported_format', bytesOf('kh-95-sngv-quangtri-2019.docx')],
    ['an HTML page', 'unsupported_format', utf8('<!DOCTYPE html><html><body><p>x</p></body></html>')],
  ])('rejects %s with %s and does not detect it', async (_label, code, bytes) => {
    expect(textParser.detect(bytes, 'x.txt')).toBe(false)
    expect((await failureOf(textParser.parse(bytes, DEFAULT_LIMITS))).code).toBe(code)
  })
})
