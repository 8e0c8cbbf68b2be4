import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Block, DocumentModel, TableBlock } from '../../schemas/document-model.ts'
import { DocumentModelSchema } from '../../schemas/document-model.ts'
import { docxParser } from '../../parsers/docx-parser.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'
import { deflatedEntry, minimalDocx, writeZip, zerosEntry } from './docx-zip-writer.ts'

const SAMPLES = ['kh-1073-sngv-hue-2017', 'kh-119-ubnd-tinhbien-2017', 'bc-sngv-quangngai-2020-9thang', 'bc-khacphuc-sngv-hatinh-2022', 'kh-95-sngv-quangtri-2019']
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)))
const parsed = new Map<string, Promise<DocumentModel>>()
const parse = (sample: string): Promise<DocumentModel> => {
  if (!parsed.has(sample)) parsed.set(sample, docxParser.parse(bytesOf(`${sample}.docx`), DEFAULT_LIMITS))
  return parsed.get(sample)!
}

const tables = (doc: DocumentModel): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.type === 'table')
const cellText = (t: TableBlock, r: number, c: number): string => t.rows[r].cells[c].paragraphs.join('\n')
const tableText = (t: TableBlock): string => t.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)).join('\n')
const texts = (doc: DocumentModel): string[] =>
  doc.blocks.flatMap((b: Block) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [b.text]))

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (err) {
    const e = err as { code: string; message: string }
    return { code: e.code, message: e.message }
  }
  throw new Error('expected a CchcError')
}

