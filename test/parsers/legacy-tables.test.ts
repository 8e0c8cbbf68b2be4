import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { decodeLegacy, encodeLegacy, encodeLegacyText } from '../../parsers/legacy/codec.ts'
import { VIETNAMESE_LETTERS } from '../../parsers/legacy/letters.ts'
import { LEGACY_ENCODINGS, LEGACY_TABLES } from '../../parsers/legacy/tables.ts'

const letters = VIETNAMESE_LETTERS.map((p) => p.letter)

describe('the letters the tables are checked against', () => {
  it('are the 134 Vietnamese letters beyond ASCII, each once, in NFC', () => {
    expect(letters).toHaveLength(134)
    expect(new Set(letters).size).toBe(134)
    for (const l of letters) expect(l).toBe(l.normalize('NFC'))
    expect(letters.join('')).toContain('ẳẵắặ')
    expect(letters).toContain('Ỵ')
    expect(letters).toContain('Đ')
  })
})

describe.each(LEGACY_ENCODINGS)('the %s table', (encoding) => {
  const table = LEGACY_TABLES[encoding]

  it('decodes the code of every letter back to that letter (letter by letter, all 134)', () => {
    const failures: string[] = []
    for (const letter of letters) {
      const runs = encodeLegacy(letter, encoding)
      const back = runs.map((r) => decodeLegacy(r.text, encoding, { caps: r.caps })).join('')
      if (back !== letter) failures.push(`${letter} → ${JSON.stringify(runs)} → ${back}`)
    }
    expect(failures).toEqual([])
  })

  it('gives every letter its own code, and every code decodes to exactly one letter', () => {
    expect(new Set(table.encode.values()).size).toBe(table.encode.size)
    for (const [code, letter] of table.decode) expect(table.encode.get(letter)).toBe(code)
  })

  it('round-trips running text: encode then decode gives the text again', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Ủy ban nhân dân huyện Tịnh Biên: Kết quả khắc phục tồn tại, '
      + 'được giao; Chương trình tổng thể; Ỷ lại, ỹ, ỵ, Ỵ; ĐẮK LẮK — Quyết định số 418/QĐ-UBND (bị trừ 0,5 điểm).'
    const runs = encodeLegacy(text, encoding)
    expect(runs.map((r) => decodeLegacy(r.text, encoding, { caps: r.caps })).join('')).toBe(text)
  })
})

describe('TCVN3 (ABC fonts)', () => {
  it('agrees with the C library’s TCVN 5712:1993 converter (iconv) on every code of the table', () => {
    const codes = [...LEGACY_TABLES.tcvn3.decode.keys()]
    const bytes = Buffer.from(codes.map((c) => c.charCodeAt(0)))
    const iconv = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: bytes }).toString('utf8')
    expect([...iconv.normalize('NFC')]).toEqual(codes.map((c) => LEGACY_TABLES.tcvn3.decode.get(c)))
  })

  it.each([
    ['KÕt qu¶ kh¾c phôc tån t¹i', false, 'Kết quả khắc phục tồn tại'],
    ['C¨n cø QuyÕt ®Þnh sè 418/Q§-UBND', false, 'Căn cứ Quyết định số 418/QĐ-UBND'],
    ['Ch\u00ad¬ng tr×nh, n\u00adíc', false, 'Chương trình, nước'],
    ['céng hoµ x· héi chñ nghÜa viÖt nam', true, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['kt. chñ tÞch', true, 'KT. CHỦ TỊCH'],
  ])('reads "%s" (capitals font: %s) as "%s"', (code, caps, text) => {
    expect(decodeLegacy(code, 'tcvn3', { caps })).toBe(text)
  })

  it('writes a capital that has no code as a one-letter run in the capitals font', () => {
    expect(encodeLegacy('Ủy ban', 'tcvn3')).toEqual([{ text: 'ñ', caps: true }, { text: 'y ban', caps: false }])
    expect(encodeLegacy('KẾ HOẠCH', 'tcvn3', { capsFont: true })).toEqual([{ text: 'kÕ ho¹ch', caps: true }])
  })
})

describe('VNI', () => {
  it.each([
    ['Vieät Nam', 'Việt Nam'],
    ['UÛY BAN NHAÂN DAÂN TÆNH AN GIANG', 'ỦY BAN NHÂN DÂN TỈNH AN GIANG'],
    ['ñöôïc, Ñoäc laäp, Ngöôøi, Chöông', 'được, Độc lập, Người, Chương'],
    ['Keát quaû khaéc phuïc; yù kieán; ngaøy 28 thaùng 8 naêm 2017', 'Kết quả khắc phục; ý kiến; ngày 28 tháng 8 năm 2017'],
  ])('reads "%s" as "%s", and writes it back', (code, text) => {
    expect(decodeLegacy(code, 'vni')).toBe(text)
    expect(encodeLegacyText(text, 'vni')).toBe(code)
  })
})

describe('VIQR', () => {
  it('reads modifier then tone after the base letter, dd for đ', () => {
    expect(decodeLegacy("Ngu+o+`i ddu+o+.c giao: Vie^.t Nam, DDa('k La('k", 'viqr')).toBe('Người được giao: Việt Nam, Đắk Lắk')
  })
})
