import { describe, expect, it } from 'vitest'
import { PHRASES_BY_FIRST_WORD, PUNCT, tokenize, type Token } from '../../extract/grammar/tokens.ts'
import { agrees } from '../../extract/lexicon/lexicon.ts'
import { ORDINALS, POINT_WORDS } from '../../extract/lexicon/phrases.ts'
import { foldAscii } from '../../extract/text/normalize.ts'
import { parseViNumber } from '../../extract/text/numbers.ts'

// The tokenizer reads the text by character code; the reference below is the regular
// expression it replaced (/code|number|[a-z]+|\S/y over the folded text, phrases looked up by
// their first word in the tokenizer's own phrase table). Both must give the same tokens for any text.
function reference(text: string, folded = foldAscii(text), from = 0, to = folded.length): Token[] {
  const RAW = /(\d{1,2}(?:\.\d{1,2}){2,4})(?![\d])|(\d+(?:[.,]\d+)?)|([a-z]+)|(\S)/y
  const SPACE = /\s+/y
  const raw: { kind: string; text: string; start: number; end: number }[] = []
  for (let i = from; i < to;) {
    SPACE.lastIndex = i
    if (SPACE.test(folded)) { i = SPACE.lastIndex; continue }
    RAW.lastIndex = i
    const m = RAW.exec(folded)
    if (!m) break
    raw.push({ kind: m[1] ? 'code' : m[2] ? 'num' : m[3] ? 'word' : 'char', text: m[0], start: i, end: Math.min(i + m[0].length, to) })
    i = RAW.lastIndex
  }
  const out: Token[] = []
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]
    if (r.kind === 'code') { out.push({ sym: 'K', start: r.start, end: r.end, value: null }); continue }
    if (r.kind === 'num') { out.push({ sym: 'N', start: r.start, end: r.end, value: parseViNumber(r.text) }); continue }
    if (r.kind === 'char') { out.push({ sym: PUNCT[r.text] ?? '?', start: r.start, end: r.end, value: null }); continue }
    const entry = PHRASES_BY_FIRST_WORD.get(r.text)?.find((e) => e.words.every((w, j) => raw[k + j]?.kind === 'word' && raw[k + j].text === w)
      && agrees(text.slice(r.start, raw[k + e.words.length - 1].end), e.tone))
    if (!entry) { out.push({ sym: 'w', start: r.start, end: r.end, value: null }); continue }
    out.push({ sym: entry.sym, start: r.start, end: raw[k + entry.words.length - 1].end, value: entry.value })
    k += entry.words.length - 1
  }
  return out
}

const pieces = [...Object.values(POINT_WORDS).flat(), ...ORDINALS.map(([p]) => p), 'điểm', 'bị', 'trừ', 'tối', 'đa', 'xếp', 'thứ', 'Tổng', 'ĐIỂM',
  'Diem', 'diêm', 'hạng', 'nhất', 'tu', 'tư', 'từ', 'Sở', 'Nội vụ', '1.1.3', '2.3', '0,5', '12/2020', '71,35%', '3.3.1.', '1.2.345', '(', ')', ':', ';',
  '“', '”', '–', '/', '…', '\u00a0', '\u2003', '\n', '  ', '\t', '𝐀', 'x1', 'a1b', '9/11', 'đạt:', 'trên\ntổng số']
describe('tokens: the scanner gives the regular expression\'s tokens', () => {
  it('on texts made of the lexicon\'s words, numbers, codes, punctuation and blanks', () => {
    let seed = 11
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n }
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + rand(12) }, () => pieces[rand(pieces.length)]).join(rand(4) ? ' ' : ''))
    for (const t of texts) {
      expect(tokenize(t)).toEqual(reference(t))
      const f = foldAscii(t)
      const from = rand(f.length + 1), to = from + rand(f.length - from + 1)
      expect([t, from, to, tokenize(t, f, from, to)]).toEqual([t, from, to, reference(t, f, from, to)])
    }
  })
})
