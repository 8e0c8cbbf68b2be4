import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { tableFromHtml } from '../../parsers/html-table.ts'
import { findActions } from '../../extract/tables/find-actions.ts'
import { linearize } from '../../extract/linearize.ts'
import { DocumentModelSchema } from '../../schemas/document-model.ts'

const table = (html: string) => tableFromHtml(parse(html).querySelector('table')!)!

// Word's vertically merged cells come out of mammoth as rowspan.
const MERGED = `<table>
<tr><td>STT</td><td>Nhiệm vụ</td><td>Đơn vị chủ trì</td><td>Thời gian hoàn thành</td></tr>
<tr><td>1</td><td>TCTP 1.1.1 Ban hành kế hoạch CCHC</td><td rowspan="2">Phòng Nội vụ</td><td>Tháng 01/2018</td></tr>
<tr><td>2</td><td>TCTP 1.3.1 Kiểm tra CCHC</td><td>Trước ngày 01/12/2018</td></tr>
<tr><td colspan="2" rowspan="2">Nhóm B</td><td>Phòng Tư pháp</td><td>Thường xuyên</td></tr>
<tr><td>Phòng Tài chính</td><td>Quý IV</td></tr>
</table>`

describe('cells merged across rows', () => {
  it('leave a placeholder in each row below, at their grid column, so the rows line up', () => {
    const t = table(MERGED)
    expect(t.rows.map((r) => r.cells.map((c) => (c.mergedAbove ? '↑' : c.paragraphs.join(' '))))).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
      ['1', 'TCTP 1.1.1 Ban hành kế hoạch CCHC', 'Phòng Nội vụ', 'Tháng 01/2018'],
      ['2', 'TCTP 1.3.1 Kiểm tra CCHC', '↑', 'Trước ngày 01/12/2018'],
      ['Nhóm B', 'Phòng Tư pháp', 'Thường xuyên'],
      ['↑', 'Phòng Tài chính', 'Quý IV'],
    ])
    expect(t.rows[4].cells[0].colSpan).toBe(2)
  })

  it('read as the cell above: each task of a merged owner cell gets that owner', () => {
    const model = DocumentModelSchema.parse({ format: 'docx', blocks: [table(MERGED)] })
    expect(findActions(linearize(model), null).map((a) => [a.code, a.owner, a.deadline?.raw])).toEqual([
      ['1.1.1', 'Phòng Nội vụ', 'Tháng 01/2018'],
      ['1.3.1', 'Phòng Nội vụ', 'Trước ngày 01/12/2018'],
    ])
  })
})
