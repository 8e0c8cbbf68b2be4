// The Vietnamese letters beyond ASCII, generated from their parts (base letter, vowel
// modifier, tone) by Unicode composition rather than typed out: 12 vowels × 5 tones, the six
// modified vowels and đ, in lower and upper case — 134 letters. The legacy tables
// (tables.ts) are built over this list, and the tests check them letter by letter against it.

// Tones in the order of the TCVN3 code chart: huyền, hỏi, ngã, sắc, nặng.
export const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const
export type Tone = (typeof TONES)[number]

export const MODIFIERS = { circumflex: '\u0302', breve: '\u0306', horn: '\u031b' } as const
export type Modifier = keyof typeof MODIFIERS

// The twelve vowels of the alphabet as base letter + modifier.
export const VOWELS: ReadonlyArray<{ readonly base: string; readonly modifier: Modifier | null }> = [
  { base: 'a', modifier: null }, { base: 'a', modifier: 'breve' }, { base: 'a', modifier: 'circumflex' },
  { base: 'e', modifier: null }, { base: 'e', modifier: 'circumflex' }, { base: 'i', modifier: null },
  { base: 'o', modifier: null }, { base: 'o', modifier: 'circumflex' }, { base: 'o', modifier: 'horn' },
  { base: 'u', modifier: null }, { base: 'u', modifier: 'horn' }, { base: 'y', modifier: null },
]

export const compose = (base: string, modifier: Modifier | null, tone: Tone | null): string =>
  (base + (modifier ? MODIFIERS[modifier] : '') + (tone ?? '')).normalize('NFC')

export interface LetterParts {
  readonly letter: string // NFC
  readonly base: string // ASCII base letter, in the letter's case ("d" for đ)
  readonly modifier: Modifier | null
  readonly tone: Tone | null
  readonly stroke: boolean // đ / Đ
  readonly upper: boolean
}

function lowerLetters(): LetterParts[] {
  const out: LetterParts[] = []
  for (const { base, modifier } of VOWELS) {
    for (const tone of [null, ...TONES]) {
      if (!modifier && !tone) continue // plain ASCII vowel
      out.push({ letter: compose(base, modifier, tone), base, modifier, tone, stroke: false, upper: false })
    }
  }
  out.push({ letter: 'đ', base: 'd', modifier: null, tone: null, stroke: true, upper: false })
  return out
}

const upper = (p: LetterParts): LetterParts =>
  ({ ...p, letter: p.letter.toUpperCase(), base: p.base.toUpperCase(), upper: true })

// All 134, lower case first.
export const VIETNAMESE_LETTERS: readonly LetterParts[] = (() => {
  const lower = lowerLetters()
  return [...lower, ...lower.map(upper)]
})()
