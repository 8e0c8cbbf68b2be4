import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { encodeLegacy, encodeLegacyText } from '../../parsers/legacy/codec.ts'
import { readParagraphs } from '../../parsers/legacy/detect.ts'
import { isVietnameseSyllable } from '../../parsers/legacy/syllable.ts'

const samplesDir = new URL('../../samples/', import.meta.url)
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.md') && f !== 'README.md')
const sample = (name: string) => readFileSync(new URL(name, samplesDir), 'utf8').normalize('NFC')
const words = (text: string) => text.split(/[^\p{L}]+/u).filter(Boolean)

// TCVN3 as typists wrote it: all-capital lines in the capitals font (and so in lower-case
// codes), other capitals without a code in a one-letter capitals run.
const tcvn3Lines = (text: string) => text.split('\n').map((line) => {
  const allCaps = /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('vi')
  return encodeLegacy(line, 'tcvn3', { capsFont: allCaps }).map((r) => r.text).join('')
})

describe('the syllable check', () => {
  it.each(samples)('takes every word of %s with a diacritic as Vietnamese, and 90 %% of all its words', (name) => {
    const all = words(sample(name))
    const rejected = all.filter((w) => !isVietnameseSyllable(w))
    expect(rejected.filter((w) => /[^\x00-\x7f]/.test(w) && w !== w.toUpperCase() && w.length > 1)).toEqual([]) // QĐ, HĐND, "1đ" are abbreviations
    expect(rejected.length).toBeLessThan(0.1 * all.length) // abbreviations (UBND, SNgV), web addresses
  })

  it.each([
    ['phôc', 'TCVN3 ụ read as ô: a stop ending needs the sharp or heavy tone'],
    ['céng', 'c before e is spelled k'],
    ['Keát', 'VNI code after e'],
    ['quaû', 'û is no Vietnamese letter'],
    ['h¶i', 'a symbol inside a word'],
    ['ghoa', 'gh only before e, ê, i'],
  ])('rejects %s (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false)
  })

  it.each(['nghiêng', 'giếng', 'gì', 'quỳnh', 'khuya', 'ngoặt', 'xoong', 'thuở', 'hoá', 'Ủy'])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true)
  })
})

describe('reading paragraphs whose encoding nothing states', () => {
  it.each(samples)('leaves the Unicode sample %s as it is', (name) => {
    const lines = sample(name).split('\n')
    const read = readParagraphs(lines)
    expect(read.texts).toEqual(lines)
    expect(new Set(read.encodings)).toEqual(new Set(['unicode']))
  })

  it.each(samples)('reads %s typed in TCVN3 back to the Unicode text (capitals font lines in capitals)', (name) => {
    const lines = sample(name).split('\n')
    const read = readParagraphs(tcvn3Lines(sample(name)))
    // a line in the capitals font keeps no trace of case: compare those case-blind
    const differing = read.texts.map((t, i) => [t, lines[i]]).filter(([t, l]) => t.toLocaleLowerCase('vi') !== l.toLocaleLowerCase('vi'))
    expect(differing).toEqual([])
    expect(read.encodings).toContain('tcvn3')
    expect(read.encodings).not.toContain('vni')
  })

  it.each(samples)('reads %s typed in VNI back to the Unicode text exactly', (name) => {
    const lines = sample(name).split('\n')
    const read = readParagraphs(lines.map((l) => encodeLegacyText(l, 'vni')))
    expect(read.texts.filter((t, i) => t !== lines[i])).toEqual([])
    expect(read.encodings).not.toContain('tcvn3')
  })

  it('reads a TCVN3 header above a Unicode body line by line, and keeps the body', () => {
    const header = ['ỦY BAN NHÂN DÂN', 'HUYỆN HẢI HẬU', 'Số: 38/KH-UBND']
    const body = sample('kh-119-ubnd-tinhbien-2017.md').split('\n').slice(20, 60)
    const read = readParagraphs([...tcvn3Lines(header.join('\n')), ...body])
    expect(read.texts.slice(0, 3).map((t) => t.toLocaleUpperCase('vi'))).toEqual(header.map((t) => t.toLocaleUpperCase('vi')))
    expect(read.texts.slice(3)).toEqual(body)
    expect(read.encodings.slice(0, 3)).toEqual(['tcvn3', 'tcvn3', 'tcvn3'])
  })

  it('reads VIQR', () => {
    expect(encodeLegacyText('Kết quả khắc', 'viqr')).toBe("Ke^'t qua? kha('c")
    const read = readParagraphs([encodeLegacyText('Kết quả khắc phục tồn tại trong công tác cải cách hành chính', 'viqr')])
    expect(read).toEqual({ texts: ['Kết quả khắc phục tồn tại trong công tác cải cách hành chính'], encodings: ['viqr'] })
  })
})
