import { describe, expect, it } from 'vitest'
import { buildFindings } from '../../extract/build-findings.ts'
import { linearOf } from './model-of.ts'

const scores = (lines: string[]) => buildFindings(linearOf(lines), 0, 2016).scores

describe('aggregate scores', () => {
  it.each([
    ['the whole index with percent and rank', 'Kết quả chỉ số CCHC năm 2016 của Sở đạt 68/90 điểm (tương ứng 75,50%), xếp vị thứ 6/20 Sở, ban, ngành',
      [{ scope: 'overall', achieved: 68, max: 90, percent: 75.5, rank: 6, rankOf: 20, year: 2016 }]],
    ['two parts in one sentence', 'Trong đó: Phần Công tác chỉ đạo, điều hành đạt được 17/22 điểm; Phần Kết quả thực hiện đạt được 51/68 điểm.',
      [{ scope: 'part', achieved: 17, max: 22 }, { scope: 'part', achieved: 51, max: 68 }]],
    ['an area with its deduction', '- Lĩnh vực Cải cách thể chế: Sở đạt 3/4 điểm, bị trừ 1 điểm tại TCTP “Tham mưu …” do không có tài liệu.',
      [{ scope: 'area', label: 'Cải cách thể chế', achieved: 3, max: 4, deducted: 1 }]],
    ['a section heading with total, appraised and lost points', '2.1.1. Công tác chỉ đạo điều hành (tổng điểm 36 điểm): Sở Nội vụ thẩm định 33 điểm, mất 3 điểm',
      [{ scope: 'area', label: 'Công tác chỉ đạo điều hành', achieved: 33, max: 36, deducted: 3 }]],
    ['the appraisal total', 'Như vậy, tổng điểm tối đa đánh giá là 70 điểm, Sở Nội vụ thẩm định còn 63 điểm, mất 7 điểm.',
      [{ scope: 'appraisal', achieved: 63, max: 70, deducted: 7 }]],
    ['the survey score', 'Điểm điều tra xã hội học tối đa là 30 điểm, qua thống kê đạt 24.65 điểm.', [{ scope: 'survey', achieved: 24.65, max: 30 }]],
    ['a final total without a maximum', 'Vậy, tổng điểm của Tỉnh Biên là 87.65 xếp vào nhóm điều hành tốt', [{ scope: 'total', achieved: 87.65, max: null }]],
    ['a rank alone', 'UBND huyện xếp hạng 8/11 huyện, thị thành.', [{ scope: 'overall', rank: 8, rankOf: 11, achieved: null }]],
    ['points stated with the rank, the maximum unsaid', 'Kết quả Chỉ số CCHC năm 2018 của huyện đạt 78,5 điểm, xếp thứ 7/11 huyện, thị xã, thành phố.',
      [{ scope: 'overall', achieved: 78.5, max: null, rank: 7, rankOf: 11 }]],
  ])('reads %s', (_, line, expected) => {
    expect(scores([line])).toEqual(expected.map((e) => expect.objectContaining(e)))
  })

  it.each([
    ['counts of documents', 'có 16/19 (đạt 84%) văn bản QPPL góp ý đạt chất lượng'],
    ['counts of criteria', 'có 3/5 tiêu chí thành phần (TCTP) chưa đạt điểm tối đa'],
    ['dates', 'ngày 15/3/2017 tại Văn phòng UBND tỉnh'],
  ])('does not take %s for scores', (_, line) => {
    expect(scores([line])).toEqual([])
  })

  it('the same figures stated twice are one score', () => {
    expect(scores(['Phần I đạt được 17/22 điểm.', 'Tại Phần I, tổng điểm đạt được là 17/22 điểm chuẩn.'])).toHaveLength(1)
  })
})
