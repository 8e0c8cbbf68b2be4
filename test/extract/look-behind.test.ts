import { describe, expect, it } from 'vitest'
import { matchesNotAfter } from '../../extract/text/look-behind.ts'

// matchesNotAfter finds what the pattern with its look-behind finds.
describe('matches not after a character class', () => {
  const texts = ['Sở Nội vụ đạt 80 điểm, Sở Tư pháp 70', 'xSở Nội vụ; aSở Y tế', '𝐀Sở Nội vụ (an astral letter before)', '\uDC00Sở Nội vụ (a lone surrogate before)',
    'TCTP 1.1.3, 2TC 1.4, Tiêu chí 3.2.1 và tiêu chí thành phần 2.1', 'SởSở Nội vụ', '']
  const cases: [string, string, RegExp][] = [
    ['agency heads', String.raw`(?:Sở|Phòng)\s+[\p{Lu}][\p{L}]*`, /\p{L}/u],
    ['criteria', String.raw`(?:TCTP|TC|[Tt]iêu\s+chí)\s*\d(?:\.\d)*`, /[\p{L}\d]/u],
  ]
  for (const [name, body, before] of cases) {
    it(name, () => {
      const withLookBehind = new RegExp(`(?<!${before.source})${body}`, 'gu')
      for (const t of texts) {
        expect(matchesNotAfter(new RegExp(body, 'gu'), t, before).map((m) => [m.index, m[0]])).toEqual([...t.matchAll(withLookBehind)].map((m) => [m.index, m[0]]))
      }
    })
  }
})

// Score clauses split where the pattern they were split with (its look-behind first) split them.
describe('score clauses', () => {
  it('end where the look-behind pattern ends them', async () => {
    const { clauses } = await import('../../extract/fields/scores.ts')
    const old = (text: string) => {
      const out: { text: string; at: number }[] = []
      let last = 0
      for (const m of text.matchAll(/(?<=[.;])\s+(?=[\p{Lu}\d*"“(])|\s+Trong đó:?\s*/gu)) { out.push({ text: text.slice(last, m.index), at: last }); last = m.index! + m[0].length }
      out.push({ text: text.slice(last), at: last })
      return out
    }
    const texts = ['Sở đạt 80 điểm. Xếp thứ 3/20.', 'a.  B', 'a.\u00a0B', 'a. b; C', 'x Trong đó: y', 'x  Trong đó  y', 'a.Trong đó', 'a. Trong đó z',
      'a; (1) b', 'Trong đó. X', 'a . B', '. B', ' Trong đó', 'a.\n“x', 'a. 𝐀', 'a.;  B', 'a; 2,5 điểm; “c”.', '', 'TRONG ĐÓ: x']
    for (const t of texts) expect(clauses(t)).toEqual(old(t))
  })
})
