import { describe, expect, it } from 'vitest'
import { findActions } from '../../extract/tables/find-actions.ts'
import { classifyStatus } from '../../extract/fields/status.ts'
import { linearOf } from './model-of.ts'

describe('task tables', () => {
  const table = [
    'STT\tCƠ QUAN THỰC HIỆN\tCƠ QUAN PHỐI HỢP\tKẾT QUẢ\tYÊU CẦU\tTHỜI GIAN HOÀN THÀNH',
    'PHÒNG NỘI VỤ\t\t\t\t\t',
    '1\tTCTP 1.1.1 Kế hoạch cải cách hành chính năm\tCác phòng chuyên môn\tKế hoạch\tBan hành trong tháng 01\tTrước tháng 01',
    '2\tTCTP 1.3.1 Kiểm tra CCHC\tCác phòng chuyên môn\tThông báo kết luận\tĐạt 80%\tTrước ngày 01/12/2017',
    'PHÒNG TƯ PHÁP\t\t\t\tĐTXHH\t',
    '3\tTCTP 2.1 .1 Mức độ thực hiện kế hoạch\tCác phòng\tBáo cáo\t100%\tThường xuyên',
  ]
  it('group rows name the owner of the rows below them, columns are read by their headers', () => {
    const a = findActions(linearOf(table), null)
    expect(a).toEqual([
      expect.objectContaining({ code: '1.1.1', owner: 'Phòng Nội vụ', coordinator: 'Các phòng chuyên môn', result: 'Kế hoạch',
        requirement: 'Ban hành trong tháng 01', deadline: { raw: 'Trước tháng 01', iso: null }, title: 'Kế hoạch cải cách hành chính năm' }),
      expect.objectContaining({ code: '1.3.1', owner: 'Phòng Nội vụ', deadline: { raw: 'Trước ngày 01/12/2017', iso: '2017-12-01' } }),
      expect.objectContaining({ code: '2.1.1', owner: 'Phòng Tư pháp', deadline: { raw: 'Thường xuyên', iso: null } }),
    ])
  })

  it('a remediation table aligns each criterion with its progress and sets a status', () => {
    const a = findActions(linearOf([
      'TT\tTồn tại, hạn chế\tGiải pháp khắc phục\tThời hạn hoàn thành\tTiến độ thực hiện',
      '1\t- Tiêu chí 1.6: Tuyên truyền đạt 0.75/1.00 điểm. | | - Tiêu chí 1.7: Sáng kiến đạt 0,5/2 điểm.\tTuyên truyền thêm | | Vận động viết sáng kiến\tThường xuyên | | Thường xuyên\tĐã tuyên truyền trên Cổng | | Đến nay chưa có sáng kiến',
    ]), null)
    expect(a.map((x) => [x.code, x.status, x.result])).toEqual([['1.6', 'done', 'Tuyên truyền thêm'], ['1.7', 'not_done', 'Vận động viết sáng kiến']])
  })

  it('without empty paragraphs to align them, one paragraph per cited criterion pairs them in order (pandoc, LibreOffice)', () => {
    const a = findActions(linearOf([
      'TT\tTồn tại, hạn chế\tGiải pháp khắc phục\tTiến độ thực hiện',
      '1\tTiêu chí 1: Chỉ đạo điều hành đạt 9/11 điểm. | - Tiêu chí 1.2: Hoàn thành nhiệm vụ đạt 1.39/1.50 điểm. | Kết quả: (90.0*1.5)/100= 1.39 điểm. | - Tiêu chí 1.7: Sáng kiến đạt 0,5/2 điểm.\tĐôn đốc các phòng | Vận động viết sáng kiến\tĐã tham mưu văn bản chỉ đạo | Đến nay chưa có sáng kiến',
    ]), new Set(['1.2', '1.7'])) // the criteria that lost points (the area line "Tiêu chí 1" is not one)
    expect(a.map((x) => [x.code, x.status, x.result])).toEqual([['1.2', 'done', 'Đôn đốc các phòng'], ['1.7', 'not_done', 'Vận động viết sáng kiến']])
  })
})

describe('remediation status', () => {
  it.each([
    ['Đã hoàn thành', 'done'], ['Đang triển khai thực hiện', 'in_progress'], ['chưa thể khắc phục được', 'not_done'],
    ['Đã tuyên truyền, vận động nhưng đến thời điểm này chưa có sáng kiến', 'not_done'], ['Thường xuyên', 'unknown'], ['', 'unknown'],
  ])('"%s" is %s', (text, status) => expect(classifyStatus(text)).toBe(status))
})
