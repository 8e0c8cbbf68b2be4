import { describe, expect, it } from 'vitest'
import { correctDistrictSpelling, provinceOfDistrict } from '../../extract/fields/district-province.ts'

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

describe('the spelling of a district in an agency name', () => {
  it.each([
    ['a wrong tone mark takes the list\'s spelling', 'Ủy ban nhân dân huyện Tỉnh Biên', 'Ủy ban nhân dân huyện Tịnh Biên'],
    ['an upper-case header keeps its case', 'ỦY BAN NHÂN DÂN HUYỆN TỈNH BIÊN', 'ỦY BAN NHÂN DÂN HUYỆN TỊNH BIÊN'],
    ['a district name several provinces share is corrected too (one spelling)', 'UBND huyện Chậu Thành', 'UBND huyện Châu Thành'],
  ])('%s', (_, written, expected) => {
    expect(correctDistrictSpelling(written)?.value).toBe(expected)
  })

  it.each([
    ['a district spelled as the list spells it', 'Ủy ban nhân dân huyện Tịnh Biên'],
    ['old-style tone placement, which is the same spelling', 'UBND huyện Hoà Vang'],
    ['a provincial department', 'Sở Ngoại vụ tỉnh Thừa Thiên Huế'],
    ['a name matching no district even without diacritics', 'Ủy ban nhân dân huyện Không Có Thật'],
  ])('leaves %s as written', (_, written) => {
    expect(correctDistrictSpelling(written)).toBeNull()
  })
})
