import { describe, expect, it } from 'vitest'
import { neededCharacters } from '../../extract/grammar/pattern-needs.ts'
import { RULES } from '../../extract/grammar/rules.ts'

describe('characters every match of a pattern needs', () => {
  it('reads literals outside groups, classes, alternatives and optional parts', () => {
    expect(neededCharacters(String.raw`(?<a>N)UO(?<b>N)[UM]?M?`)).toEqual(['U', 'O'])
    expect(neededCharacters(String.raw`\((?<a>N)\/(?<b>N)\)`)).toEqual(['(', '/', ')'])
    expect(neededCharacters(String.raw`T[w,]{0,8}A(?<a>N)(?![/%N])`)).toEqual(['T', 'A'])
    expect(neededCharacters(String.raw`^[:\-]?(?<a>N)U(?!M)`)).toEqual(['U'])
    expect(neededCharacters('AB|C')).toEqual([])
    expect(neededCharacters(String.raw`L:?N{0,2}U*\dK+`)).toEqual(['L', 'K'])
  })
  it('never names a symbol a match of a rule lacks', () => {
    const symbols = 'NNNNUUU//AALMMORRETT(():%%wKZ-,.;q?V'
    let seed = 5
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n }
    let matched = 0
    for (let k = 0; k < 20000; k++) {
      const s = Array.from({ length: 1 + rand(10) }, () => symbols[rand(symbols.length)]).join('')
      for (const r of Object.values(RULES)) {
        r.re.lastIndex = 0
        if (!r.re.test(s)) continue
        matched++
        expect([r.name, s, r.needs.every((c) => s.includes(c))]).toEqual([r.name, s, true])
      }
    }
    expect(matched).toBeGreaterThan(1000)
  })
})