describe('docxParser on the real samples', () => {
  it.each(SAMPLES)('%s is detected by content and parses into a schema-valid model', async (sample) => {
    expect(docxParser.detect(bytesOf(`${sample}.docx`), 'whatever.bin')).toBe(true)
    const doc = await parse(sample)
    expect(DocumentModelSchema.parse(doc)).toEqual(doc)
    expect(doc.format).toBe('docx')
    expect(doc.pages).toBeNull()
    expect(doc.warnings.filter((w) => /Unrecognised|v:line/.test(w.message))).toEqual([])
  })

  it.each(SAMPLES)('%s text is NFC, free of tabs and bookmark anchors', async (sample) => {
    for (const text of texts(await parse(sample))) {
      expect(text).toBe(text.normalize('NFC'))
      expect(text).not.toMatch(/\t|_GoBack|<a\b|&amp;|&lt;/)
    }
  })

  it.each([
    ['kh-1073-sngv-hue-2017', ['SỞ NGOẠI VỤ', 'Số: 1073 /KH-SNgV']],
    ['kh-119-ubnd-tinhbien-2017', ['ỦY BAN NHÂN DÂN', 'HUYỆN TỊNH BIÊN', 'Số: 119 /KH-UBND']],
    ['bc-khacphuc-sngv-hatinh-2022', ['VĂN PHÒNG - THANH TRA', 'Số: /BC-SNgV']],
  ])('the %s header becomes a first layout table holding %j', async (sample, wanted) => {
    const first = (await parse(sample)).blocks[0] as TableBlock
    expect(first.type).toBe('table')
    expect(first.role).toBe('layout')
    for (const w of wanted) expect(tableText(first)).toContain(w)
    expect(cellText(first, 0, 1)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc')
  })

  it('the 119 appendix is three data tables, each with its header row and group rows merged over empty cells', async () => {
    const doc = await parse('kh-119-ubnd-tinhbien-2017')
    const data = tables(doc).filter((t) => t.role === 'data')
    expect(data.map((t) => t.rows.length)).toEqual([9, 10, 3])
    for (const t of data) {
      expect(t.rows[0].header).toBe(true)
      expect(t.rows[0].cells.map((c) => c.paragraphs[0])).toEqual(['STT', 'CƠ QUAN THỰC HIỆN', 'CƠ QUAN PHỐI HỢP', 'KẾT QUẢ', 'YÊU CẦU', 'THỜI GIAN HOÀN THÀNH'])
    }
    expect(data[0].rows[1].cells).toEqual([{ paragraphs: ['PHÒNG NỘI VỤ'], colSpan: 6 }])
    expect(data[1].rows[2].cells.map((c) => [c.paragraphs.join(), c.colSpan])).toEqual([['PHÒNG TƯ PHÁP', 4], ['ĐTXHH', 1], ['', 1]])
    expect(data[1].rows[1].cells[0].paragraphs).toEqual(['6'])
  })

  it('the 119 closing blocks (with "Nơi nhận" and the repeated signature after the appendix) are layout tables', async () => {
    const doc = await parse('kh-119-ubnd-tinhbien-2017')
    const layout = tables(doc).filter((t) => t.role === 'layout')
    expect(layout).toHaveLength(3)
    expect(tableText(layout[1])).toContain('Nơi nhận:')
    expect(layout[2].rows[0].cells[1].paragraphs).toEqual(['CHỦ TỊCH', '', '', '', '', 'Nguyễn Thành Quân'])
    expect(doc.blocks[doc.blocks.length - 1]).toBe(layout[2])
  })

  it("'KT. GIÁM ĐỐC' and 'PHÓ GIÁM ĐỐC' stay in one paragraph separated by a line break", async () => {
    const closing = tables(await parse('bc-sngv-quangngai-2020-9thang')).at(-1)!
    expect(closing.role).toBe('layout')
    expect(closing.rows[0].cells[1].paragraphs[0]).toBe('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')
  })

  it('a bold paragraph with line breaks keeps them and is flagged bold; italic lines are flagged italic', async () => {
    const doc = await parse('kh-119-ubnd-tinhbien-2017')
    expect(doc.blocks).toContainEqual({ type: 'paragraph', text: 'BẢNG TIÊU CHÍ KÈM NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ\nTRONG VIỆC NÂNG CAO CHỈ SỐ CCHC', bold: true })
    expect(doc.blocks).toContainEqual({ type: 'paragraph', text: '(Kèm theo Kế hoạch số 419/KH-UBND ngày 28 tháng 8 năm 2017)', italic: true })
  })

  it.each([
    ['kh-1073-sngv-hue-2017', { type: 'heading', text: 'KẾ HOẠCH', level: 2 }],
    ['kh-1073-sngv-hue-2017', { type: 'heading', text: 'b) Mục tiêu cụ thể:', level: 4 }],
    ['kh-119-ubnd-tinhbien-2017', { type: 'heading', text: 'I. Mục tiêu, yêu cầu', level: 1 }],
    ['bc-khacphuc-sngv-hatinh-2022', { type: 'heading', text: '3. Kiến nghị, đề xuất', level: 2 }],
    ['bc-khacphuc-sngv-hatinh-2022', { type: 'paragraph', text: 'Gửi kèm theo phụ lục.' }],
    ['bc-khacphuc-sngv-hatinh-2022', { type: 'paragraph', text: '- Chưa thực hiện được việc tự đảm bảo chi thường xuyên của Trung tâm.' }],
    ['bc-sngv-quangngai-2020-9thang', { type: 'list_item', text: '+ Kế hoạch số 73/KH-SNgV ngày 18/02/2020 về hoạt động kiểm soát thủ tục hành chính năm 2020;', level: 0 }],
  ] as const)('%s contains the block %j (styles become headings, literal leading tabs are trimmed)', async (sample, block) => {
    expect((await parse(sample)).blocks).toContainEqual(block)
  })

  it('a nested Word list yields a separate item one level deeper, and the parent item excludes it', async () => {
    const blocks = (await parse('kh-1073-sngv-hue-2017')).blocks
    const parent = blocks.findIndex((b) => b.type === 'list_item' && b.text === 'Phấn đấu 100% hồ sơ một cửa hoàn thành đúng thời hạn.')
    expect(parent).toBeGreaterThan(0)
    expect(blocks[parent]).toMatchObject({ level: 0 })
    expect(blocks[parent + 1]).toMatchObject({ type: 'list_item', level: 1 })
    expect((blocks[parent + 1] as { text: string }).text).toMatch(/^Phấn đấu 100% văn bản/)
  })

  it('a hyperlink keeps its text', async () => {
    const doc = await parse('kh-95-sngv-quangtri-2019')
    expect(texts(doc).some((t) => t.includes('tại địa chỉ: http://songoai.vu.quangtri.gov.vn'))).toBe(true)
  })

  it("the khacphuc appendix is one data table whose column-2 cell holds the 'Tiêu chí 1.2' paragraph, with empty paragraphs kept", async () => {
    const doc = await parse('bc-khacphuc-sngv-hatinh-2022')
    const [appendix] = tables(doc).filter((t) => t.role === 'data')
    expect(appendix.rows.map((r) => [r.cells.length, r.header])).toEqual([[6, true], [6, true], [6, false], [6, false], [6, false], [6, false], [6, false]])
    expect(appendix.rows[1].cells.map((c) => c.paragraphs[0])).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])
    expect(appendix.rows[2].cells[1].paragraphs[1]).toMatch(/^- Tiêu chí 1\.2: Mức độ hoàn thành nhiệm vụ CCHC/)
    expect(appendix.rows[2].cells[1].paragraphs).toContain('(Tỷ lệ % hoàn thành*1.5)/100= số điểm')
    expect(appendix.rows[2].cells[2].paragraphs.slice(0, 5)).toEqual(['', '', '', '', expect.stringMatching(/^- Tham mưu/)])
    expect(appendix.rows[6].cells[0].paragraphs).toEqual([''])
    expect(appendix.rows[6].cells[1].paragraphs[0]).toBe('Tiêu chí 7: Xây dựng, phát triển chính quyền số, chính quyền điện tử')
    expect(appendix.rows[6].cells[1].paragraphs).toContain('- Tiêu chí 7.2.6 do việc sắp xếp và lưu trữ hồ sơ chỉ đảm bảo từ 70% - <90% quy định đạt 0.25/0.50 điểm.')
  })
})

