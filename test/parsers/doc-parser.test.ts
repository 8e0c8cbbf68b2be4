import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { docBodyToBlocks } from '../../parsers/doc-body.ts'
import { docParser } from '../../parsers/doc-parser.ts'
import { pickParser } from '../../parsers/registry.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'
import type { Block, TableBlock } from '../../schemas/document-model.ts'
import { isCchcError } from '../../schemas/errors.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/renditions/libreoffice-doc/${name}`, import.meta.url)))
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table')
const grid = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.paragraphs.join(' / ')))

describe('legacy Word documents (.doc)', () => {
  it('are picked by content (an OLE2 file with a WordDocument stream), whatever the name', () => {
    expect(pickParser(fixture('kh-95-sngv-quangtri-2019.doc'), 'kh-95.bin')).toBe(docParser)
  })

  it('read the header table, body paragraphs and the task table with its group rows (plan 119 as Word 97–2003)', async () => {
    const model = await docParser.parse(fixture('kh-119-ubnd-tinhbien-2017.doc'), DEFAULT_LIMITS)
    expect(model.format).toBe('doc')
    const [header, , tasks] = tables(model.blocks)
    expect(header.role).toBe('layout')
    expect(grid(header)[1]).toEqual(['Số: 119 /KH-UBND', 'Tỉnh Biên, ngày 28 tháng 8 năm 2017'])
    expect(grid(tasks)[0]).toEqual(['STT', 'CƠ QUAN THỰC HIỆN', 'CƠ QUAN PHỐI HỢP', 'KẾT QUẢ', 'YÊU CẦU', 'THỜI GIAN HOÀN THÀNH'])
    expect(grid(tasks)[1]).toEqual(['PHÒNG NỘI VỤ'])
    expect(grid(tasks)[2].slice(0, 2)).toEqual(['1', 'TCTP 1.1.1 Kế hoạch cải cách hành chính (CCHC) năm và mức độ hoàn thành kế hoạch'])
    expect(model.blocks.some((b) => b.type !== 'table' && b.text.startsWith('Qua kết quả xác định chỉ số Cải cách hành chính năm 2016'))).toBe(true)
  })

  it('a broken .doc is corrupt_doc, one line naming what failed', async () => {
    const bytes = fixture('kh-95-sngv-quangtri-2019.doc').slice(0, 4096)
    const failure = await docParser.parse(bytes, DEFAULT_LIMITS).catch((e: unknown) => e)
    expect(isCchcError(failure) && failure.code).toBe('corrupt_doc')
  })
})

describe('the body text word-extractor gives: cells end in a tab, a row in a tab and a line end', () => {
  it.each([
    ['a row per "\\t\\n", cells split at tabs, a cell’s paragraphs at line ends',
      'Đoạn mở đầu.\nSTT\tNội dung\tKết quả\t\n1\tTCTP 1.1.1\nKế hoạch năm\tĐã ban hành\t\nĐoạn sau.',
      [['STT', 'Nội dung', 'Kết quả'], ['1', 'TCTP 1.1.1 / Kế hoạch năm', 'Đã ban hành']]],
    ['a cell opening with empty paragraphs ("\\t" then an empty line) is not the end of the row',
      'STT\tTồn tại\tTiến độ\t\n1\tTiêu chí 1.6\n\nTiêu chí 1.7\t\n\nChưa có sáng kiến\t\n2\tTiêu chí 2.1\tĐang làm\t\n',
      [['STT', 'Tồn tại', 'Tiến độ'], ['1', 'Tiêu chí 1.6 /  / Tiêu chí 1.7', ' /  / Chưa có sáng kiến'], ['2', 'Tiêu chí 2.1', 'Đang làm']]],
    ['a group row of one merged cell ends at its tab even before an empty line',
      'STT\tNội dung\tThời hạn\t\nPHÒNG NỘI VỤ\t\n\n1\tTCTP 1.1.1\tTháng 01\t\n',
      [['STT', 'Nội dung', 'Thời hạn'], ['PHÒNG NỘI VỤ']]],
    ['a row whose first cell is empty goes on in the table',
      'STT\tNội dung\tThời hạn\t\n1\tTCTP 1.1.1\tTháng 01\t\n\tTiêu chí 7\nTiêu chí 7.1\tThường xuyên\t\n',
      [['STT', 'Nội dung', 'Thời hạn'], ['1', 'TCTP 1.1.1', 'Tháng 01'], ['', 'Tiêu chí 7 / Tiêu chí 7.1', 'Thường xuyên']]],
  ])('%s', (_, body, expected) => {
    expect(grid(tables(docBodyToBlocks(body))[0])).toEqual(expected)
  })

  it('measures each table by its own first row', () => {
    const blocks = docBodyToBlocks('A\tB\tC\tD\t\n1\t2\t3\t4\t\nĐoạn giữa hai bảng.\nSố\tNgày\t\nGhi chú\tx\t\n')
    expect(tables(blocks).map(grid)).toEqual([[['A', 'B', 'C', 'D'], ['1', '2', '3', '4']], [['Số', 'Ngày'], ['Ghi chú', 'x']]])
    expect(blocks[1]).toMatchObject({ type: 'paragraph', text: 'Đoạn giữa hai bảng.' })
  })

  it('ends a table at a paragraph followed by a wider table: the paragraph is text between the two, not a row', () => {
    const blocks = docBodyToBlocks('STT\tTiêu chí\tĐiểm\t\n1\t7.2.3\t0,25\t\nII. NHIỆM VỤ KHẮC PHỤC\nSTT\tNhiệm vụ\tTiêu chí\tChủ trì\t\n1\tSố hóa hồ sơ\t7.2.3\tBộ phận Một cửa\t\n')
    expect(tables(blocks).map(grid)).toEqual([[['STT', 'Tiêu chí', 'Điểm'], ['1', '7.2.3', '0,25']],
      [['STT', 'Nhiệm vụ', 'Tiêu chí', 'Chủ trì'], ['1', 'Số hóa hồ sơ', '7.2.3', 'Bộ phận Một cửa']]])
    expect(blocks[1]).toMatchObject({ type: 'paragraph', text: 'II. NHIỆM VỤ KHẮC PHỤC' })
  })

  it('keeps paragraphs indented with tabs as paragraphs, not rows', () => {
    const blocks = docBodyToBlocks('BÁO CÁO\n\t1. Đối với những tồn tại\n\tGửi kèm theo phụ lục.\n')
    expect(blocks.map((b) => (b.type === 'table' ? 'table' : b.text))).toEqual(['BÁO CÁO', '1. Đối với những tồn tại', 'Gửi kèm theo phụ lục.'])
  })
})
