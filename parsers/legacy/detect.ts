// Where no font says how text is encoded (a PDF set in a substituted font, a .txt copied from a
// legacy document), each paragraph is read in the encoding that makes it Vietnamese: the one
// whose decoding gives the most well-formed syllables. Most paragraphs settle it alone; short
// ones that do not ("Sè: 38/KH-UBND" is a syllable either way) follow the document's encoding.
import { decodeLegacy } from './codec.ts'
import { isVietnameseSyllable } from './syllable.ts'
import { LEGACY_ENCODINGS, LEGACY_TABLES, type LegacyEncoding } from './tables.ts'

export type TextEncoding = 'unicode' | LegacyEncoding

// Legacy codes are Latin-1 characters (and TCVN3's ư is the soft hyphen); VIQR marks follow
// a vowel, and its đ is dd. Text without any is not worth decoding.
const MAY_BE_LEGACY = /[\u00a1-\u00ff]|[aeiouyAEIOUY](?:[\^(+][`?~'.]?|[`?~']|\.[a-zA-Z])|[dD][dD]/
// A Vietnamese letter beyond Latin-1 (ă ơ ư đ, ạ, ế…) no legacy text has: the paragraph is Unicode.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/

// Characters that only legacy codes put in Vietnamese text: Latin-1 beyond the letters Unicode
// Vietnamese shares with it (à á â ã è é ê ì í ò ó ô õ ù ú ý), the soft hyphen and the Greek
// mu pdf.js makes of TCVN3's à; and VIQR's marks.
const SHARED_LETTERS = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ'
const STRONG_TRACE = new RegExp(`[${[...Array(0x5f)].map((_, i) => String.fromCharCode(0xa1 + i)).filter((c) => !SHARED_LETTERS.includes(c)).join('').replace(/[\]\\^-]/g, '\\$&')}\u03bc]|[aeiouyAEIOUY](?:[\\^(+][\`?~'.]?|[\`?~'])`)

// Whether some text (a page's, a document's) shows a trace of legacy codes worth reading it for.
export const showsLegacyTrace = (text: string): boolean => STRONG_TRACE.test(text)

export const hasUnicodeVietnamese = (text: string): boolean => UNICODE_VIETNAMESE.test(text)
export const mayBeLegacy = (text: string): boolean => MAY_BE_LEGACY.test(text) && !UNICODE_VIETNAMESE.test(text)

// Punctuation and digits around a word are not part of it; a word is letters in between.
const EDGE = /^[^\p{L}]+|[^\p{L}]+$/gu

// Words repeat within a document and across the readings: each is judged once.
const SYLLABLE_CACHE_LIMIT = 50_000
const syllableCache = new Map<string, boolean>()
function isSyllable(word: string): boolean {
  let ok = syllableCache.get(word)
  if (ok === undefined) {
    if (syllableCache.size >= SYLLABLE_CACHE_LIMIT) syllableCache.clear()
    ok = isVietnameseSyllable(word)
    syllableCache.set(word, ok)
  }
  return ok
}

export interface Reading { readonly encoding: TextEncoding; readonly text: string; readonly syllables: number }

function read(text: string, encoding: TextEncoding): Reading {
  const decoded = encoding === 'unicode' ? text : decodeLegacy(text, encoding)
  let syllables = 0
  for (const token of decoded.split(/\s+/)) {
    const word = token.replace(EDGE, '')
    if (word && isSyllable(word)) syllables++
  }
  return { encoding, text: decoded, syllables }
}

// Every reading of a paragraph that has the most syllables (Unicode first); only Unicode for
// text without a trace of a legacy code.
function bestReadings(text: string): Reading[] {
  if (!MAY_BE_LEGACY.test(text)) return [{ encoding: 'unicode', text, syllables: 0 }] // nothing to decide
  if (UNICODE_VIETNAMESE.test(text)) return [{ encoding: 'unicode', text, syllables: 1 }] // settled
  const readings = (['unicode', ...LEGACY_ENCODINGS] as const).map((e) => read(text, e))
  const most = Math.max(...readings.map((r) => r.syllables))
  // a reading that changes nothing is no different from Unicode
  return readings.filter((r, i) => r.syllables === most && (i === 0 || r.text !== text))
}

export interface Detected {
  readonly texts: string[]
  // the encoding each paragraph was read in
  readonly encodings: TextEncoding[]
}

// A legacy encoding that wins this share of the paragraphs that settle their encoding is the
// document's, and takes the paragraphs that do not; in a document of mixed encodings (a Unicode
// body under a legacy header) such a paragraph takes the encoding of the settled one before it.
const DOMINANT = 0.8

const settles = (b: readonly Reading[]): boolean => b.length === 1 && b[0].syllables > 0

// Paragraphs in document order → their readings.
export function readParagraphs(paragraphs: readonly string[]): Detected {
  const best = paragraphs.map(bestReadings)
  const wins = new Map<TextEncoding, number>()
  let settled = 0
  for (const b of best) {
    if (!settles(b)) continue
    settled++
    wins.set(b[0].encoding, (wins.get(b[0].encoding) ?? 0) + 1)
  }
  const [top, count] = [...wins].filter(([e]) => e !== 'unicode').sort((a, b) => b[1] - a[1])[0] ?? ['unicode', 0]
  // null: no legacy paragraph at all; 'mixed': none dominates
  const dominant = count === 0 ? null : count >= DOMINANT * settled ? top : 'mixed'
  let before: TextEncoding = 'unicode'
  const chosen = best.map((b) => {
    if (settles(b)) before = b[0].encoding
    if (b.length === 1) return b[0]
    const prior = dominant === 'mixed' ? before : dominant
    return b.find((r) => r.encoding === prior) ?? b[0]
  })
  return { texts: chosen.map((r) => r.text), encodings: chosen.map((r) => r.encoding) }
}
