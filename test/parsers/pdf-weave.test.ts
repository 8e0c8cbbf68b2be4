import { describe, expect, it } from 'vitest'
import type { PdfItem } from '../../parsers/pdf-engine.ts'
import { glueWordRuns, weaveGlyphRuns } from '../../parsers/pdf-weave.ts'
import { buildLines } from '../../parsers/pdf-text-lines.ts'

// Runs as a producer that splits a font in two draws them (LibreOffice with a fallback font):
// the first font's text with a skip where the second font's letter goes. Positions in points at
// 12 pt, from the Times advance widths the weaver estimates with, so each skip is where the
// letter lies; `at` places a run by the characters before it in its line's text.
const EM = 12 / 1000
const WIDTH: Record<string, number> = { ' ': 250, T: 611, N: 722, H: 722, đ: 500, ộ: 500, ổ: 500, ệ: 444, ắ: 444, ụ: 500, ỉ: 278, k: 500, Đ: 722, Ộ: 722, Ụ: 722, Ỉ: 333, I: 333, V: 722 }
const width = (s: string): number => [...s].reduce((n, ch) => n + (WIDTH[ch] ?? 500), 0) * EM
const run = (str: string, x: number, font: string, w = width(str)): PdfItem => ({ str, x, y: 100, w, size: 12, font })
const text = (items: readonly PdfItem[]): string => buildLines(items, 1, new Map()).map((l) => l.text).join(' / ')

// [behaviour, the line as drawn (the host text, a space at each skip), the guest letters with
// the skip (k-th space of the host) each lies in, what the line reads]
const CASES: Array<[string, string, Array<[string, number]>, string]> = [
  ['a letter in a skip inside a word is put back in its word', 'T NH', [['Ỉ', 0]], 'TỈNH'],
  ['a letter ending a word before a real space keeps the space (the skip swallowed it)', 'Tiến đ thực', [['ộ', 1]], 'Tiến độ thực'],
  ['a letter starting a word keeps the space before it', 'định n', [['ổ', 0]], 'định ổn'],
  ['a name outside the syllable rules is read as one word', 'Đ k Lắk', [['ắ', 0]], 'Đắk Lắk'],
  ['two letters of one run go to their own skips', 'hi n vi c', [['ệ', 0], ['ệ', 2]], 'hiện việc'],
]

describe('letters drawn from a second font, woven back into their words', () => {
  it.each(CASES)('%s', (_, host, guests, want) => {
    const h = run(host, 100, 'f1')
    const spaces = [...host].flatMap((ch, i) => (ch === ' ' ? [i] : []))
    const g = guests.map(([letter, k]) => run(letter, h.x + width(host.slice(0, spaces[k])) + 0.5, 'f2', width(letter) - 1))
    expect(text(weaveGlyphRuns([h, ...g]))).toBe(want)
    expect(text([h, ...g])).not.toBe(want) // sorting by x alone does not read it
  })

  it('two letters pdf.js gave as one run with a space ("ụ ỉ") are placed one by one', () => {
    const a = run('i v', 100, 'f1')
    const b = run('t nh Long An', a.x + a.w + width('ụ') + width(' '), 'f1')
    const guest = run('ụ ỉ', a.x + a.w, 'f2', b.x + width('t') + width('ỉ') - (a.x + a.w))
    expect(text(weaveGlyphRuns([a, guest, b]))).toBe('i vụ tỉnh Long An')
  })

  it('drops the space that opens a letter run where it takes no room, so the letter joins the word it follows', () => {
    const b = run('cán b', 100, 'f1'), o = run(' ộ', 100 + width('cán b'), 'f2', width('ộ'))
    expect(text([b, o])).toBe('cán b ộ')
    expect(text(weaveGlyphRuns([b, o]))).toBe('cán bộ')
    const spaced = run(' ộ', 100 + width('cán b'), 'f2', width(' ộ')) // a real space: kept
    expect(text(weaveGlyphRuns([b, spaced]))).toBe('cán b ộ')
  })

  it('leaves a page without other-font runs inside a run as it is (the same array)', () => {
    const items = [run('Kế hoạch', 100, 'f1'), run('năm 2017', 160, 'f1'), run('1', 220, 'f2')]
    expect(weaveGlyphRuns(items)).toBe(items)
  })

  it('does not take a run of spaces (a skip pdf.js reported) for a word to weave into', () => {
    const items = [run('B', 100, 'f1'), run(' ', 108, 'f2', 13.4), run('tr', 112.7, 'f1')]
    expect(weaveGlyphRuns(items)).toBe(items)
  })
})

describe('runs of one word drawn from two fonts, glued', () => {
  const styles = new Map([['f1', { bold: true, italic: false }], ['f2', { bold: true, italic: false }], ['r', { bold: false, italic: false }]])
  it('joins runs that touch inside a word, across the skips pdf.js reported, so a column line cannot cut the word', () => {
    const a = run('PHÒNG N', 60, 'f1'), b = run('Ộ', a.x + a.w, 'f2'), c = run('I V', b.x + b.w, 'f1'), d = run('Ụ', c.x + c.w, 'f2')
    const glued = glueWordRuns([a, b, run(' ', b.x, 'f1', b.w), c, d], styles)
    expect(glued.filter((r) => r.str.trim() !== '').map((r) => [r.str, r.x])).toEqual([['PHÒNG NỘI VỤ', 60]])
  })

  it('goes on over one space from a glued run to the next run of its style', () => {
    const a = run('PHÒNG T', 60, 'f1'), b = run('Ư', a.x + a.w, 'f2'), c = run('PHÁP', b.x + b.w + 3, 'f1')
    expect(glueWordRuns([a, b, c], styles).map((r) => r.str)).toEqual(['PHÒNG TƯ PHÁP'])
  })

  it('keeps runs of different styles, runs that do not touch, and runs meeting at a space apart', () => {
    const a = run('Kế', 60, 'f1'), b = run('hoạch', a.x + a.w, 'r')
    const c = run('năm', 200, 'f1'), d = run('2017', 200 + width('năm') + 3, 'f2')
    const items = [a, b, c, d]
    expect(glueWordRuns(items, styles)).toBe(items)
  })
})
