import { readFileSync } from 'node:fs'
import { loadPdfParse } from '../../parsers/pdfjs-runtime.ts'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { pdfParser } from '../../parsers/pdf-parser.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'
import { DocumentModelSchema, type Block, type DocumentModel, type TableBlock } from '../../schemas/document-model.ts'
import { isCchcError } from '../../schemas/errors.ts'

const SAMPLES = ['kh-1073-sngv-hue-2017', 'kh-119-ubnd-tinhbien-2017', 'bc-sngv-quangngai-2020-9thang',
  'bc-khacphuc-sngv-hatinh-2022', 'kh-95-sngv-quangtri-2019'] as const
type Sample = (typeof SAMPLES)[number]

const bytesOf = (rel: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../${rel}`, import.meta.url)))
const models = new Map<Sample, DocumentModel>()

beforeAll(async () => {
  for (const s of SAMPLES) models.set(s, await pdfParser.parse(bytesOf(`samples/${s}.pdf`), DEFAULT_LIMITS))
}, 60_000)

const model = (s: Sample): DocumentModel => models.get(s)!
const tables = (s: Sample, role: 'layout' | 'data'): TableBlock[] =>
  model(s).blocks.filter((b): b is TableBlock => b.type === 'table' && b.role === role)
const cellTexts = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.join(' ')))
const blockTexts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [b.text]))

async function failure(bytes: Uint8Array): Promise<unknown> {
  try {
    await pdfParser.parse(bytes, DEFAULT_LIMITS)
  } catch (e) {
    return e
  }
  throw new Error('parse did not fail')
}

afterEach(() => { vi.restoreAllMocks() })

describe('pdf parser: document model', () => {
  it.each(SAMPLES)('%s returns a valid model with its page count and NFC text', (s) => {
    const m = model(s)
    expect(DocumentModelSchema.parse(m)).toEqual(m)
    expect(m.format).toBe('pdf')
    expect(m.pages).toBe(s === 'kh-1073-sngv-hue-2017' || s === 'bc-sngv-quangngai-2020-9thang' ? 5 : s === 'kh-95-sngv-quangtri-2019' ? 4 : 7)
    for (const t of blockTexts(m.blocks)) expect(t).toBe(t.normalize('NFC'))
  })

  it.each(SAMPLES)('no text is lost in %s: every word of the .md transcription appears in the blocks', (s) => {
    const norm = (w: string): string => w.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()
    const words = (t: string): string[] => t.split(/\s+/).map(norm).filter(Boolean)
    const have = new Set(words(blockTexts(model(s).blocks).join(' ')))
    const md = readFileSync(new URL(`../../samples/${s}.md`, import.meta.url), 'utf8')
      .replace(/\[bookmark:[^\]]*\]/g, ' ').replace(/\*\*/g, ' ')
    const want = words(md)
    const missing = want.filter((w) => !have.has(w))
    expect(missing.length, missing.join(' ')).toBeLessThanOrEqual(Math.ceil(want.length * 0.005))
  })

  it.each(SAMPLES)('page numbers do not appear as paragraphs in %s', (s) => {
    const lone = model(s).blocks.filter((b) => b.type !== 'table' && /^\d{1,3}$/.test(b.text.trim()))
    expect(lone).toEqual([])
  })
})

describe('pdf parser: official header', () => {
  it.each([
    ['kh-1073-sngv-hue-2017', ['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ NGOẠI VỤ', 'Số: 1073 /KH-SNgV'], 'Thừa Thiên Huế, ngày 18 tháng 8 năm 2017'],
    ['kh-119-ubnd-tinhbien-2017', ['ỦY BAN NHÂN DÂN', 'HUYỆN TỊNH BIÊN', 'Số: 119 /KH-UBND'], 'Tỉnh Biên, ngày 28 tháng 8 năm 2017'],
    ['bc-sngv-quangngai-2020-9thang', ['UBND TỈNH QUẢNG NGÃI', 'SỞ NGOẠI VỤ', 'Số: /BC-SNgV'], 'Quảng Ngãi, ngày tháng 9 năm 2020'],
    ['bc-khacphuc-sngv-hatinh-2022', ['SỞ NGOẠI VỤ TỈNH HÀ TĨNH', 'VĂN PHÒNG - THANH TRA', 'Số: /BC-SNgV'], 'Hà Tĩnh, ngày tháng 9 năm 2022'],
    ['kh-95-sngv-quangtri-2019', ['UBND TỈNH QUẢNG TRỊ', 'SỞ NGOẠI VỤ', 'Số: 95/KH-SNgV'], 'Quảng Trị, ngày 30 tháng 01 năm 2019'],
  ] as const)('the header of %s splits into agency lines %j and place-date %j', (s, left, placeDate) => {
    const first = model(s).blocks[0]
    expect(first.type === 'table' && first.role).toBe('layout')
    const t = first as TableBlock
    expect(t.page).toBe(1)
    expect(t.rows).toHaveLength(1)
    expect(t.rows[0].cells.map((c) => c.paragraphs)).toEqual([
      [...left], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', placeDate],
    ])
  })

  it('the document type and title follow the header as headings', () => {
    const [, type, title] = model('kh-1073-sngv-hue-2017').blocks
    expect(type).toMatchObject({ type: 'heading', text: 'KẾ HOẠCH', page: 1 })
    expect(title).toMatchObject({ type: 'heading', text: 'Nâng cao Chỉ số cải cách hành chính của Sở Ngoại vụ năm 2017' })
  })
})

describe('pdf parser: closing block', () => {
  it.each([
    ['kh-119-ubnd-tinhbien-2017', 3, ['CHỦ TỊCH', 'Nguyễn Thành Quân'], '- Lưu: VT, NV.'],
    ['kh-1073-sngv-hue-2017', 5, ['GIÁM ĐỐC', '(đã ký)', 'Trần Công Phú'], '- Lưu: VT, N.'],
    ['bc-sngv-quangngai-2020-9thang', 5, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Thành'], '- Lưu: VT, TH.'],
    ['bc-khacphuc-sngv-hatinh-2022', 2, ['CHÁNH VĂN PHÒNG', 'Lê Thị Khánh Cẩm'], '- Lưu: VT, VPTTr.'],
    ['kh-95-sngv-quangtri-2019', 4, ['PHÓ GIÁM ĐỐC PHỤ TRÁCH', 'Trần Khánh Phôi'], '- Lưu VT, VP.'],
  ] as const)('the signer block of %s is a layout table on page %i: signer %j, recipients ending %j', (s, page, signer, lastRecipient) => {
    const closing = tables(s, 'layout').find((t) => t.rows[0].cells[0].paragraphs[0] === 'Nơi nhận:')!
    expect(closing.page).toBe(page)
    const [left, right] = closing.rows[0].cells
    expect(right.paragraphs).toEqual([...signer])
    expect(left.paragraphs.at(-1)).toBe(lastRecipient)
    expect(left.paragraphs.slice(1).every((p) => p.startsWith('- '))).toBe(true)
  })

  it('the second signature of 119, split over the appendix page break, is one layout table', () => {
    const layouts = tables('kh-119-ubnd-tinhbien-2017', 'layout')
    expect(layouts).toHaveLength(3)
    expect(layouts[2].rows[0].cells.map((c) => c.paragraphs)).toEqual([[''], ['CHỦ TỊCH', 'Nguyễn Thành Quân']])
    expect(model('kh-119-ubnd-tinhbien-2017').blocks.at(-1)).toBe(layouts[2])
  })
})

describe('pdf parser: ruled tables', () => {
  it('the 119 appendix comes out as data tables whose rows hold "TCTP 1.5.3 Sáng kiến trong CCHC" and group row "PHÒNG NỘI VỤ"', () => {
    const data = tables('kh-119-ubnd-tinhbien-2017', 'data')
    expect(data.map((t) => t.page)).toEqual([4, 5, 6])
    const rows = data.flatMap(cellTexts)
    expect(rows.filter((r) => r[1] === 'TCTP 1.5.3 Sáng kiến trong CCHC')).toHaveLength(2)
    const group = data[0].rows[1]
    expect(group.cells).toEqual([{ paragraphs: ['PHÒNG NỘI VỤ'], colSpan: 6 }])
    const tuPhap = data[1].rows.find((r) => r.cells[0].paragraphs[0] === 'PHÒNG TƯ PHÁP')!
    expect(tuPhap.cells.map((c) => [c.paragraphs.join(' '), c.colSpan])).toEqual([['PHÒNG TƯ PHÁP', 4], ['ĐTXHH', 1], ['', 1]])
    for (const t of data) {
      expect(t.rows[0].header).toBe(true)
      expect(cellTexts(t)[0]).toEqual(['STT', 'CƠ QUAN THỰC HIỆN', 'CƠ QUAN PHỐI HỢP', 'KẾT QUẢ', 'YÊU CẦU', 'THỜI GIAN HOÀN THÀNH'])
      expect(t.rows.slice(1).every((r) => !r.header && r.cells[0].paragraphs[0] !== 'STT')).toBe(true)
    }
  })

  it.each([
    ['kh-119-ubnd-tinhbien-2017', '6', ['TCTP 1.4.2 Mức độ thực hiện kế hoạch tuyên truyền CCHC', 'Các phòng chuyên môn, UBND 14 xã, thị trấn',
      'Kế hoạch tuyên truyền CCHC và báo cáo CCHC định kỳ', 'Hoàn thành 100% kế hoạch', 'Trước ngày 01/12/2017']],
    ['kh-119-ubnd-tinhbien-2017', '10', ['TCTP 3.2.1 Công bố và niêm yết công khai TTHC đúng, đủ, kịp thời theo quy định tại Bộ phận tiếp nhận và trả kết quả',
      'Các phòng chuyên môn, UBND 14 xã, thị trấn', 'Ban hành văn bản chỉ đạo, hướng dẫn, kiểm tra việc niêm yết công khai',
      'Kiểm tra việc thực hiện TTHC; kiểm soát TTHC tại bộ phận Tiếp nhận và Trả kết quả cấp huyện, cấp xã', 'Thường xuyên']],
  ] as const)('a row split over a page break is one row (%s, row %s)', (s, no, rest) => {
    const rows = tables(s, 'data').flatMap(cellTexts).filter((r) => r[0] === no)
    expect(rows).toContainEqual([no, ...rest])
    expect(tables(s, 'data').flatMap(cellTexts).filter((r) => r[0] === '')).toEqual([])
  })

  it('the remediation table of khacphuc is one data table over pages 3–7 with its two header rows once', () => {
    const [t, ...others] = tables('bc-khacphuc-sngv-hatinh-2022', 'data')
    expect(others).toEqual([])
    expect(t.page).toBe(3)
    expect(t.rows.map((r) => r.header)).toEqual([true, true, false, false, false, false, false])
    const rows = cellTexts(t)
    expect(rows[1]).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])
    expect(rows.map((r) => r[0])).toEqual(['TT', '(1)', '1', '2', '3', '4', ''])
    expect(rows[6][1]).toMatch(/^Tiêu chí 7: Xây dựng, phát triển chính quyền số/)
    const crit2 = t.rows[3].cells[1].paragraphs
    expect(crit2).toContain('- Tiêu chí 2.1.5: Công tác tham gia góp ý các dự thảo văn bản được lấy ý kiến đạt 0.50/1.00 điểm. ' +
      'Lý do: Sở cung cấp danh mục và 27 văn bản, trong đó có 19 văn bản QPPL. Qua thẩm định cho thấy có 16/19 (đạt 84%) văn bản QPPL góp ý đạt chất lượng.')
  })

  it('cell lines rejoin into paragraphs: a "- Tiêu chí x.y:" item starts a new one, blank lines become empty paragraphs', () => {
    const t = tables('bc-khacphuc-sngv-hatinh-2022', 'data')[0]
    const [, crit, solution, deadline] = t.rows[2].cells.map((c) => c.paragraphs)
    expect(crit[0]).toBe('Tiêu chí 1: Chỉ đạo, điều hành công tác cải cách hành chính: Đoàn thẩm định đánh giá đạt 9,03/11 điểm. Bị trừ các tiêu chí cụ thể sau:')
    expect(crit[1]).toMatch(/^- Tiêu chí 1\.2: Mức độ hoàn thành nhiệm vụ CCHC trên các lĩnh vực\/nội dung theo Bộ Tiêu chí đạt 1\.39\/1\.50 điểm\./)
    expect(solution.slice(0, 5)).toEqual(['', '', '', '', '- Tham mưu triển khai cũng như đôn đốc, kiểm tra các phòng, đơn vị triển khai thực hiện đúng yêu cầu, đầy đủ các nội dung, nhiệm vụ theo Kế hoạch CCHC của cơ quan.'])
    expect(deadline.filter(Boolean)).toEqual(['Thường xuyên', 'Thường xuyên', '-', 'Thường xuyên', 'Thường xuyên'])
  })
})

describe('pdf parser: text flow', () => {
  it.each([
    // each of these is broken over two lines in the PDF ("139/NQ-" | "CP")
    ['kh-95-sngv-quangtri-2019', 'những năm tiếp theo; Nghị quyết số 139/NQ-CP ngày 9/11/2018'],
    ['kh-95-sngv-quangtri-2019', 'giai đoạn II (2016-2020)'],
    ['bc-sngv-quangngai-2020-9thang', 'các nội dung theo Quyết định số 20/2013/QĐ-UBND ngày 07/5/2013'],
    ['kh-1073-sngv-hue-2017', 'Nghị định số 130/2005/NĐ-CP và NĐ số 43/2006/NĐ-CP; Kết quả'],
  ] as const)("a document number broken after its hyphen ('139/NQ-' + 'CP') is rejoined in %s: %j", (s, phrase) => {
    expect(blockTexts(model(s).blocks).some((t) => t.includes(phrase))).toBe(true)
  })

  it('wrapped lines join into paragraphs, also over a page break', () => {
    const texts = blockTexts(model('kh-1073-sngv-hue-2017').blocks)
    expect(texts).toContain('Lĩnh vực Kiểm tra CCHC: Sở đạt 2,5/3 điểm, bị trừ 0,5 điểm tại TCTP “Mức độ thực hiện kế hoạch kiểm tra”.')
  })

  it('section headings, "- " list items (marker dropped) and "+ TCTP" items (marker kept) are told apart', () => {
    const blocks = model('kh-119-ubnd-tinhbien-2017').blocks
    expect(blocks).toContainEqual({ type: 'heading', text: 'I. Mục tiêu, yêu cầu', level: 2, page: 1 })
    expect(blocks).toContainEqual(expect.objectContaining({ type: 'heading', text: '2.1.1. Công tác chỉ đạo điều hành (tổng điểm 36 điểm): Sở Nội vụ thẩm định 33 điểm, mất 3 điểm' }))
    expect(blocks).toContainEqual(expect.objectContaining({ type: 'list_item', text: expect.stringMatching(/^Hoàn thành tốt các nhiệm vụ/) }))
    expect(blocks).toContainEqual({ type: 'list_item', level: 1, page: 1,
      text: '+ TCTP 1.5.3 (2đ): Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận' })
    expect(blocks).toContainEqual({ type: 'paragraph', page: 1, text: 'Không có sáng kiến 0 điểm. Mất 2 điểm' })
  })

  it('a nested "- " item is a level-1 list item', () => {
    const nested = model('kh-1073-sngv-hue-2017').blocks.filter((b) => b.type === 'list_item' && b.level === 1 && !b.text.startsWith('+'))
    expect(nested.map((b) => b.page)).toEqual([5])
  })
})

describe('pdf parser: unusable input', () => {
  // (the scan is read by OCR: test/parsers/ocr-parser.test.ts; here it only meets the page limit)
  it('the scan PDF over the OCR page limit fails with file_too_large naming its page count', async () => {
    const e = await pdfParser.parse(bytesOf('samples/kh-1073-sngv-hue-2017.scan.pdf'), { ...DEFAULT_LIMITS, ocrMaxPages: 4 }).catch((x: unknown) => x)
    expect(isCchcError(e) && e.code).toBe('file_too_large')
    expect((e as Error).message).toContain('5 pages')
  })

  it('a truncated PDF (first 30 % of a sample) fails with corrupt_pdf and pdf.js\'s reason', async () => {
    const whole = bytesOf('samples/kh-95-sngv-quangtri-2019.pdf')
    const e = await failure(whole.slice(0, Math.floor(whole.length * 0.3)))
    expect(isCchcError(e) && e.code).toBe('corrupt_pdf')
    expect((e as Error).message).toMatch(/Invalid PDF structure/)
  })

  it('a password-protected PDF fails with encrypted_pdf', async () => {
    const e = await failure(bytesOf('test/fixtures/pdf-encrypted.pdf'))
    expect(isCchcError(e) && e.code).toBe('encrypted_pdf')
  })

  it('an empty file fails with empty_file and an oversized one with file_too_large', async () => {
    expect(await failure(new Uint8Array())).toMatchObject({ code: 'empty_file' })
    await expect(pdfParser.parse(bytesOf('samples/kh-95-sngv-quangtri-2019.pdf'), { ...DEFAULT_LIMITS, maxBytes: 1000 }))
      .rejects.toMatchObject({ code: 'file_too_large' })
  })

  it('pdf.js resources are released when parsing succeeds and when it fails', async () => {
    const destroy = vi.spyOn((await loadPdfParse()).prototype, 'destroy')
    await pdfParser.parse(bytesOf('samples/kh-95-sngv-quangtri-2019.pdf'), DEFAULT_LIMITS)
    await failure(bytesOf('test/fixtures/pdf-encrypted.pdf'))
    await pdfParser.parse(bytesOf('samples/kh-1073-sngv-hue-2017.scan.pdf'), { ...DEFAULT_LIMITS, ocrMaxPages: 4 }).catch(() => undefined)
    expect(destroy).toHaveBeenCalledTimes(3)
  })

  it('the caller\'s bytes are left intact', async () => {
    const bytes = bytesOf('samples/kh-95-sngv-quangtri-2019.pdf')
    const copy = bytes.slice()
    await pdfParser.parse(bytes, DEFAULT_LIMITS)
    expect(bytes).toEqual(copy)
  })
})

describe('pdf parser: detect', () => {
  const pdf = bytesOf('samples/kh-95-sngv-quangtri-2019.pdf')
  const withPrefix = (prefix: number[]): Uint8Array => new Uint8Array([...prefix, ...pdf.slice(0, 2048)])
  it.each([
    ['a PDF', pdf, true],
    ['a PDF after a BOM and a few junk bytes', withPrefix([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x00]), true],
    ['a PDF whose magic lies beyond the first 1024 bytes', withPrefix(new Array(1100).fill(0x20)), false],
    ['HTML bytes', new TextEncoder().encode('<!DOCTYPE html><html><body><p>Báo cáo</p></body></html>'), false],
    ['HTML bytes mentioning %PDF- in their text', new TextEncoder().encode('<html><body>%PDF-1.4</body></html>'), false],
    ['an empty file', new Uint8Array(), false],
  ] as const)('%s → %s', (_, bytes, expected) => {
    expect(pdfParser.detect(bytes, 'x.bin')).toBe(expected)
  })
})
