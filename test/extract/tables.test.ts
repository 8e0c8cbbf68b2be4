import { describe, expect, it } from 'vitest'
import { buildFindings } from '../../extract/build-findings.ts'
import { linearize } from '../../extract/linearize.ts'
import { classifyColumns, headingRole } from '../../extract/tables/columns.ts'
import { DocumentModelSchema } from '../../schemas/document-model.ts'
import { linearOf } from './model-of.ts'

const build = (lines: string[]) => buildFindings(linearOf(lines), 0, 2020)
const rolesOf = (lines: string[]) => classifyColumns(linearOf(lines).tables[0]).roles

// a table from rows of cells; a cell is text, or { text, span } for a cell spanning columns,
// or '^' for a cell merged with the one above
type C = string | { text: string; span: number }
const table = (rows: C[][], header = 0) => DocumentModelSchema.parse({ format: 'docx', blocks: [{ type: 'table', rows: rows.map((cells, r) => ({
  header: r < header,
  cells: cells.map((c) => (c === '^' ? { paragraphs: [''], mergedAbove: true } : typeof c === 'string' ? { paragraphs: [c] } : { paragraphs: [c.text], colSpan: c.span })),
})) }] })

describe('column roles', () => {
  it.each([
    ['"Nguyên nhân bị trừ điểm" is a reason, "Điểm bị trừ" a deduction: the head of the heading decides',
      ['TT\tTiêu chí\tĐiểm bị trừ\tNguyên nhân bị trừ điểm', '1.1\tTuyên truyền\t0,5\tChưa tọa đàm'], ['code', 'criterion', 'deducted', 'reason']],
    ['a criterion column of bare codes is the code column, the title is the next', ['STT\tTiêu chí/TCTP\tNội dung bị trừ điểm\tĐiểm tối đa\tĐiểm đạt',
      '1\t1.1.2\tMức độ hoàn thành: 90%\t1\t0,75', '2\t1.3\tTuyên truyền\t1\t0,5'], ['stt', 'code', 'criterion', 'max', 'achieved']],
    ['"Nội dung" is the task beside owners and deadlines', ['STT\tNội dung\tĐơn vị\tThời gian', '1\tBan hành kế hoạch\tVăn phòng\tQuý I/2020'],
      ['stt', 'task', 'owner', 'deadline']],
    ['"Đơn vị" beside points is the agency ranked; the total stands for the points achieved', ['TT\tĐơn vị\tĐiểm thẩm định\tĐiểm khảo sát\tTổng điểm\tXếp hạng',
      '1\tPhòng Nội vụ\t63.4\t29.12\t92.52\t1'], ['stt', 'agency', 'appraisal', 'survey', 'achieved', 'rank']],
    ['a numbered column of codes in a scoring table is the code column', ['TT\tLĩnh vực / Tiêu chí\tĐiểm chuẩn\tĐiểm đạt', 'I\tChỉ đạo\t12\t9', '1.1\tKế hoạch\t2\t1'],
      ['code', 'criterion', 'max', 'achieved']],
    ['a note column holds the reasons where none is headed so', ['STT\tTiêu chí\tĐiểm tối đa\tĐiểm tự đánh giá\tGhi chú', '1.5\tSáng kiến\t2\t1,5\tChưa có'],
      ['code', 'criterion', 'max', 'achieved', 'reason']],
  ])('%s', (_, lines, roles) => {
    expect(rolesOf(lines)).toEqual(roles)
  })

  it.each([
    ['"SIT" (OCR for "STT") is the row number', 'SIT', 'stt'],
    ['"Điểm tôi đa" (a hook misread) is the maximum', 'Điểm tôi đa', 'max'],
    ['"Nôi dung" (typed without its dot) is the content', 'Nôi dung', 'content'],
    ['"Tình hinh thưc hiên" is the progress', 'Tình hinh thưc hiên', 'progress'],
    ['"Tên" is no misspelt heading', 'Tên', null],
    ['"Mức" is no misspelt heading', 'Mức', null],
    ['"Điểm đa" is two edits from "điểm tối đa": read by its head "Điểm"', 'Điểm đa', 'achieved'],
  ])('a heading one edit from a lexicon phrase takes its role: %s', (_, heading, role) => {
    expect(headingRole(heading)).toBe(role)
  })

  it('reads a heading over two rows and skips a row that only numbers the columns', () => {
    const c = classifyColumns(linearize(table([['STT', 'Tên đơn vị', { text: 'Điểm', span: 3 }, 'Xếp loại'], ['', '', 'Thẩm định', 'Khảo sát', 'Tổng', ''],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'], ['1', 'Phòng Nội vụ', '63.40', '29.12', '92.52', 'Xuất sắc']], 2)).tables[0])
    expect(c.headerRows).toBe(3)
    expect(c.roles).toEqual(['stt', 'agency', 'appraisal', 'survey', 'achieved', 'class'])
  })

  it('takes the role of a column whose heading it does not know from its cells, and says so', () => {
    const r = build(['TT\tNội dung khắc phục\tTCTP\tĐơn vị chủ trì\tHạn chót', '1\tRà soát\t1.1.2\tVăn phòng\tTrước 30/6/2020', '2\tTuyên truyền\t1.3\tVăn phòng\tQuý III/2020'])
    expect(r.actions.map((a) => a.deadline?.raw)).toEqual(['Trước 30/6/2020', 'Quý III/2020'])
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'unknown_column', message: expect.stringContaining('"Hạn chót" is not a heading the lexicon knows; read as deadline') })])
  })

  it('warns about a column it cannot read at all', () => {
    const r = build(['TT\tTCTP\tNội dung\tĐơn vị chủ trì\tXyz', '1\t1.1.2\tRà soát\tVăn phòng\tabc def ghi', '2\t1.3\tTuyên truyền\tVăn phòng\tjkl mno'])
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'unknown_column', message: expect.stringContaining('ignored') })])
  })
})

