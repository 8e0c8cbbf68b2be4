import { describe, expect, it } from 'vitest'
import type { PdfItem, PdfPage } from '../../parsers/pdf-engine.ts'
import { findBorderlessTables } from '../../parsers/pdf-borderless.ts'
import { buildLines } from '../../parsers/pdf-text-lines.ts'

// A page of positioned runs: [x, y, text] in points, 12 pt, widths by a rough 0.5 em a character.
const page = (runs: readonly (readonly [number, number, string])[]): { page: PdfPage; lines: ReturnType<typeof buildLines> } => {
  const items: PdfItem[] = runs.map(([x, y, str]) => ({ x, y, str, w: 6 * str.length, size: 12, font: 'f' }))
  const p: PdfPage = { num: 1, width: 612, height: 792, items, tables: [], fonts: new Map([['f', { bold: false, italic: false }]]) }
  return { page: p, lines: buildLines(items, 1, p.fonts) }
}
const cells = (t: ReturnType<typeof findBorderlessTables>['tables'][number]) => t.rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join(' ')))

describe('tables drawn without borders', () => {
  it('reads columns from the strips no text crosses and rows from the row numbers and the space between rows', () => {
    const { page: p, lines } = page([
      [72, 100, 'Trước bảng là một đoạn văn dài chạy ngang qua trang giấy.'],
      [150, 124, 'Tiêu chí'], [300, 124, 'Điểm'], [400, 124, 'Ghi chú'],
      [72, 138, 'STT'], [150, 138, 'thành phần'], [300, 138, 'tối đa'],
      [72, 156, '1.1'], [150, 156, 'Kế hoạch'], [300, 156, '3'], [400, 156, 'Đạt'],
      [150, 170, 'CCHC năm'],
      [72, 188, '1.2'], [150, 188, 'Báo cáo'], [300, 188, '2'],
      [150, 206, 'TỔNG CỘNG'], [300, 206, '5'],
      [72, 236, 'Sau bảng lại là một đoạn văn dài chạy ngang qua trang giấy.'],
    ])
    const { tables, rest } = findBorderlessTables(lines, p)
    expect(tables).toHaveLength(1)
    expect(cells(tables[0])).toEqual([['STT', 'Tiêu chí thành phần', 'Điểm tối đa', 'Ghi chú'], ['1.1', 'Kế hoạch CCHC năm', '3', 'Đạt'], ['1.2', 'Báo cáo', '2', ''],
      ['', 'TỔNG CỘNG', '5', '']])
    expect(rest.map((l) => l.text)).toEqual([lines[0].text, lines[lines.length - 1].text])
  })

  it('leaves body text and two-column blocks alone', () => {
    const { page: p, lines } = page([[72, 100, 'Nơi nhận:'], [350, 100, 'GIÁM ĐỐC'], [72, 114, '- Sở Nội vụ;'], [350, 150, 'Nguyễn Văn A'],
      [72, 200, 'Một đoạn văn dài chạy ngang qua trang giấy từ lề trái sang lề phải.']])
    expect(findBorderlessTables(lines, p).tables).toEqual([])
  })

  it('reads a table whose cells are centred down their rows (a browser\'s print): rows from the space between them, not from the row numbers in their middle', () => {
    // lines of neighbouring cells interleave at half a line's step (9 pt); rows are 22 pt apart
    const { page: p, lines } = page([
      [72, 60, 'Một đoạn văn dài chạy ngang qua trang giấy, trước bảng.'],
      [150, 100, 'Tiêu chí'], [300, 100, 'Kết quả'], [72, 109, 'STT'], [400, 109, 'Ghi chú'], [150, 118, 'thành phần'], [300, 118, 'thực hiện'],
      [150, 140, 'Kế hoạch'], [300, 149, 'Đã ban'], [72, 158, '1'], [150, 158, 'CCHC'], [400, 158, 'Đạt'], [300, 167, 'hành'], [150, 176, 'năm 2024'],
      [150, 198, 'Tuyên truyền'], [72, 207, '2'], [300, 207, 'Chưa làm'], [400, 207, 'Chậm'], [150, 216, 'CCHC'],
      [150, 238, 'Kiểm tra'], [72, 247, '3'], [300, 247, 'Đã làm'], [400, 247, 'Đạt'], [150, 256, 'CCHC'],
      [72, 290, 'Một đoạn văn dài chạy ngang qua trang giấy, sau bảng.'],
    ])
    const { tables } = findBorderlessTables(lines, p)
    expect(tables).toHaveLength(1)
    expect(cells(tables[0])).toEqual([['STT', 'Tiêu chí thành phần', 'Kết quả thực hiện', 'Ghi chú'],
      ['1', 'Kế hoạch CCHC năm 2024', 'Đã ban hành', 'Đạt'], ['2', 'Tuyên truyền CCHC', 'Chưa làm', 'Chậm'], ['3', 'Kiểm tra CCHC', 'Đã làm', 'Đạt']])
  })
})
