import { describe, expect, it } from 'vitest'
import { extractAssessmentYear } from '../../extract/fields/assessment-year.ts'

describe('assessment year', () => {
  it.each([
    ['a plan that reviews last year’s index result', 'I. ĐÁNH GIÁ KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA SỞ NĂM 2016. Kết quả chỉ số CCHC năm 2016 đạt 68/90 điểm. Kế hoạch nâng cao Chỉ số CCHC năm 2017', 2017, 2016],
    ['a remediation report after the appraisal team', 'Căn cứ vào kết quả kiểm tra của Đoàn thẩm định công tác CCHC năm 2021 của tỉnh', 2022, 2021],
    ['a progress report discusses no index result', 'Báo cáo tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2020', 2020, null],
    ['a plan for the coming year alone is not an assessment', 'Kế hoạch nâng cao Chỉ số cải cách hành chính của Sở năm 2017', 2017, null],
    ['a plan remedying an earlier year’s index shortcomings', 'Kế hoạch khắc phục hạn chế Chỉ số CCHC năm 2019', 2020, 2019],
    ['remedying shortcomings in the document’s own year is a plan for that year, not an assessment', 'Kế hoạch khắc phục hạn chế, nâng cao Chỉ số CCHC năm 2020', 2020, null],
    ['the year stated before the index whose result follows', 'Kế hoạch nâng cao Chỉ số CCHC năm 2018. Năm 2017, Chỉ số CCHC của Sở đạt 80,36 điểm, xếp hạng 11/20', 2018, 2017],
    ['another index (PCI, PAPI) is not the PAR index', 'nâng cao chỉ số PAPI năm 2019 và kết quả chỉ số PCI năm 2018', 2019, null],
  ])('%s', (_, text, docYear, expected) => {
    expect(extractAssessmentYear(text, docYear).value).toBe(expected)
  })
})
