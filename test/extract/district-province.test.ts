import { describe, expect, it } from 'vitest'
import { provinceOfDistrict } from '../../extract/fields/district-province.ts'

describe('the province of a district-level agency', () => {
  it.each([
    ['a district found in one province only', ['Ủy ban nhân dân huyện Tịnh Biên'], '', 'An Giang'],
    ['a town (thị xã) and an upper-case header name', ['UBND THỊ XÃ SƠN TÂY'], '', 'Hà Nội'],
    ['a district name several provinces share, settled by the province the text names', ['Ủy ban nhân dân huyện Châu Thành'],
      'Thực hiện Công văn số 512/SNV-CCHC của Sở Nội vụ tỉnh Tiền Giang', 'Tiền Giang'],
  ])('%s', (_, agencies, text, expected) => {
    expect(provinceOfDistrict(agencies, text)).toBe(expected)
  })

  it.each([
    ['a shared district name the text does not settle', ['Ủy ban nhân dân huyện Châu Thành'], ''],
    ['a provincial department (no district in its name)', ['Sở Ngoại vụ'], ''],
    ['a place that is no district', ['Ủy ban nhân dân huyện Không Có Thật'], ''],
  ])('leaves it unknown for %s', (_, agencies, text) => {
    expect(provinceOfDistrict(agencies, text)).toBeNull()
  })
})
