import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../extract/fields/header.ts'
import { linearOf } from './model-of.ts'

const header = (lines: string[]) => extractHeader(linearOf(lines).units)

describe('official header', () => {
  it('reads agency, parent, number, place, date, kind and title from header lines', () => {
    const h = header(['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ NGOẠI VỤ', 'Số: 1073 /KH-SNgV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc', 'Thừa Thiên Huế, ngày 18 tháng 8 năm 2017', 'KẾ HOẠCH',
      'Nâng cao Chỉ số cải cách hành chính của Sở Ngoại vụ năm 2017', 'Thực hiện Kế hoạch số 162/KH-UBND …'])
    expect(h).toMatchObject({ kind: 'ke_hoach', province: 'Thừa Thiên Huế',
      number: { normalized: '1073/KH-SNgV' }, place: { value: 'Thừa Thiên Huế' }, date: { iso: '2017-08-18' },
      issuer: { name: 'Sở Ngoại vụ', parent: 'UBND tỉnh Thừa Thiên Huế' },
      title: { value: 'Nâng cao Chỉ số cải cách hành chính của Sở Ngoại vụ năm 2017' } })
  })

  it('joins a People’s Committee name broken over two lines', () => {
    const h = header(['ỦY BAN NHÂN DÂN', 'HUYỆN TỊNH BIÊN', 'Số: 119 /KH-UBND', 'Tỉnh Biên, ngày 28 tháng 8 năm 2017', 'KẾ HOẠCH', 'Thực hiện …'])
    expect(h.issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Tịnh Biên', parent: null })
    expect(h.place?.value).toBe('Tỉnh Biên')
  })

  it('pulls number and place apart when a PDF puts them on one line', () => {
    const h = header(['SỞ NGOẠI VỤ', 'Số: 95/KH-SNgV Quảng Trị, ngày 30 tháng 01 năm 2019', 'KẾ HOẠCH', 'Duy trì …'])
    expect(h).toMatchObject({ number: { normalized: '95/KH-SNgV' }, place: { value: 'Quảng Trị' }, date: { iso: '2019-01-30' }, province: 'Quảng Trị' })
  })

  it('keeps an unnumbered, undated draft partial', () => {
    const h = header(['SỞ NGOẠI VỤ', 'Số:       /BC-SNgV', 'Quảng Ngãi, ngày      tháng 9 năm 2020', 'BÁO CÁO', 'Tình hình …'])
    expect(h.number).toMatchObject({ normalized: '/BC-SNgV', seq: null })
    expect(h.date).toMatchObject({ iso: null, year: 2020, month: 9, day: null })
  })

  it('continues a title over lines that start in lower case', () => {
    const h = header(['BÁO CÁO', 'Việc khắc phục tồn tại, hạn chế qua kết quả kiểm tra', 'của Đoàn thẩm định năm 2021', 'Căn cứ vào kết quả …'])
    expect(h.title?.value).toBe('Việc khắc phục tồn tại, hạn chế qua kết quả kiểm tra của Đoàn thẩm định năm 2021')
    expect(h.issuer).toBeNull()
  })

  it('takes the kind from the number when there is no kind line', () => {
    expect(header(['SỞ NỘI VỤ', 'Số: 12/BC-SNV', 'Nội dung …']).kind).toBe('bao_cao')
  })
})

describe('a header flattened into one line (web-page text)', () => {
  it('still finds the agencies, the number, the place and the date', () => {
    const h = header(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 45/BC-SNV Quảng Nam, ngày 05 tháng 3 năm 2021',
      'BÁO CÁO', 'Kết quả khắc phục …'])
    expect(h).toMatchObject({ kind: 'bao_cao', number: { normalized: '45/BC-SNV' }, date: { iso: '2021-03-05' },
      issuer: { name: 'Sở Nội vụ', parent: 'Ủy ban nhân dân tỉnh Quảng Nam' }, province: 'Quảng Nam', place: { value: 'Quảng Nam' } })
  })
})

describe('a header set with tab stops (each left line before its right line)', () => {
  it('takes the agency and its parent from the left parts of the lines', () => {
    const h = header(['UBND TỈNH QUẢNG BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc',
      'Số: 77/KH-SNV Quảng Bình, ngày 10 tháng 01 năm 2020', 'KẾ HOẠCH', 'Khắc phục hạn chế Chỉ số CCHC năm 2019'])
    expect(h).toMatchObject({ kind: 'ke_hoach', number: { normalized: '77/KH-SNV' }, date: { iso: '2020-01-10' },
      issuer: { name: 'Sở Nội vụ', parent: 'UBND tỉnh Quảng Bình' }, province: 'Quảng Bình', place: { value: 'Quảng Bình' } })
  })
})

describe('official letters', () => {
  it('a number without a type code and a "V/v" line make a công văn', () => {
    expect(header(['SỞ NỘI VỤ', 'Số: 323/SNV-CCHC', 'V/v khắc phục tồn tại, hạn chế', 'Kính gửi: …']).kind).toBe('cong_van')
  })
})

describe('an article (a news item from a portal)', () => {
  it('takes the headline above the dated line as its title, and the portal’s province; the portal is no issuer', () => {
    const h = header(['CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG', 'Trang chủ » Tin tức » Cải cách hành chính',
      'Công bố Chỉ số cải cách hành chính năm 2015 của các sở, ngành', 'Thứ Hai, 14/03/2016 - 15:20', 'Sáng ngày 11/3/2016, UBND tỉnh tổ chức Hội nghị …'])
    expect(h).toMatchObject({ kind: null, number: null, issuer: null, province: 'Vĩnh Long', date: { iso: '2016-03-14' },
      title: { value: 'Công bố Chỉ số cải cách hành chính năm 2015 của các sở, ngành' } })
    expect(h.bodyStart).toBe(4)
  })
})
