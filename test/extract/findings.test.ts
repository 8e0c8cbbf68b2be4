import { describe, expect, it } from 'vitest'
import { buildFindings } from '../../extract/build-findings.ts'
import { linearOf } from './model-of.ts'

const build = (lines: string[]) => buildFindings(linearOf(lines), 0, null)
const findings = (lines: string[]) => build(lines).findings

describe('findings: criteria that lost points', () => {
  it.each([
    ['a "(2đ)" maximum and the next paragraph’s points and reason belong to the criterion',
      ['2.1 Những tiêu chí không đạt điểm tối đa', '+ TCTP 1.5.3 (2đ): Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận', 'Không có sáng kiến 0 điểm. Mất 2 điểm'],
      { code: '1.5.3', level: 'TCTP', title: 'Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận', max: 2, achieved: 0, deducted: 2, reason: 'Không có sáng kiến.' }],
    ['a quoted title is taken whole, a "Do …" clause is the reason',
      ['Lĩnh vực TTHC: Sở đạt 10,7/13 điểm, bị trừ 2,3 điểm tại 5 TCTP:', '+ TCTP 2.2.5 “Rà soát, đánh giá, đề xuất sáng kiến cải cách các quy định, TTHC”: Do chưa hoàn thành 100% kế hoạch.'],
      { code: '2.2.5', title: 'Rà soát, đánh giá, đề xuất sáng kiến cải cách các quy định, TTHC', reason: 'Do chưa hoàn thành 100% kế hoạch.', deducted: null }],
    ['a stray space inside a code is removed', ['+ TCTP 2.1 .1 (1đ): Mức độ thực hiện kế hoạch: 0,5 điểm. Mất 0,5 điểm'], { code: '2.1.1', max: 1, achieved: 0.5, deducted: 0.5 }],
    ['"đạt a/b điểm" gives achieved and maximum, and the deduction is derived', ['- Tiêu chí 1.6: Công tác tuyên truyền CCHC đạt 0.75/1.00 điểm. Lý do: Chưa thực hiện tuyên truyền.'],
      { code: '1.6', level: null, title: 'Công tác tuyên truyền CCHC', max: 1, achieved: 0.75, deducted: 0.25, reason: 'Chưa thực hiện tuyên truyền.' }],
    ['a criterion named only by its quoted title takes the deduction stated before it',
      ['- Lĩnh vực Kiểm tra CCHC: Sở đạt 2,5/3 điểm, bị trừ 0,5 điểm tại TCTP “Mức độ thực hiện kế hoạch kiểm tra”.'],
      { code: null, title: 'Mức độ thực hiện kế hoạch kiểm tra', deducted: 0.5 }],
    ['"bị trừ x điểm tại 1 TCTP" gives the one criterion listed its deduction',
      ['- Lĩnh vực Xây dựng đội ngũ: Sở đạt 8/9 điểm, bị trừ 1 điểm tại 1 TCTP:', '+ TCTP 2.5.7 “Công chức thực hiện tốt kỷ luật”: Do có vi phạm.'],
      { code: '2.5.7', deducted: 1, reason: 'Do có vi phạm.' }],
    ['"điểm tối đa / điểm đạt / Nguyên nhân" phrasing is read too',
      ['- TCTP 4.2. Thực hiện quy định về cơ cấu ngạch công chức: điểm tối đa 1; điểm đạt 0,5. Nguyên nhân: chưa bố trí đủ công chức.'],
      { code: '4.2', max: 1, achieved: 0.5, deducted: 0.5, reason: 'chưa bố trí đủ công chức.' }],
    ['"bị trừ x điểm do …" after a title is a deduction with its reason',
      ['- TC 3.1 (1 điểm): Công bố, công khai TTHC bị trừ 0,25 điểm do chưa niêm yết đầy đủ.'],
      { code: '3.1', level: 'TC', max: 1, deducted: 0.25, achieved: 0.75, reason: 'do chưa niêm yết đầy đủ.' }],
    ['points in brackets inside the item end its title: "(điểm tối đa 3; điểm đạt 2,5)"',
      ['2. TC 2.1 Xây dựng văn bản QPPL (điểm tối đa 3; điểm đạt 2,5). Nguyên nhân: chậm ban hành kế hoạch.'],
      { code: '2.1', title: 'Xây dựng văn bản QPPL', max: 3, achieved: 2.5, deducted: 0.5, reason: 'chậm ban hành kế hoạch.' }],
    ['"Tiêu chí số x" names the criterion; "giảm x điểm" is a deduction',
      ['3. Tiêu chí số 3.2.1: Công khai TTHC, giảm 0,25 điểm do niêm yết chưa đầy đủ.'],
      { code: '3.2.1', title: 'Công khai TTHC', deducted: 0.25, reason: 'do niêm yết chưa đầy đủ.' }],
    ['"được a điểm trên tổng số b điểm" gives achieved and maximum',
      ['4. TCTP 5.3: Tuyển dụng công chức được 1,5 điểm trên tổng số 2 điểm.'],
      { code: '5.3', title: 'Tuyển dụng công chức', max: 2, achieved: 1.5, deducted: 0.5 }],
    ['"thẩm định x điểm, mất y điểm" gives the appraised points and the loss',
      ['- Tiêu chí 2.3.1 Kiểm tra việc thực hiện văn bản QPPL: Sở Nội vụ thẩm định 0 điểm, mất 1 điểm. Nguyên nhân: không ban hành kế hoạch kiểm tra.'],
      { code: '2.3.1', title: 'Kiểm tra việc thực hiện văn bản QPPL', max: 1, achieved: 0, deducted: 1, reason: 'không ban hành kế hoạch kiểm tra.' }],
    ['a code written against its marker ("TCTP1.5.3") is read', ['- TCTP1.5.3 Sáng kiến: bị trừ 1 điểm do chưa có sáng kiến.'],
      { code: '1.5.3', level: 'TCTP', title: 'Sáng kiến', deducted: 1, reason: 'do chưa có sáng kiến.' }],
    ['"(1,5 điểm)" after the title is the maximum, "đạt 1 điểm" the points achieved', ['- TC2.1: Văn bản QPPL (1,5 điểm): đạt 1 điểm.'],
      { code: '2.1', level: 'TC', title: 'Văn bản QPPL', max: 1.5, achieved: 1, deducted: 0.5 }],
    ['a "vì …" clause is the reason', ['6. Tại tiêu chí 7.2.1 Ứng dụng CNTT: trừ 0.5đ vì tỷ lệ hồ sơ trực tuyến thấp.'],
      { code: '7.2.1', title: 'Ứng dụng CNTT', deducted: 0.5, reason: 'vì tỷ lệ hồ sơ trực tuyến thấp.' }],
  ])('%s', (_, lines, expected) => {
    expect(findings(lines)).toEqual([expect.objectContaining(expected)])
  })

  it.each([
    ['section numbers of the document are not criterion codes', ['2.1.1. Công tác chỉ đạo điều hành (tổng điểm 36 điểm): Sở Nội vụ thẩm định 33 điểm, mất 3 điểm']],
    ['counts of criteria are not findings', ['Tại Phần I có 3/5 tiêu chí thành phần (TCTP) chưa đạt điểm tối đa']],
    ['a task table citing criteria without a loss has no findings', ['STT\tNội dung\tĐơn vị chủ trì\tThời gian', '1\tTCTP 1.1.1 Kế hoạch CCHC năm\tPhòng Nội vụ\tTrước ngày 01/12/2017']],
    ['a criterion cited in a solution section without a loss is not a finding', ['III. Giải pháp tăng điểm', '- Tại TCTP 5.2 (1đ): Mức độ thực hiện cơ cấu công chức. Phòng Nội vụ đã tham mưu.']],
    ['a title saying "được chấm 0,75 điểm" inside quotes is not a score', ['Các TCTP bị trừ điểm:', '+ TCTP 2.2.3 “Kịp thời công bố TTHC (trong năm không phát sinh được chấm 0,75 điểm)”: Do không phát sinh.']],
  ])('%s', (_, lines) => {
    const f = findings(lines)
    if (lines[0].startsWith('Các TCTP')) expect(f).toEqual([expect.objectContaining({ code: '2.2.3', achieved: null, max: null })])
    else expect(f).toEqual([])
  })

  it('the same criterion mentioned twice is one finding, first statement first', () => {
    const f = findings(['Các tiêu chí bị trừ điểm:', '+ TCTP 7.1.5 (3đ): Mức độ cung cấp dịch vụ công trực tuyến', 'Không có dịch vụ công trực tuyến mức độ 3. Mất 2 điểm.',
      'Các tiêu chí bị mất điểm khác:', '+ TCTP 7.1.5 (3đ): Mức độ cung cấp dịch vụ công trực tuyến: 1 điểm'])
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ code: '7.1.5', max: 3, achieved: 1, deducted: 2, reason: 'Không có dịch vụ công trực tuyến mức độ 3.' })
  })

  it('a criterion with children in the same document is a score of its area, not a finding', () => {
    const r = build(['Tiêu chí 1: Chỉ đạo, điều hành công tác CCHC: Đoàn thẩm định đánh giá đạt 9,03/11 điểm. Bị trừ các tiêu chí cụ thể sau:',
      '- Tiêu chí 1.7: Sáng kiến về công tác CCHC đạt 0,5/2.00 điểm. Lý do: Không có sáng kiến cấp tỉnh.'])
    expect(r.findings.map((f) => f.code)).toEqual(['1.7'])
    expect(r.findings[0].area).toBe('Chỉ đạo, điều hành công tác CCHC')
    expect(r.scores).toEqual([expect.objectContaining({ scope: 'area', code: '1', achieved: 9.03, max: 11, deducted: 1.97 })])
  })

  it('each finding has an evidence span that points at its criterion in the text', () => {
    const lines = ['Các tiêu chí bị trừ điểm:', '+ TCTP 2.4.3 “Phòng làm việc của Bộ phận TN&TKQ”: Do diện tích chưa đáp ứng yêu cầu.']
    const lin = linearOf(lines)
    const [f] = buildFindings(lin, 0, null).findings
    expect(lin.text.slice(f.span[0], f.span[1])).toMatch(/^TCTP 2\.4\.3 “Phòng làm việc.*yêu cầu\.$/u)
  })
})

