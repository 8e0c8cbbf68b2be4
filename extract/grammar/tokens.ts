import { agrees, foldPhrase, toneKey } from '../lexicon/lexicon.ts'
import { ORDINALS, POINT_WORDS } from '../lexicon/phrases.ts'
import { foldAscii, isSpaceCode } from '../text/normalize.ts'
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

export interface Entry { readonly words: readonly string[]; readonly tone: string; readonly sym: string; readonly value: number | null }

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
// (read by the tokenizer's reference test, which scans the text the way the tokenizer replaced)
export const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly Entry[]> = TRIE

export const PUNCT: Readonly<Record<string, string>> = {
  '/': '/', '%': '%', '(': '(', ')': ')', '[': '(', ']': ')', ':': ':', ';': ';', ',': ',', '.': '.',
  '-': '-', '–': '-', '—': '-', '“': 'q', '”': 'q', '"': 'q', '«': 'q', '»': 'q',
}
// by character code: a character other than ASCII cut out of the text would be a new string
const PUNCT_OF_CODE = new Map(Object.entries(PUNCT).map(([c, sym]) => [c.charCodeAt(0), sym]))
// a dotted code (1.1.3) or a number; tried only where a digit starts a token
const NUMBER = /(\d{1,2}(?:\.\d{1,2}){2,4})(?![\d])|(\d+(?:[.,]\d+)?)/y

const isSpace = isSpaceCode
const isLetter = (code: number) => code >= 97 && code <= 122 // folded: a–z
const isDigit = (code: number) => code >= 48 && code <= 57

// The first words of the phrases letter by letter, so that a word of the text is looked up
// without cutting it out of the text. A word of the text is a–z only: a phrase with any other
// character in a word could never match, and is left out.
interface Node { readonly child: (Node | undefined)[]; entries?: Entry[] }
const newNode = (): Node => ({ child: new Array(26).fill(undefined) })
const ROOT = newNode()
for (const [first, entries] of TRIE) {
  const usable = entries.filter((e) => e.words.every((w) => /^[a-z]+$/.test(w)))
  if (usable.length === 0) continue
  let node = ROOT
  for (let i = 0; i < first.length; i++) node = node.child[first.charCodeAt(i) - 97] ??= newNode()
  node.entries = usable
}

// The longest phrase of the lexicon whose words run from the word [start, end) of the text,
// where the text agrees with its diacritics, and where its last word ends; words are a–z runs
// with blanks between them, and every word starts before `to`.
function phraseAt(text: string, folded: string, start: number, end: number, to: number): { entry: Entry; end: number } | null {
  let node: Node | undefined = ROOT
  for (let p = start; p < end && node; p++) node = node.child[folded.charCodeAt(p) - 97]
  if (!node?.entries) return null
  const n = folded.length
  next: for (const e of node.entries) {
    let last = end
    for (let j = 1; j < e.words.length; j++) {
      let p = last
      while (p < n && isSpace(folded.charCodeAt(p))) p++
      const w = e.words[j]
      if (p >= to || !folded.startsWith(w, p) || (p + w.length < n && isLetter(folded.charCodeAt(p + w.length)))) continue next
      last = p + w.length
    }
    if (agrees(text.slice(start, Math.min(last, to)), e.tone)) return { entry: e, end: last }
  }
  return null
}

// Tokens of a text; `folded` is foldAscii(text) when the caller has it (same length, so offsets
// hold for both). A phrase is a token only where the text agrees with its diacritics. Codes,
// numbers, words of a–z and any other character on its own, blanks skipped: the regular
// expression /code|number|[a-z]+|\S/y, read by hand where no digit starts the token (it runs
// over every word of every statement).
export function tokenize(text: string, folded = foldAscii(text), from = 0, to = folded.length): Token[] {
  const out: Token[] = []
  const n = folded.length
  let i = from
  while (i < to) {
    const code = folded.charCodeAt(i)
    if (isSpace(code)) { i++; while (i < n && isSpace(folded.charCodeAt(i))) i++; continue }
    if (isLetter(code)) {
      let next = i + 1
      while (next < n && isLetter(folded.charCodeAt(next))) next++
      const phrase = phraseAt(text, folded, i, next, to)
      if (phrase) { out.push({ sym: phrase.entry.sym, start: i, end: Math.min(phrase.end, to), value: phrase.entry.value }); i = phrase.end; continue }
      out.push({ sym: 'w', start: i, end: Math.min(next, to), value: null })
      i = next
    } else if (isDigit(code)) {
      NUMBER.lastIndex = i
      const m = NUMBER.exec(folded)!
      const next = NUMBER.lastIndex
      out.push(m[1] ? { sym: 'K', start: i, end: Math.min(next, to), value: null } : { sym: 'N', start: i, end: Math.min(next, to), value: parseViNumber(m[0]) })
      i = next
    } else {
      out.push({ sym: PUNCT_OF_CODE.get(code) ?? '?', start: i, end: Math.min(i + 1, to), value: null })
      i++
    }
  }
  return out
}

export function symbolsOf(tokens: readonly Token[]): string {
  let syms = ''
  for (const t of tokens) syms += t.sym
  return syms
}
