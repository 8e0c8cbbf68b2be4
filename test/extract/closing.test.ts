import { describe, expect, it } from 'vitest'
import { extractClosing } from '../../extract/fields/closing.ts'
import { linearOf } from './model-of.ts'

const closing = (lines: string[]) => extractClosing(linearOf(lines), 0)

describe('recipients and signer', () => {
  it('lists recipients without bullets and trailing semicolons, and reads the signer below them', () => {
    const c = closing(['Trên đây là Kế hoạch …/.', 'Nơi nhận:', '- UBND tỉnh (để b/c);', '- Sở Nội vụ;', '- Lưu: VT, N.', 'GIÁM ĐỐC\n(đã ký)\nTrần Công Phú'])
    expect(c.recipients.map((r) => r.value)).toEqual(['UBND tỉnh (để b/c)', 'Sở Nội vụ', 'Lưu: VT, N.'])
    expect(c.signer).toMatchObject({ name: 'Trần Công Phú', position: 'GIÁM ĐỐC', authority: null })
  })

  it.each([
    ['an authority line above the position', ['Nơi nhận:', '- Lưu: VT.', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Văn Thành'], { name: 'Nguyễn Văn Thành', position: 'PHÓ GIÁM ĐỐC', authority: 'KT. GIÁM ĐỐC' }],
    ['authority and position flattened onto one line', ['Nơi nhận:', '- Lưu: VT.', 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC', 'Nguyễn Văn Thành'], { position: 'PHÓ GIÁM ĐỐC', authority: 'KT. GIÁM ĐỐC' }],
    ['"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"', ['Nơi nhận:', '- Như trên;', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Thành Quân'], { name: 'Nguyễn Thành Quân', position: 'CHỦ TỊCH', authority: 'TM. ỦY BAN NHÂN DÂN' }],
    ['a name written in capitals', ['Nơi nhận:', '- Lưu: VT.', 'CHÁNH VĂN PHÒNG', 'LÊ THỊ KHÁNH CẨM'], { name: 'LÊ THỊ KHÁNH CẨM', position: 'CHÁNH VĂN PHÒNG' }],
  ])('reads %s', (_, lines, signer) => {
    expect(closing(lines).signer).toMatchObject(signer)
  })

  it('splits recipients written inline after "Nơi nhận:"', () => {
    expect(closing(['Nơi nhận: - Như trên; - Sở Nội vụ; - Lưu: VT.']).recipients.map((r) => r.value)).toEqual(['Như trên', 'Sở Nội vụ', 'Lưu: VT'])
  })

  it('finds a signature without a recipient list', () => {
    expect(closing(['Nội dung báo cáo.', 'GIÁM ĐỐC', 'Trần Khánh Phôi']).signer).toMatchObject({ name: 'Trần Khánh Phôi', position: 'GIÁM ĐỐC' })
  })
})