describe('docxParser on unusable input', () => {
  const real = bytesOf('kh-119-ubnd-tinhbien-2017.docx')

  it('reads a minimal hand-made package', async () => {
    const doc = await docxParser.parse(minimalDocx('<w:p><w:r><w:t xml:space="preserve">\tXin   chào</w:t></w:r></w:p><w:p/>'), DEFAULT_LIMITS)
    expect(doc.blocks).toEqual([{ type: 'paragraph', text: 'Xin chào' }])
  })

  it.each([
    ['an empty buffer', 'empty_file', () => new Uint8Array(0), /empty/],
    ['the first half of a real docx', 'corrupt_docx', () => real.subarray(0, real.length >> 1), /zip directory.*central directory/i],
    ['random bytes named .docx', 'corrupt_docx', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), /not a ZIP/],
    ['a zip without word/document.xml', 'corrupt_docx', () => writeZip([deflatedEntry('xl/workbook.xml', '<workbook/>')]), /no word\/document\.xml/],
    ['a package whose document.xml is not XML', 'corrupt_docx', () => writeZip([deflatedEntry('_rels/.rels', '<Relationships'), deflatedEntry('word/document.xml', '<<<')]), /cannot be read/],
  ])('rejects %s with %s', async (_label, code, make, message) => {
    const failure = await codeOf(docxParser.parse(make(), DEFAULT_LIMITS))
    expect(failure.code).toBe(code)
    expect(failure.message).toMatch(message)
  })

  it('does not detect random bytes or a zip without word/document.xml, but does detect a truncated docx', () => {
    expect(docxParser.detect(Uint8Array.from({ length: 256 }, (_, i) => i), 'x.docx')).toBe(false)
    expect(docxParser.detect(writeZip([deflatedEntry('xl/workbook.xml', '<w/>')]), 'x.docx')).toBe(false)
    expect(docxParser.detect(real.subarray(0, real.length >> 1), 'x.docx')).toBe(true)
  })

  it('rejects a 300 MB zip bomb from its directory, naming the size, before inflating it', async () => {
    const bomb = writeZip([deflatedEntry('[Content_Types].xml', '<Types/>'), await zerosEntry('word/document.xml', 300 * 1024 * 1024)])
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const started = Date.now()
    const failure = await codeOf(docxParser.parse(bomb, DEFAULT_LIMITS))
    expect(failure.code).toBe('zip_bomb')
    expect(failure.message).toMatch(/300\.0 MB.*200\.0 MB limit/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('rejects an entry with an absurd compression ratio even under the size limit', async () => {
    const failure = await codeOf(docxParser.parse(writeZip([await zerosEntry('word/document.xml', 20 * 1024 * 1024)]), DEFAULT_LIMITS))
    expect(failure).toMatchObject({ code: 'zip_bomb', message: expect.stringMatching(/word\/document\.xml expands .* to 20\.0 MB \(\d+:1\)/) })
  })

  it('rejects a package whose directory understates what an entry inflates to', async () => {
    const liar = writeZip([await zerosEntry('word/document.xml', 2 * 1024 * 1024, 1000)])
    expect(await codeOf(docxParser.parse(liar, DEFAULT_LIMITS))).toMatchObject({ code: 'zip_bomb', message: expect.stringMatching(/beyond its declared 1000 bytes/) })
  })

  it('honours a smaller configured limit', async () => {
    const failure = await codeOf(docxParser.parse(real, { ...DEFAULT_LIMITS, maxUnzippedBytes: 64 * 1024 }))
    expect(failure.code).toBe('zip_bomb')
    expect(failure.message).toMatch(/64\.0 KB limit/)
  })
})

describe('docx parser: damaged data is corrupt, not a bomb', () => {
  const real = new Uint8Array(readFileSync(new URL('../../samples/kh-95-sngv-quangtri-2019.docx', import.meta.url)))
  // Where word/document.xml's compressed data lies: after its local header, up to its data
  // descriptor (the sample's headers leave sizes to the descriptor).
  const documentData = (bytes: Uint8Array): { start: number; end: number } => {
    const buf = Buffer.from(bytes)
    for (let at = buf.indexOf('PK\x03\x04'); at >= 0; at = buf.indexOf('PK\x03\x04', at + 4)) {
      const nameLength = buf.readUInt16LE(at + 26)
      if (buf.toString('latin1', at + 30, at + 30 + nameLength) !== 'word/document.xml') continue
      const start = at + 30 + nameLength + buf.readUInt16LE(at + 28)
      return { start, end: buf.indexOf('PK\x07\x08', start) }
    }
    throw new Error('no word/document.xml in the sample')
  }

  it('reports bytes flipped inside a compressed entry as corrupt_docx, at every one of 40 seeded places', async () => {
    const { start, end } = documentData(real)
    let seed = 13
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    const codes = new Map<string, number>()
    for (let i = 0; i < 40; i++) {
      const damaged = real.slice()
      const at = start + (next() % (end - start))
      for (let j = 0; j < 4 && at + j < end; j++) damaged[at + j] ^= 0x5a
      const failure = await codeOf(docxParser.parse(damaged, DEFAULT_LIMITS))
      codes.set(failure.code, (codes.get(failure.code) ?? 0) + 1)
    }
    expect(Object.fromEntries(codes)).toEqual({ corrupt_docx: 40 })
  })

  it('reports flipped bytes that make an entry inflate past its declared size as corrupt_docx, naming the checksum', async () => {
    // Some flips make the damaged stream emit more than the declared size, which was called a
    // bomb; a stride over the entry finds such spots, and each must come out corrupt.
    const { start, end } = documentData(real)
    const overruns: string[] = []
    for (let at = start; at < end && overruns.length < 3; at += 41) {
      const damaged = real.slice()
      damaged[at] ^= 0xff
      const failure = await codeOf(docxParser.parse(damaged, DEFAULT_LIMITS))
      expect(failure.code).toBe('corrupt_docx')
      if (/not the declared .*checksum/.test(failure.message)) overruns.push(failure.message)
    }
    expect(overruns.length).toBeGreaterThan(0)
  })
})