describe('scoring tables', () => {
  const scoring = ['TT\tLĩnh vực/Tiêu chí\tĐiểm tối đa\tĐiểm đạt\tĐiểm bị trừ\tGiải trình', 'I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\t12\t10,5\t1,5\t',
    '1.1\tKế hoạch CCHC năm\t3\t2,5\t0,5\t', '1.1.1\tBan hành kế hoạch\t1\t1\t\t', '1.1.2\tMức độ hoàn thành kế hoạch\t2\t1,5\t0,5\tHoàn thành 24/28 nhiệm vụ',
    '1.2\tBáo cáo CCHC\t2\t2\t\t', '1.5\tSáng kiến\t2\t1\t1\tChưa có sáng kiến', '\tTỔNG CỘNG\t65\t59,25\t5,75\t']
  it('gives areas (whatever they lost), criteria groups, the total, and findings for leaves that lost points', () => {
    const r = build(scoring)
    expect(r.scores.map((s) => [s.scope, s.code, s.label, s.achieved, s.max, s.deducted])).toEqual([
      ['area', 'I', 'Công tác chỉ đạo, điều hành CCHC', 10.5, 12, 1.5], ['area', '1.1', 'Kế hoạch CCHC năm', 2.5, 3, 0.5], ['total', null, 'Tổng cộng', 59.25, 65, 5.75]])
    expect(r.findings.map((f) => [f.code, f.title, f.max, f.achieved, f.deducted, f.reason])).toEqual([
      ['1.1.2', 'Mức độ hoàn thành kế hoạch', 2, 1.5, 0.5, 'Hoàn thành 24/28 nhiệm vụ'], ['1.5', 'Sáng kiến', 2, 1, 1, 'Chưa có sáng kiến']])
  })

  it('reads "(max/achieved)" in a criterion cell when the heading declares the order, and the remediation columns', () => {
    const r = build(['STT\tTiêu chí bị trừ điểm (điểm tối đa/điểm đạt)\tHạn chế, nguyên nhân\tNhiệm vụ khắc phục\tĐơn vị chủ trì\tThời hạn\tTiến độ',
      '1\tTCTP 2.3.1: Công tác theo dõi thi hành pháp luật (1,0/0,5)\tChưa ban hành kế hoạch\tBan hành kế hoạch\tThanh tra Sở\tTrước 30/6/2024\tHoàn thành'])
    expect(r.findings).toEqual([expect.objectContaining({ code: '2.3.1', title: 'Công tác theo dõi thi hành pháp luật', max: 1, achieved: 0.5, deducted: 0.5,
      reason: 'Chưa ban hành kế hoạch', status: 'done' })])
    expect(r.actions).toEqual([expect.objectContaining({ code: '2.3.1', owner: 'Thanh tra Sở', deadline: { raw: 'Trước 30/6/2024', iso: '2024-06-30' }, status: 'done' })])
  })

  it('a finding takes its status from the row of a results table that names it', () => {
    const r = build(['TT\tTiêu chí, TCTP bị trừ điểm\tĐiểm tối đa\tĐiểm đạt\tKết quả khắc phục\tTình trạng',
      '1\tTC 1.6. Sáng kiến trong công tác CCHC\t1\t0,5\tĐã đăng ký 02 sáng kiến\tĐang khắc phục', '2\tTCTP 7.3.3. Hồ sơ trực tuyến\t1,5\t0,5\tNgười dân chưa quen\tChưa khắc phục được'])
    expect(r.findings.map((f) => [f.code, f.status])).toEqual([['1.6', 'in_progress'], ['7.3.3', 'not_done']])
  })
})

