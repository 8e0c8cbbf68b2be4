import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js'
import { describe, expect, it } from 'vitest'
import { damerauLevenshtein } from '../../extract/lexicon/edit-distance.ts'
import { fuzzyPhrases } from '../../extract/lexicon/fuzzy-heading.ts'
import { COLUMN_HEADINGS } from '../../extract/lexicon/phrases.ts'

// The core's edit distance is natural's, computed without an object per cell: the same answer
// for every pair, natural's quirks included.
describe('edit distance', () => {
  it('agrees with natural on random strings of a small alphabet (transpositions, repeats)', () => {
    let seed = 7
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n }
    const word = (alphabet: string) => Array.from({ length: rand(9) }, () => alphabet[rand(alphabet.length)]).join('')
    const pairs = Array.from({ length: 4000 }, (_, k) => { const alphabet = ['ab', 'abc', 'abcd ', 'stn'][k % 4]; return [word(alphabet), word(alphabet)] })
    expect(pairs.map(([a, b]) => `${a}|${b}|${damerauLevenshtein(a, b)}`)).toEqual(pairs.map(([a, b]) => `${a}|${b}|${DamerauLevenshteinDistance(a, b)}`))
  })
  it('agrees with natural on the lexicon\'s headings against each other (the pairs a heading match compares)', () => {
    const phrases = fuzzyPhrases(COLUMN_HEADINGS).map((p) => p.folded)
    const pairs = phrases.flatMap((a) => phrases.filter((b) => Math.abs(a.length - b.length) <= 2).map((b) => [a, b]))
    expect(pairs.map(([a, b]) => damerauLevenshtein(a, b))).toEqual(pairs.map(([a, b]) => DamerauLevenshteinDistance(a, b)))
  })
})
