import { memoTable } from './memo.ts'

// Vietnamese text normalization. Stored text is NFC; matching uses folded keys so that
// old/new tone placement (hoá/hóa, uỷ/ủy) and missing diacritics still compare equal.

const LOOKALIKES: Record<string, string> = {
  '\u00D0': 'Đ', // Icelandic Eth, common in PDFs and legacy fonts for Đ
  '\u00F0': 'đ',
  '\u0189': 'Đ',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u200B': '', '\uFEFF': '', '\u00AD': '',
}
const LOOKALIKE_RE = /[\u00D0\u00F0\u0189\u00A0\u2007\u202F\u200B\uFEFF\u00AD]/g

// What /\s/ matches, by code unit (filled on first use above ASCII)
const SPACE_CODE = new Uint8Array(0x10000) // 0 = not known yet, 1 = no, 2 = yes
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13)
  let v = SPACE_CODE[code]
  if (v === 0) SPACE_CODE[code] = v = /\s/.test(String.fromCharCode(code)) ? 2 : 1
  return v === 2
}

// Most text is already clean (the linearized document is): one test spares the normalization.
// The test runs over every text folded, so it reads a table by code unit (filled from the
// pattern on first use) instead of running the Unicode-class pattern; a surrogate counts as
// work, and the pattern itself then decides.
const NEEDS_WORK_RE = /[\p{M}\u00D0\u00F0\u0189\u00A0\u2007\u202F\u200B\uFEFF\u00AD]/u
const WORK_CODE = new Uint8Array(0x10000) // 0 = not known yet, 1 = clean, 2 = needs work
function needsWorkCode(code: number): boolean {
  if (code < 0xa0) return false
  let w = WORK_CODE[code]
  if (w === 0) WORK_CODE[code] = w = code >= 0xd800 && code <= 0xdfff || NEEDS_WORK_RE.test(String.fromCharCode(code)) ? 2 : 1
  return w === 2
}
function needsWork(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (needsWorkCode(s.charCodeAt(i))) return NEEDS_WORK_RE.test(s)
  return false
}
export function normalizeText(s: string): string {
  if (!needsWork(s)) return s
  return s.normalize('NFC').replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c)
}

// One line of stored text: NFC, lookalikes mapped, runs of blanks collapsed, trimmed.
// Most lines arrive already clean from a parser: one test spares them three replacements.
const LINE_WORK_RE = /[\u00D0\u00F0\u0189\u00A0\u2007\u202F\u200B\uFEFF\u00AD\t\f\v\r]| [ \n]|\n |^\s|\s$/
export function normalizeLine(s: string): string {
  const nfc = s.normalize('NFC')
  if (!LINE_WORK_RE.test(nfc)) return nfc
  return normalizeText(nfc).replace(/[ \t\f\v\r]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()
}

const TONE: Record<string, string> = {
  'oá': 'óa', 'oà': 'òa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oé': 'óe', 'oè': 'òe', 'oẻ': 'ỏe',
  'oẽ': 'õe', 'oẹ': 'ọe', 'uý': 'úy', 'uỳ': 'ùy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
}
// Old-style placement only differs when the syllable ends there (hoá vs hoàn: "oà" + n is new style too)
const TONE_RE = /(?<![qQ])(o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ])(?![\p{L}])/gu

// Lowercase, NFC, new-style tone placement: equal keys for hoá/hóa and uỷ/ủy.
export function foldTone(s: string): string {
  return normalizeText(s).toLowerCase().replace(TONE_RE, (m) => TONE[m] ?? m)
}

// Lowercase without any diacritics ("Sáng kiến" → "sang kien"); đ → d. Every character folds to
// exactly one, so indices into the folded text point into the original. It runs over whole
// documents, so the common range (below U+2000) is a code-unit table filled on first use and
// the result is written into one buffer instead of grown a character at a time.
const FOLD = new Map<string, string>()
function foldChar(c: string): string {
  let f = FOLD.get(c)
  if (f === undefined) {
    f = c.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd')
    if (f.length !== 1) f = c.toLowerCase().length === 1 ? c.toLowerCase() : c
    FOLD.set(c, f)
  }
  return f
}
const UTF16 = new TextDecoder('utf-16le')
const TABLE_SIZE = 0x2000
const FOLD_CODE = new Uint16Array(TABLE_SIZE) // 0 = not computed yet
function foldCode(code: number): number {
  if (code < 0x41) return code
  if (code <= 0x5a) return code + 32
  if (code < 0x80) return code
  if (code >= TABLE_SIZE || (code >= 0xd800 && code <= 0xdfff)) return foldChar(String.fromCharCode(code)).charCodeAt(0)
  let f = FOLD_CODE[code]
  if (f === 0) FOLD_CODE[code] = f = foldChar(String.fromCharCode(code)).charCodeAt(0)
  return f
}
// The extractors fold the same sentences several times (each field reads them): the last few
// thousand are kept (memo.ts).
const FOLDED = memoTable<string, string>()
export function foldAscii(s: string): string {
  let f = FOLDED.get(s)
  if (f === undefined) {
    if (FOLDED.size >= 4096) FOLDED.clear()
    FOLDED.set(s, f = foldUncached(s))
  }
  return f
}
// one buffer for every fold (a typed array per call cost more than the folding of a short text)
let buffer = new Uint16Array(4096)
function foldUncached(s: string): string {
  // the clean text (most) is folded as it is read; the first character that needs work
  // starts over from the normalized text
  if (buffer.length < s.length) buffer = new Uint16Array(s.length * 2)
  const out = buffer
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (code >= 0xa0 && needsWorkCode(code)) return foldCodes(normalizeText(s))
    out[i] = foldCode(code)
  }
  return UTF16.decode(out.subarray(0, s.length))
}
function foldCodes(t: string): string {
  if (buffer.length < t.length) buffer = new Uint16Array(t.length * 2)
  const out = buffer
  for (let i = 0; i < t.length; i++) out[i] = foldCode(t.charCodeAt(i))
  return UTF16.decode(out.subarray(0, t.length))
}

// A comparison key: folded tone placement, single spaces, no surrounding punctuation.
export function matchKey(s: string): string {
  return foldTone(s).replace(/[“”"'‘’*_]/g, '').replace(/\s+/g, ' ').trim().replace(/[\s.;:,]+$/, '')
}

export function isUpperText(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '')
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}