describe('findings from scoring tables', () => {
  const table = [
    'TT\tTiêu chí, tiêu chí thành phần\tĐiểm tối đa\tĐiểm tự đánh giá\tĐiểm thẩm định\tLý do trừ điểm',
    '1\tCông tác chỉ đạo, điều hành\t11\t11\t9,5\t',
    '1.5\tSáng kiến về công tác CCHC\t2\t2\t0,5\tKhông có sáng kiến cấp tỉnh',
    '1.6\tCông tác tuyên truyền CCHC\t1\t1\t1\t',
    '2.1.4\tThực hiện quy trình xây dựng VBQPPL\t1\t1\t0,75\tLấy ý kiến chưa đủ 30 ngày',
  ]
  it('rows that lost appraisal points are findings with their reason; full-mark rows are not', () => {
    const r = build(table)
    expect(r.findings).toEqual([
      expect.objectContaining({ code: '1.5', title: 'Sáng kiến về công tác CCHC', max: 2, achieved: 0.5, deducted: 1.5, reason: 'Không có sáng kiến cấp tỉnh' }),
      expect.objectContaining({ code: '2.1.4', max: 1, achieved: 0.75, deducted: 0.25, reason: 'Lấy ý kiến chưa đủ 30 ngày' }),
    ])
  })
  it('a "Tiêu chí" column of bare codes is the code column, beside an "STT" that only numbers the rows; the title is in the next column', () => {
    const r = build([
      'STT\tTiêu chí\tNội dung\tĐiểm tối đa\tĐiểm đạt\tĐiểm bị trừ\tNguyên nhân',
      '1\t1.5.3\tSáng kiến trong CCHC\t2\t0\t2\tKhông có sáng kiến',
      '2\t2.1.1\tBan hành văn bản QPPL\t1\t0,5\t0,5\tChậm ban hành',
    ])
    expect(r.findings).toEqual([
      expect.objectContaining({ code: '1.5.3', title: 'Sáng kiến trong CCHC', max: 2, achieved: 0, deducted: 2, reason: 'Không có sáng kiến' }),
      expect.objectContaining({ code: '2.1.1', title: 'Ban hành văn bản QPPL', max: 1, achieved: 0.5, deducted: 0.5, reason: 'Chậm ban hành' }),
    ])
  })

  it('a remediation report’s table: "Tiêu chí bị trừ điểm" names the criterion column, a deduction column alone is enough, STT only numbers the rows, "Kết quả khắc phục" is the progress', () => {
    const r = build([
      'TT\tTiêu chí bị trừ điểm\tĐiểm bị trừ\tNguyên nhân\tGiải pháp khắc phục\tKết quả khắc phục\tĐơn vị thực hiện',
      '1\tTiêu chí 1.5: Sáng kiến CCHC\t1\tKhông có sáng kiến\tVận động viết sáng kiến\tChưa hoàn thành\tVăn phòng Sở',
      '2\tTiêu chí 3.2: Công khai TTHC\t0,5\tNiêm yết chưa đầy đủ\tRà soát niêm yết\tĐã hoàn thành\tVăn phòng Sở',
    ])
    expect(r.findings).toEqual([
      expect.objectContaining({ code: '1.5', title: 'Sáng kiến CCHC', deducted: 1, reason: 'Không có sáng kiến', status: 'not_done' }),
      expect.objectContaining({ code: '3.2', title: 'Công khai TTHC', deducted: 0.5, reason: 'Niêm yết chưa đầy đủ', status: 'done' }),
    ])
  })

  it('a losing parent row is the score of its area', () => {
    expect(build(table).scores).toEqual([expect.objectContaining({ scope: 'area', code: '1', achieved: 9.5, max: 11, deducted: 1.5 })])
  })
})

