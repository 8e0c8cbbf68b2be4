import { describe, expect, it } from 'vitest'
import { readStyleFonts } from '../../parsers/docx-style-fonts.ts'
import { capitalizeSentences, readsAsCapsHeading, restoreCaseInLines } from '../../parsers/legacy/case.ts'
import { encodingOfFont } from '../../parsers/legacy/fonts.ts'
import { restoreLostU } from '../../parsers/legacy/lost-u.ts'
import { restoreSoftHyphens } from '../../parsers/pdf-hidden-marks.ts'

describe('font names that stand for a legacy encoding', () => {
  it.each([
    ['.VnTime', { encoding: 'tcvn3', caps: false }],
    ['.VnTimeH', { encoding: 'tcvn3', caps: true }],
    ['.VnArial NarrowH', { encoding: 'tcvn3', caps: true }],
    ['ABCDEF+.VnTime,Bold', { encoding: 'tcvn3', caps: false }],
    ['VnTimeH-Bold', { encoding: 'tcvn3', caps: true }],
    ['VNI-Times', { encoding: 'vni', caps: false }],
    ['BAAAAA+VNI-Helve-Bold', { encoding: 'vni', caps: false }],
    ['Times New Roman', null],
    ['DejaVuSans-Bold', null],
    ['Arial', null],
  ])('%s → %j', (name, expected) => {
    expect(encodingOfFont(name)).toEqual(expected)
  })
})

describe('the fonts of a .docx’s styles', () => {
  const styles = `<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/><w:b/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Plain"><w:rPr><w:b/></w:rPr></w:style>
    <w:style w:type="character" w:styleId="Vni"><w:rPr><w:rFonts w:hAnsi="VNI-Times"/></w:rPr></w:style></w:styles>`
  const fonts = readStyleFonts(styles)
  it.each([
    ['a paragraph without a style has Normal’s font', () => fonts.paragraph(null), '.VnTime'],
    ['a style’s own font', () => fonts.paragraph('Heading1'), '.VnTimeH'],
    ['a style without a font has its base style’s', () => fonts.paragraph('Body'), '.VnTime'],
    ['a style based on nothing has the document default', () => fonts.paragraph('Plain'), 'Times New Roman'],
    ['a character style’s font (hAnsi, where the legacy codes are)', () => fonts.character('Vni'), 'VNI-Times'],
    ['no character style: no font of its own', () => fonts.character(null), null],
  ])('%s', (_, read, expected) => {
    expect(read()).toBe(expected)
  })
})

describe('capitals that the TCVN3 capitals font printed, in text that lost the font', () => {
  it.each([
    ['kế hoạch', true], ['ủy ban nhân dân huyện hải hậu', true], ['phó chủ tịch', true],
    ['Khắc phục những hạn chế', false], ['thực hiện nghiêm túc các quy định.', false], ['UBND huyện', false],
  ])('"%s" reads as a heading in the capitals font: %s', (line, heading) => {
    expect(readsAsCapsHeading(line)).toBe(heading)
  })

  it.each([
    ['ủy ban nhân dân huyện xây dựng', 'Ủy ban nhân dân huyện xây dựng'],
    ['thị thành. ủy ban nhân dân huyện', 'thị thành. Ủy ban nhân dân huyện'],
    ['- ủy ban các xã', '- Ủy ban các xã'],
    ['2.1. ứng dụng công nghệ', '2.1. Ứng dụng công nghệ'],
    ['của ủy ban nhân dân', 'của ủy ban nhân dân'],
  ])('capitalizes a toned vowel that opens a sentence: "%s"', (line, expected) => {
    expect(capitalizeSentences(line)).toBe(expected)
  })

  it('takes lines that stand alone as headings, and leaves wrapped prose lines', () => {
    const lines = ['', 'kế hoạch', 'Thực hiện các nhiệm vụ trong việc nâng cao chỉ số cải cách', 'hành chính năm 2017', '', 'stt\tcơ quan thực hiện\tThời hạn']
    expect(restoreCaseInLines(lines, lines.map(() => true))).toEqual(
      ['', 'KẾ HOẠCH', 'Thực hiện các nhiệm vụ trong việc nâng cao chỉ số cải cách', 'hành chính năm 2017', '', 'STT\tCƠ QUAN THỰC HIỆN\tThời hạn'])
  })
})

describe('the ư a PDF maker left out (TCVN3’s soft hyphen)', () => {
  it.each([
    ['đợc giao', 'được giao'], ['nhà nớc', 'nhà nước'], ['tr-ớc ngày', 'trước ngày'], ['kỷ c-ơng', 'kỷ cương'],
    ['Nh vậy', 'Như vậy'], ['TRỜNG', 'TRƯỜNG'], ['bồi dỡng', 'bồi dưỡng'],
    ['30c/NQ-CP', '30c/NQ-CP'], ['KH-UBND', 'KH-UBND'], ['(2đ)', '(2đ)'], ['Bà Rịa-Vũng Tàu', 'Bà Rịa-Vũng Tàu'],
    ['Cha thực hiện', 'Cha thực hiện'], // "cha" is a word: nothing says ư is missing
  ])('"%s" → "%s"', (text, expected) => {
    expect(restoreLostU(text)).toBe(expected)
  })
})

describe('soft hyphens pdf.js leaves out of a page’s text, put back from its drawn glyphs', () => {
  const glyph = (unicode: string) => ({ unicode, width: 500 })
  const show = (text: string) => [...text].map(glyph)
  const ops = (...runs: string[]) => ({ fnArray: runs.map(() => 44), argsArray: runs.map((r) => [show(r)]) })

  it('puts each soft hyphen back where the glyphs have it, across runs, without the space pdf.js put in its place', () => {
    expect(restoreSoftHyphens(['Ch¬ng tr×nh', 'n íc'], ops('Ch\u00ad¬ngtr×nh', 'n\u00adíc'))).toEqual(['Ch\u00ad¬ng tr×nh', 'n\u00adíc'])
  })

  it('reads the micro sign pdf.js turned into a Greek mu as the same character', () => {
    expect(restoreSoftHyphens(['hμnh ng\u03bcy'], ops('h\u00b5nh ng\u00b5y\u00ad'))).toEqual(['hμnh ng\u03bcy\u00ad'])
  })

  it('gives up on a page whose text and glyphs do not line up', () => {
    expect(restoreSoftHyphens(['ﬁnal'], ops('fi\u00adnal'))).toBeNull()
  })
})
