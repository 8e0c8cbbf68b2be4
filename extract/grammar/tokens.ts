import { agrees, foldPhrase, toneKey } from '../lexicon/lexicon.ts'
import { ORDINALS, POINT_WORDS } from '../lexicon/phrases.ts'
import { foldAscii } from '../text/normalize.ts'
import { parseViNumber } from '../text/numbers.ts'

// The token grammar of points: text becomes a string of one-letter symbols, one per token, and
// the rules (rules.ts) are regular expressions over that string. A phrase of the lexicon is one
// token ("bị trừ" → L), so a rule reads "L N U" whatever the wording.
//
//   N number   U unit (điểm, đ)   L loss (bị trừ, mất, giảm)   A achieved (đạt, được, còn, thẩm định)
//   M maximum (tối đa, điểm chuẩn)   O over (trên, trên tổng số)   Z nothing achieved (không đạt điểm)
//   R rank (xếp thứ, xếp hạng)   E ordinal (nhất, hai)   V with (với)   T total (tổng điểm)
//   w any other word (a counted noun after "3/5" is one: counts are not points)   K a dotted code (1.1.3)
//   / % ( ) : ; , . - q (quote) as themselves   ? any other character

export interface Token {
  readonly sym: string
  readonly start: number // offsets into the text the tokens were read from
  readonly end: number
  readonly value: number | null // numbers and ordinals
}

const CLASS_SYMBOL: Record<string, string> = {
  unit: 'U', loss: 'L', achieve: 'A', max: 'M', over: 'O', zero: 'Z', rank: 'R', with: 'V', total: 'T',
}

interface Entry { readonly words: readonly string[]; readonly tone: string; readonly sym: string; readonly value: number | null }

// first word → phrases starting with it, longest first
const TRIE = new Map<string, Entry[]>()
function add(phrase: string, sym: string, value: number | null = null): void {
  const words = foldPhrase(phrase).split(' ')
  const list = TRIE.get(words[0]) ?? []
  // a phrase listed in two classes keeps its first (the grammar's classes come before counts)
  if (list.some((e) => e.words.join(' ') === words.join(' ') && e.sym !== sym)) return
  list.push({ words, tone: toneKey(phrase), sym, value })
  list.sort((a, b) => b.words.length - a.words.length)
  TRIE.set(words[0], list)
}
for (const [cls, list] of Object.entries(POINT_WORDS)) for (const p of list) add(p, CLASS_SYMBOL[cls])
for (const [p, n] of ORDINALS) add(p, 'E', n)

const PUNCT: Record<string, string> = {
  '/': '/', '%': '%', '(': '(', ')': ')', '[': '(', ']': ')', ':': ':', ';': ';', ',': ',', '.': '.',
  '-': '-', '–': '-', '—': '-', '“': 'q', '”': 'q', '"': 'q', '«': 'q', '»': 'q',
}
// a dotted code (1.1.3) or a number; tried only where a digit starts a token
const NUMBER = /(\d{1,2}(?:\.\d{1,2}){2,4})(?![\d])|(\d+(?:[.,]\d+)?)/y

interface Raw { kind: 'code' | 'num' | 'word' | 'char'; text: string; start: number; end: number }

// What /\s/ matches, by code unit (filled on first use above ASCII)
const SPACE_CODE = new Uint8Array(0x10000) // 0 = not known yet, 1 = no, 2 = yes
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13)
  let v = SPACE_CODE[code]
  if (v === 0) SPACE_CODE[code] = v = /\s/.test(String.fromCharCode(code)) ? 2 : 1
  return v === 2
}
const isLetter = (code: number) => code >= 97 && code <= 122 // folded: a–z
const isDigit = (code: number) => code >= 48 && code <= 57

// The raw tokens: codes, numbers, words of a–z and any other character on its own, blanks
// skipped (the regular expression /code|number|[a-z]+|\S/y, read by hand where no digit starts
// the token: it runs over every word of every statement).
function rawTokens(folded: string, from: number, to: number): Raw[] {
  const out: Raw[] = []
  const n = folded.length
  let i = from
  while (i < to) {
    const code = folded.charCodeAt(i)
    if (isSpace(code)) { i++; while (i < n && isSpace(folded.charCodeAt(i))) i++; continue }
    let next: number
    let kind: Raw['kind']
    if (isLetter(code)) {
      next = i + 1
      while (next < n && isLetter(folded.charCodeAt(next))) next++
      kind = 'word'
    } else if (isDigit(code)) {
      NUMBER.lastIndex = i
      const m = NUMBER.exec(folded)!
      next = NUMBER.lastIndex
      kind = m[1] ? 'code' : 'num'
    } else {
      next = i + 1
      kind = 'char'
    }
    out.push({ kind, text: folded.slice(i, next), start: i, end: Math.min(next, to) })
    i = next
  }
  return out
}

// The longest phrase of the lexicon the words from raw[k] spell, where the text agrees with its diacritics.
function phraseAt(text: string, raw: readonly Raw[], k: number): Entry | undefined {
  const entries = TRIE.get(raw[k].text)
  if (!entries) return undefined
  next: for (const e of entries) {
    for (let j = 1; j < e.words.length; j++) {
      const r = raw[k + j]
      if (r === undefined || r.kind !== 'word' || r.text !== e.words[j]) continue next
    }
    if (agrees(text.slice(raw[k].start, raw[k + e.words.length - 1].end), e.tone)) return e
  }
  return undefined
}

// Tokens of a text; `folded` is foldAscii(text) when the caller has it (same length, so offsets
// hold for both). A phrase is a token only where the text agrees with its diacritics.
export function tokenize(text: string, folded = foldAscii(text), from = 0, to = folded.length): Token[] {
  const raw = rawTokens(folded, from, to)
  const out: Token[] = []
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]
    if (r.kind === 'code') { out.push({ sym: 'K', start: r.start, end: r.end, value: null }); continue }
    if (r.kind === 'num') { out.push({ sym: 'N', start: r.start, end: r.end, value: parseViNumber(r.text) }); continue }
    if (r.kind === 'char') { out.push({ sym: PUNCT[r.text] ?? '?', start: r.start, end: r.end, value: null }); continue }
    const entry = phraseAt(text, raw, k)
    if (!entry) { out.push({ sym: 'w', start: r.start, end: r.end, value: null }); continue }
    const last = raw[k + entry.words.length - 1]
    out.push({ sym: entry.sym, start: r.start, end: last.end, value: entry.value })
    k += entry.words.length - 1
  }
  return out
}

export function symbolsOf(tokens: readonly Token[]): string {
  let syms = ''
  for (const t of tokens) syms += t.sym
  return syms
}
