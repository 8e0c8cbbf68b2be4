import { describe, expect, it } from 'vitest'
import { buildFindings } from '../../extract/build-findings.ts'
import { linearOf } from './model-of.ts'

const scores = (lines: string[], issuer: string | null = null) => buildFindings(linearOf(lines), 0, 2015, issuer).scores
const brief = (lines: string[], issuer: string | null = null) =>
  scores(lines, issuer).map((s) => [s.scope, s.label, s.achieved, s.max, s.percent, s.rank, s.rankOf, s.class ?? null])

describe('results of several agencies', () => {
  it('a results table gives one ranking entry per agency, with its maximum, percentage and rank', () => {
    expect(brief(['STT\tTên cơ quan, đơn vị\tTổng điểm tối đa\tĐiểm đạt được\tChỉ số CCHC (%)\tXếp hạng', '1\tSở Nội vụ\t100\t84,50\t84,50\t1',
      '2\tThanh tra tỉnh\t84\t66,50\t79,17\t5'])).toEqual([
      ['ranking', 'Sở Nội vụ', 84.5, 100, 84.5, 1, null, null], ['ranking', 'Thanh tra tỉnh', 66.5, 84, 79.17, 5, null, null]])
  })

  it('the rank may come first, and the class is kept', () => {
    expect(brief(['Xếp hạng\tĐơn vị\tĐiểm\tXếp loại', '1\tUBND thành phố Bắc Giang\t83,25\tTốt', '2\tUBND huyện Việt Yên\t79,50\tKhá'])).toEqual([
      ['ranking', 'UBND thành phố Bắc Giang', 83.25, null, null, 1, null, 'Tốt'], ['ranking', 'UBND huyện Việt Yên', 79.5, null, null, 2, null, 'Khá']])
  })

  it('results told in prose: each score goes with the agency named before it and the rank stated with it', () => {
    expect(brief(['Ở khối sở, Sở Tư pháp xếp hạng nhất với 89,72 điểm; kế đến là Sở Nội vụ (88,15 điểm). Điểm trung bình của khối sở là 81,25 điểm.',
      'Ở khối huyện, thị xã Bình Minh dẫn đầu với 86,51 điểm, xếp thứ hai là thành phố Vĩnh Long với 85,02 điểm; huyện Trà Ôn xếp hạng 8/8 với 74,36 điểm.'])).toEqual([
      ['ranking', 'Sở Tư pháp', 89.72, null, null, 1, null, null], ['ranking', 'Sở Nội vụ', 88.15, null, null, null, null, null],
      ['ranking', 'thị xã Bình Minh', 86.51, null, null, null, null, null], ['ranking', 'thành phố Vĩnh Long', 85.02, null, null, 2, null, null],
      ['ranking', 'huyện Trà Ôn', 74.36, null, null, 8, 8, null]])
  })

  it('one agency’s own result is its overall score, not a ranking', () => {
    expect(brief(['Chỉ số CCHC năm 2019 của Sở Tư pháp đạt 86,54/100 điểm, xếp thứ 9/21 sở, ban, ngành.'])).toEqual([
      ['overall', null, 86.54, 100, null, 9, 21, null]])
  })

  it('beside other agencies’ results, the issuer’s own stays its overall score', () => {
    const s = scores(['Chỉ số CCHC của Sở Tư pháp đạt 86,54/100 điểm; dẫn đầu là Sở Nội vụ với 92 điểm, thứ hai là Sở Tài chính với 90 điểm.'], 'Sở Tư pháp')
    expect(s.map((x) => [x.scope, x.label, x.achieved])).toEqual([['overall', null, 86.54], ['ranking', 'Sở Nội vụ', 92], ['ranking', 'Sở Tài chính', 90]])
  })
})
