// Decoding legacy text to Unicode (NFC) and, for tests and fixtures, encoding it back.
import { LEGACY_TABLES, type LegacyEncoding } from './tables.ts'

// A run typed in an all-capitals font (.VnTimeH…) prints every letter as a capital.
export interface DecodeOptions { readonly caps?: boolean }

// TCVN3 is one code per letter: a direct lookup over the Latin-1 upper half.
const TCVN3_BY_CODE: readonly (string | undefined)[] = (() => {
  const out: (string | undefined)[] = []
  for (const [code, letter] of LEGACY_TABLES.tcvn3.decode) out[code.charCodeAt(0)] = letter
  return out
})()

function decodeTcvn3(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0xa1 || c > 0xff) continue
    const letter = TCVN3_BY_CODE[c]
    if (letter === undefined) continue
    out += text.slice(from, i) + letter
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

// VIQR's marks after a vowel, and d after d (dd is đ), are read as part of the letter unless
// escaped with a backslash (RFC 1456), as "I\." for "I." at the end of a sentence.
const VIQR_MARKS = new Set(["'", '`', '?', '~', '.', '^', '(', '+', 'd', 'D'])
const viqrEscapes = (ch: string, prev: string): boolean =>
  VIQR_MARKS.has(ch) && (/[dD]/.test(ch) ? /[dD]/.test(prev) : /^[aeiouy]/i.test(prev.normalize('NFD')))

// VNI and VIQR codes are one to three characters: the longest code that matches wins. Codes are
// looked up by character codes (no substrings): one-character codes are VNI's non-ASCII single
// letters, longer ones a base letter followed by code characters (VNI's Latin-1 codes, VIQR's
// marks or the second d). Text between letters is copied through in slices.
interface CodeIndex { readonly singles: Map<number, string>; readonly pairs: Map<number, string>; readonly triples: Map<string, string>; readonly followers: Set<number> }
function indexCodes(encoding: 'vni' | 'viqr'): CodeIndex {
  const index: CodeIndex = { singles: new Map(), pairs: new Map(), triples: new Map(), followers: new Set() }
  for (const [code, letter] of LEGACY_TABLES[encoding].decode) {
    if (code.length === 1) index.singles.set(code.charCodeAt(0), letter)
    else if (code.length === 2) index.pairs.set(code.charCodeAt(0) * 0x10000 + code.charCodeAt(1), letter)
    else index.triples.set(code, letter)
    if (code.length > 1) index.followers.add(code.charCodeAt(1))
  }
  return index
}
const CODE_INDEX = { vni: indexCodes('vni'), viqr: indexCodes('viqr') }
const BACKSLASH = 0x5c

function decodeLongest(text: string, encoding: 'vni' | 'viqr'): string {
  const { singles, pairs, triples, followers } = CODE_INDEX[encoding]
  let out = ''
  let from = 0
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    const d = i + 1 < text.length ? text.charCodeAt(i + 1) : -1
    if (encoding === 'viqr' && c === BACKSLASH && VIQR_MARKS.has(text[i + 1])) {
      out += text.slice(from, i) + text[i + 1]
      i += 2
      from = i
      continue
    }
    let letter: string | undefined
    let n = 0
    if (followers.has(d)) {
      if (triples.size && i + 2 < text.length) letter = triples.get(text.slice(i, i + 3))
      if (letter !== undefined) n = 3
      else if ((letter = pairs.get(c * 0x10000 + d)) !== undefined) n = 2
    }
    if (letter === undefined && c >= 0x80 && (letter = singles.get(c)) !== undefined) n = 1
    if (letter === undefined) { i++; continue }
    out += text.slice(from, i) + letter
    i += n
    from = i
  }
  return from === 0 ? text : out + text.slice(from)
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  const decoded = encoding === 'tcvn3' ? decodeTcvn3(text) : decodeLongest(text, encoding)
  // Vietnamese has no letter whose capital depends on the locale
  const cased = options.caps ? decoded.toUpperCase() : decoded
  // the table's letters are NFC; only combining marks in the input need composing
  return /[\u0300-\u036f]/.test(cased) ? cased.normalize('NFC') : cased
}

// One piece of encoded text and whether it must be set in the all-capitals font.
export interface EncodedRun { readonly text: string; readonly caps: boolean }

// Unicode → legacy runs. In TCVN3 a capital without a code of its own becomes a one-letter run
// in the capitals font with the lower-case code, as typists did; with `capsFont` the whole text
// is written for the capitals font (lower-case codes throughout), as headings were.
export function encodeLegacy(text: string, encoding: LegacyEncoding, options: { capsFont?: boolean } = {}): EncodedRun[] {
  const { encode } = LEGACY_TABLES[encoding]
  const nfc = text.normalize('NFC')
  if (encoding === 'tcvn3' && options.capsFont) {
    return [{ text: [...nfc.toLocaleLowerCase('vi')].map((ch) => encode.get(ch) ?? ch).join(''), caps: true }]
  }
  const runs: EncodedRun[] = []
  let plain = ''
  let prev = ''
  for (const ch of nfc) {
    const escape = encoding === 'viqr' && viqrEscapes(ch, prev)
    prev = ch
    if (escape) { plain += '\\' + ch; continue }
    const code = encode.get(ch)
    if (code !== undefined || encoding !== 'tcvn3' || !encode.has(ch.toLocaleLowerCase('vi'))) {
      plain += code ?? ch
      continue
    }
    if (plain) runs.push({ text: plain, caps: false })
    plain = ''
    runs.push({ text: encode.get(ch.toLocaleLowerCase('vi'))!, caps: true })
  }
  if (plain || runs.length === 0) runs.push({ text: plain, caps: false })
  return runs
}

// The encoded text as one string (VNI, VIQR; TCVN3 only where every capital has a code).
export const encodeLegacyText = (text: string, encoding: LegacyEncoding): string =>
  encodeLegacy(text, encoding).map((r) => r.text).join('')
