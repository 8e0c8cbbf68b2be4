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
    ['position and name run together on one line (a text rendition of the signature cell)', ['Nơi nhận:', '- Lưu: VT.', 'GIÁM ĐỐC Nguyễn Đình Thơ'], { name: 'Nguyễn Đình Thơ', position: 'GIÁM ĐỐC' }],
    ['authority, position, "(đã ký)" and name run together', ['Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Phạm Văn Lợi'], { name: 'Phạm Văn Lợi', position: 'PHÓ CHỦ TỊCH', authority: 'KT. CHỦ TỊCH' }],
    ['a ministry\'s authority and a deputy minister run together', ['Nơi nhận:', '- Lưu: VT.', 'KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Đức Minh'], { name: 'Trần Đức Minh', position: 'THỨ TRƯỞNG', authority: 'KT. BỘ TRƯỞNG' }],
    ['a name whose first word is one letter (Ê Đê), run together with the position', ['Nơi nhận:', '- Lưu: VT.', 'PHÓ CHỦ TỊCH Y Thuận Mlô'], { name: 'Y Thuận Mlô', position: 'PHÓ CHỦ TỊCH' }],
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
