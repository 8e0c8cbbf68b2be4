import { describe, expect, it } from 'vitest'
import { continueClosing } from '../../parsers/pdf-closing.ts'
import type { PdfLine } from '../../parsers/pdf-text-lines.ts'

// A line as the PDF reader builds it: runs of text with their horizontal extent.
const line = (...segs: Array<[number, number, string]>): PdfLine => ({
  page: 5, y: 100, x0: segs[0][0], x1: segs[segs.length - 1][1], size: 13, text: segs.map((s) => s[2]).join(' '),
  segs: segs.map(([x0, x1, text]) => ({ x0, x1, text, bold: false, italic: false })), bold: false, italic: false, items: [],
})
const GAP = 270 // where the signer column of the block cut by the page break starts

describe('a closing block cut by a page break goes on at the top of the next page', () => {
  it.each([
    ['a recipient item and the signer’s name on one line', line([88, 154, '- UBND tỉnh;'], [271, 361, 'Trần Khánh Phôi']), '- UBND tỉnh;', { left: '- UBND tỉnh;', joinsLeft: false, right: 'Trần Khánh Phôi' }],
    ['a recipient item reaching past the middle of the gap', line([88, 245, '- Các phòng chuyên môn, đơn vị']), '- các PGĐ;', { left: '- Các phòng chuyên môn, đơn vị', joinsLeft: false, right: '' }],
    ['the wrapped rest of an item that does not end in ";"', line([88, 134, 'thuộc Sở;']), '- Các phòng chuyên môn, đơn vị', { left: 'thuộc Sở;', joinsLeft: true, right: '' }],
    ['the signer’s name alone on the right', line([300, 390, 'Lê Thị Khánh Cẩm']), '- Lưu: VT.', { left: '', joinsLeft: false, right: 'Lê Thị Khánh Cẩm' }],
  ])('takes %s', (_what, l, lastLeft, want) => {
    expect(continueClosing(l, GAP, lastLeft, true)).toEqual(want)
  })

  it.each([
    ['body text across the gap', line([82, 495, 'Trên đây là Kế hoạch của Sở Ngoại vụ năm 2019, đề nghị các phòng thực hiện.']), '- Lưu: VT.'],
    ['a plain line after a finished item', line([88, 200, 'PHỤ LỤC KÈM THEO']), '- Lưu: VT.'],
    ['an upper-case title alone on the right once the signer has a title', line([280, 340, 'PHỤ LỤC']), '- Lưu: VT.'],
  ])('stops at %s', (_what, l, lastLeft) => {
    expect(continueClosing(l, GAP, lastLeft, true)).toBeNull()
  })
})