describe('bulleted bare codes', () => {
  it('a bulleted code with a stated loss in a deductions list is a finding', () => {
    expect(findings(['Các tiêu chí bị trừ điểm năm 2020:', '- 1.5.3. Sáng kiến trong triển khai công tác CCHC: bị trừ 2 điểm do không có sáng kiến.']))
      .toEqual([expect.objectContaining({ code: '1.5.3', deducted: 2, reason: 'do không có sáng kiến.' })])
  })
  it('a bulleted code without a loss is not, nor is a numbered section heading', () => {
    expect(findings(['Các tiêu chí bị trừ điểm:', '- 2.1. Công tác chỉ đạo điều hành của đơn vị', '2.1.1. Công tác chỉ đạo điều hành: mất 3 điểm'])).toEqual([])
  })
})

describe('other ways of writing points', () => {
  it.each([
    ['points in parentheses before the title', ['Các TCTP bị trừ điểm:', '- TCTP 2.2.3 (điểm tối đa 1; điểm đạt 0,5): Công khai TTHC đúng quy định. Do niêm yết chậm.'],
      { code: '2.2.3', title: 'Công khai TTHC đúng quy định', max: 1, achieved: 0.5, deducted: 0.5, reason: 'Do niêm yết chậm.' }],
    ['"a/b điểm" without a verb', ['- Tiêu chí 3.1: Rà soát TTHC: 0,5/1 điểm. Lý do: chưa rà soát đủ.'],
      { code: '3.1', title: 'Rà soát TTHC', max: 1, achieved: 0.5, deducted: 0.5, reason: 'chưa rà soát đủ.' }],
  ])('%s', (_, lines, expected) => {
    expect(findings(lines)).toEqual([expect.objectContaining(expected)])
  })
})
