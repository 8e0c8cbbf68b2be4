import { describe, expect, it } from 'vitest'
import { docBodyToBlocks } from '../../parsers/doc-body.ts'
import { markWordRowEnds } from '../../parsers/doc-rows.ts'

const rows = (body: string) => docBodyToBlocks(markWordRowEnds(body)).flatMap((b) => (b.type === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.paragraphs.join('|')))] : []))

describe('Word 97 row marks', () => {
  it('a row ended by an empty cell mark, the next row on the same line, is a row', () => {
    const body = 'Trước bảng\nTT \tTiêu chí \tĐiểm \t\t1 \tCông tác chỉ đạo \t12 \t\t1.3.2 \tKiểm tra \t\t\tSau bảng\n'
    expect(rows(body)).toEqual([[['TT', 'Tiêu chí', 'Điểm'], ['1', 'Công tác chỉ đạo', '12'], ['1.3.2', 'Kiểm tra', '']]])
  })

  it('leaves rows ended by a paragraph mark as they are, an empty column included', () => {
    const body = 'TT\tTiêu chí\tGhi chú\t\n1\tKế hoạch\t\t\n2\tBáo cáo\t\t\n'
    expect(markWordRowEnds(body)).toBe(body)
    expect(rows(body)).toEqual([[['TT', 'Tiêu chí', 'Ghi chú'], ['1', 'Kế hoạch', ''], ['2', 'Báo cáo', '']]])
  })
})
