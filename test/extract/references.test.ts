import { describe, expect, it } from 'vitest'
import { extractReferences } from '../../extract/fields/references.ts'

const own = { normalized: '119/KH-UBND', typeCode: 'KH', issuerCode: 'UBND', start: 0, end: 0 }

describe('cited documents', () => {
  it.each([
    ['a plan cited with a written date', 'Thực hiện Kế hoạch số 162/KH-UBND ngày 28 tháng 7 năm 2017 của UBND tỉnh', { kind: 'ke_hoach', number: '162/KH-UBND', date: '2017-07-28' }],
    ['a decision cited with a numeric date', 'Quyết định số 2853/QĐ-UBND ngày 11/8/2021 của UBND tỉnh', { kind: 'quyet_dinh', number: '2853/QĐ-UBND', date: '2021-08-11' }],
    ['an official letter has no type code', 'Công văn số 323/SNgV-VP ngày 07/07/2020 gửi Văn phòng', { kind: 'cong_van', number: '323/SNgV-VP', date: '2020-07-07' }],
    ['a citation without a date', 'Nghị định số 120/2020/NĐ-CP nhưng Sở chưa có phương án', { number: '120/2020/NĐ-CP', date: null }],
    ['a date further away belongs to something else', 'Chỉ thị số 35-CT/TW của Bộ Chính trị về công tác ngày 05/5/2017', { number: '35-CT/TW', date: null }],
  ])('reads %s', (_, text, expected) => {
    expect(extractReferences(text, null, null).value).toEqual([expect.objectContaining(expected)])
  })

  it('one document cited twice is listed once, and two different dates are flagged', () => {
    const r = extractReferences('Nghị quyết số 05-NQ/TU ngày 05/02/2016; … Nghị quyết số 05-NQ/TU ngày 05/12/2016', null, null)
    expect(r.value).toHaveLength(1)
    expect(r.value[0].date).toBe('2016-02-05')
    expect(r.warnings.map((w) => w.code)).toEqual(['reference_date_conflict'])
  })

  it('the document citing itself under another number is flagged, not listed', () => {
    const r = extractReferences('(Kèm theo Kế hoạch số 419/KH-UBND ngày 28 tháng 8 năm 2017)', own, '2017-08-28')
    expect(r.value).toEqual([])
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'number_mismatch' })])
  })

  it('the evidence span covers the number as written', () => {
    const text = 'theo Kế hoạch số 102/KH-SNgV ngày 14/02/2022'
    const [ref] = extractReferences(text, null, null).value
    expect(text.slice(ref.span[0], ref.span[1])).toBe('102/KH-SNgV')
  })
})