describe('task tables', () => {
  it('row numbers of a task table are section numbers, not criteria', () => {
    const r = build(['STT\tNhiệm vụ\tĐơn vị thực hiện\tThời gian', '1\tCông tác chỉ đạo\t\t', '1.1\tBan hành Kế hoạch CCHC\tVăn phòng Sở\tTháng 01/2018'])
    expect(r.findings).toEqual([])
    expect(r.actions.map((a) => [a.code, a.owner])).toEqual([[null, 'Văn phòng Sở']])
  })

  it('an owner cell merged down several rows gives each row its owner', () => {
    const r = buildFindings(linearize(table([['TT', 'TCTP', 'Nội dung khắc phục', 'Đơn vị chủ trì', 'Thời gian'], ['1', '1.1.3', 'Đôn đốc', 'Văn phòng Sở', 'Hằng quý'],
      ['2', '1.6', 'Phát động sáng kiến', '^', 'Quý III/2020'], ['3', '7.4.1', 'Văn bản điện tử', '^', 'Thường xuyên']], 1)), 0, 2019)
    expect(r.actions.map((a) => [a.code, a.owner])).toEqual([['1.1.3', 'Văn phòng Sở'], ['1.6', 'Văn phòng Sở'], ['7.4.1', 'Văn phòng Sở']])
  })

  it('a table continued without its header takes the columns of the one above, and its group owner', () => {
    const lin = linearize(DocumentModelSchema.parse({ format: 'pdf', blocks: [
      { type: 'table', rows: [{ cells: ['STT', 'Tiêu chí', 'Phối hợp', 'Thời hạn'].map((t) => ({ paragraphs: [t] })) },
        { cells: [{ paragraphs: ['PHÒNG NỘI VỤ'], colSpan: 4 }] }, { cells: ['1', 'TCTP 1.1.1 Kế hoạch', 'Các phòng', 'Quý I'].map((t) => ({ paragraphs: [t] })) }] },
      { type: 'table', rows: [{ cells: ['2', 'TCTP 1.3.1 Kiểm tra', 'Các phòng', 'Quý II'].map((t) => ({ paragraphs: [t] })) }] }] }))
    expect(buildFindings(lin, 0, 2016).actions.map((a) => [a.code, a.owner, a.deadline?.raw])).toEqual([['1.1.1', 'Phòng Nội vụ', 'Quý I'], ['1.3.1', 'Phòng Nội vụ', 'Quý II']])
  })
})
