import { describe, expect, it } from 'vitest'
import { foldAscii, normalizeLine, normalizeText } from '../../extract/text/normalize.ts'

// The normalizations read text by character code (tables filled on first use); the references
// below are the patterns they replaced. Both must give the same text for any input.
const LOOKALIKES: Record<string, string> = { '\u00D0': 'Đ', '\u00F0': 'đ', '\u0189': 'Đ', '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u200B': '', '\uFEFF': '', '\u00AD': '' }
const refText = (s: string) => (/[\p{M}\u00D0\u00F0\u0189\u00A0\u2007\u202F\u200B\uFEFF\u00AD]/u.test(s)
  ? s.normalize('NFC').replace(/[\u00D0\u00F0\u0189\u00A0\u2007\u202F\u200B\uFEFF\u00AD]/g, (c) => LOOKALIKES[c] ?? c) : s)
const refLine = (s: string) => {
  const nfc = s.normalize('NFC')
  if (!/[\u00D0\u00F0\u0189\u00A0\u2007\u202F\u200B\uFEFF\u00AD\t\f\v\r]| [ \n]|\n |^\s|\s$/.test(nfc)) return nfc
  return refText(nfc).replace(/[ \t\f\v\r]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()
}
const refFoldChar = (c: string) => {
  let f = c.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd')
  if (f.length !== 1) f = c.toLowerCase().length === 1 ? c.toLowerCase() : c
  return f
}
const refFold = (s: string) => refText(s).split('').map(refFoldChar).join('') // code unit by code unit, as the fold reads

const alphabet = ['a', 'Ấ', 'ệ', 'Đ', 'đ', 'ư', 'Ơ', 'x', 'Z', '1', '.', ' ', '  ', '\n', '\t', '\r', '\u00A0', '\u2007', '\u202F', '\u200B', '\uFEFF',
  '\u00AD', '\u00D0', '\u00F0', '\u0189', 'a\u0301', 'o\u0302\u0323', '\u0300', '“', '–', '\u2003', '\u3000', '𝐀', '\uD800', 'ﬁ', 'İ', 'K']
describe('normalization by character code', () => {
  it('gives what the patterns gave', () => {
    let seed = 3
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n }
    const edges = ['a \nb', 'a\n b', ' a', 'a ', 'a  b', 'a\tb', 'a\rb', '\u00A0a', 'a\u200Bb', 'a\u00ADb', '\u00D0a', 'a\n\nb', 'a \n b', '', ' ', '\n']
    const randoms = Array.from({ length: 8000 }, () => Array.from({ length: rand(8) }, () => alphabet[rand(alphabet.length)]).join(''))
    for (const s of [...edges, ...randoms]) {
      expect([s, normalizeText(s), normalizeLine(s), foldAscii(s)]).toEqual([s, refText(s), refLine(s), refFold(s)])
    }
  })
})
