import { describe, expect, it } from 'vitest'
import { findDocNumbers, parseNumberLine } from '../../extract/fields/doc-number.ts'

describe('document numbers', () => {
  it.each([
    ['a spaced plan number is normalized without spaces', 'Số: 1073 /KH-SNgV', '1073/KH-SNgV', 1073, null, 'KH', 'SNgV'],
    ['a decision number keeps its year', 'Số: 20/2013/QĐ-UBND', '20/2013/QĐ-UBND', 20, 2013, 'QĐ', 'UBND'],
    ['an unnumbered draft has no sequence', 'Số:       /BC-SNgV', '/BC-SNgV', null, null, 'BC', 'SNgV'],
    ['an official letter has an agency code but no type code', 'Số: 323/SNgV-VP', '323/SNgV-VP', 323, null, null, 'SNgV-VP'],
    ['a Party resolution uses the number-type/issuer order', 'Số 05-NQ/TU', '05-NQ/TU', 5, null, 'NQ', 'TU'],
    ['a number may carry a letter', 'Nghị quyết số 30c/NQ-CP', '30c/NQ-CP', 30, null, 'NQ', 'CP'],
  ])('%s', (_, line, normalized, seq, year, typeCode, issuerCode) => {
    expect(parseNumberLine(line) ?? findDocNumbers(line)[0]).toMatchObject({ normalized, seq, year, typeCode, issuerCode })
  })

  it.each([
    ['scores are not numbers', 'đạt 9,03/11 điểm và 1.39/1.50', []],
    ['counts are not numbers', 'có 16/19 văn bản, 3/5 tiêu chí', []],
    ['dates are not numbers', 'ngày 18/8/2017', []],
    ['every citation in a sentence is found, in order', 'Kế hoạch số 162/KH-UBND và Chỉ thị số 35-CT/TW, Nghị định số 43/2006/NĐ-CP',
      ['162/KH-UBND', '35-CT/TW', '43/2006/NĐ-CP']],
    ['the case of an agency code is kept as written', 'Quyết định số 20/QĐ-SngV', ['20/QĐ-SngV']],
  ])('%s', (_, text, expected) => {
    expect(findDocNumbers(text).map((n) => n.normalized)).toEqual(expected)
  })
})
