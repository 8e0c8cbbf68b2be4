import { describe, expect, it } from 'vitest'
import { readTokens } from '../../extract/grammar/clauses.ts'
import { matchAll, type RuleName } from '../../extract/grammar/rules.ts'

const symbols = (text: string) => readTokens(text).syms
const first = (rule: RuleName, text: string) => matchAll(rule, readTokens(text))[0]?.fields ?? null

describe('tokens', () => {
  it.each([
    ['a phrase of the lexicon is one token', 'bị trừ 0,5 điểm', 'LNU'],
    ['a word that only looks like one when its marks are dropped is not ("mức độ" is no "do", "mặt" no "mất")', 'mức độ, về mặt 3 điểm', 'ww,wwNU'],
    ['text typed without diacritics still reads', 'bi tru 0,5 diem', 'LNU'],
    ['a dotted code, a date and a pair', 'TCTP 1.1.3 ngày 30/6/2024 đạt 0,5/1đ', 'wKwN/N/NAN/NU'],
    ['old tone placement reads as new', 'thẩm định còn 3 điểm, xếp hạng nhất', 'ANU,RE'],
  ])('%s', (_, text, syms) => {
    expect(symbols(text)).toBe(syms)
  })
})

describe('rules of the points grammar', () => {
  it.each([
    ['pair', 'đạt 0,5/1 điểm', { achieved: 0.5, max: 1 }],
    ['pair', 'ngày 30/6/2024 điểm', null], // a date is no pair
    ['pairSaid', 'chỉ đạt 0,5/1.', { achieved: 0.5, max: 1 }],
    ['pairSaid', 'còn 02/18 nhiệm vụ', null], // a count is no score
    ['pairOver', '0 điểm trên 1 điểm tối đa', { achieved: 0, max: 1 }],
    ['pairUnits', '71.35 điểm/100 điểm', { achieved: 71.35, max: 100 }],
    ['pairParen', '(1,0/0,5)', { achieved: 1, max: 0.5 }], // the statement reader puts the larger as the maximum
    ['loss', 'bị trừ 0,25 điểm', { deducted: 0.25 }],
    ['loss', 'giảm 03 bậc', null], // a rank is not points
    ['zero', 'không đạt điểm (điểm tối đa 1 điểm)', { achieved: 0 }],
    ['zero', 'không được chấm điểm tối đa', null], // short of the maximum, not zero
    ['maxWord', 'điểm tối đa là 2', { max: 2 }],
    ['maxTotal', '(tổng điểm 36 điểm)', { max: 36 }],
    ['maxAfter', '2 điểm tối đa', { max: 2 }],
    ['maxParen', '(2đ): Sáng kiến', { max: 2 }],
    ['achievedWord', 'thẩm định còn 63 điểm', { achieved: 63 }],
    ['achievedWord', 'đạt 97,2%', null], // a percentage is not points
    ['achievedColon', 'làm việc: 01 điểm', { achieved: 1 }],
    ['totalSaid', 'tổng điểm của Tịnh Biên là 87.65', { achieved: 87.65 }],
    ['percent', 'đạt 86,41%', { percent: 86.41 }],
    ['rank', 'xếp thứ 9/21', { rank: 9, rankOf: 21 }],
    ['rankOrdinal', 'xếp hạng nhất', { rank: 1 }],
    ['rankOrdinal', 'xếp hạng năm 2017', null], // "năm" before a year is the year
    ['rankAlone', 'đứng thứ 3 toàn tỉnh', { rank: 3 }],
  ] as const)('%s reads "%s"', (rule, text, fields) => {
    expect(first(rule, text)).toEqual(fields)
  })
})
