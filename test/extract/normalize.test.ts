import { describe, expect, it } from 'vitest'
import { foldAscii, foldTone, matchKey, normalizeText } from '../../extract/text/normalize.ts'
import { parseViNumber } from '../../extract/text/numbers.ts'
import { garbledShare } from '../../extract/text/garbled.ts'

describe('Vietnamese text', () => {
  it.each([
    ['decomposed input becomes NFC', 'Sa\u0301ng kiê\u0301n', 'Sáng kiến'],
    ['Icelandic Eth is read as Đ', '\u00D0ạt', 'Đạt'],
    ['a no-break space is a space', 'Sở\u00A0Nội vụ', 'Sở Nội vụ'],
  ])('%s', (_, input, expected) => expect(normalizeText(input)).toBe(expected))

  it.each([
    ['old and new tone placement fold together', 'Hiện đại hoá', 'hiện đại hóa'],
    ['uỷ and ủy fold together', 'Uỷ ban', 'ủy ban'],
    ['a tone inside a longer syllable is left alone', 'hoàn thành', 'hoàn thành'],
  ])('%s', (_, input, expected) => expect(foldTone(input)).toBe(expected))

  it('diacritic-insensitive folding keeps the length of NFC text, so offsets carry over', () => {
    const s = 'Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận'
    expect(foldAscii(s)).toBe('sang kien trong trien khai cong tac cchc duoc ubnd tinh cong nhan')
    expect(foldAscii(s).length).toBe(s.length)
  })

  it('match keys ignore quotes, emphasis and trailing punctuation', () => {
    expect(matchKey('“Hoàn thiện cơ chế phối hợp”.')).toBe(matchKey('hoàn thiện cơ chế phối hợp'))
  })

  it.each([['4,25', 4.25], ['3.5', 3.5], ['1.00', 1], ['01', 1], ['0,5đ', null]])('reads the number %s as %s', (raw, n) => {
    expect(parseViNumber(raw)).toBe(n)
  })

  it('legacy-font text is recognized as garbled while real Vietnamese is not', () => {
    const tcvn3 = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp Tù do H¹nh phóc '.repeat(5)
    const viet = 'Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc '.repeat(5)
    expect(garbledShare(tcvn3)).toBeGreaterThan(0.3)
    expect(garbledShare(viet)).toBe(0)
  })
})
