// The legacy Vietnamese encodings as data: each table maps every one of the 134 letters of
// letters.ts to its code, and decoding is the inverse of that map. Only the codes are written
// here, as their standards give them; the letters come from letters.ts by composition.
//   TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial…): one Latin-1 code per
//     lower-case letter; of the capitals only Ă Â Ê Ô Ơ Ư Đ have codes. The other capitals are
//     typed in the all-capitals fonts (.VnTimeH…) with the lower-case codes: decoding a run in
//     such a font gives capitals (`caps`).
//   VNI (VNI-Windows, the VNI-Times… fonts): the ASCII base letter followed by one Latin-1 code
//     for modifier and tone together; ơ ư đ and the toned i (and ỵ) are single codes. Capitals
//     are the Latin-1 capitals of the lower-case codes.
//   VIQR (RFC 1456): ASCII base letter, then ^ ( + for the modifier, then ` ? ~ ' . for the tone.
import { TONES, VIETNAMESE_LETTERS, type LetterParts, type Modifier, type Tone } from './letters.ts'

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr'
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viqr']

// ---- TCVN3: the code chart ----
// Codes of each vowel with the five tones in chart order (huyền, hỏi, ngã, sắc, nặng).
const TCVN3_TONED: Readonly<Record<string, readonly number[]>> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
}
// Letters without a tone: the capitals (0xA1–0xA7) and lower case (0xA8–0xAE), in the order Ă Â Ê Ô Ơ Ư Đ.
const TCVN3_UNTONED = { upper: 0xa1, lower: 0xa8, letters: 'ăâêôơưđ' }

function tcvn3Code(p: LetterParts): string | null {
  const lower = p.letter.toLowerCase()
  const untoned = TCVN3_UNTONED.letters.indexOf(lower)
  if (untoned >= 0) return String.fromCharCode((p.upper ? TCVN3_UNTONED.upper : TCVN3_UNTONED.lower) + untoned)
  if (p.upper || !p.tone) return null
  const vowel = lower.normalize('NFD').replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '').normalize('NFC')
  return String.fromCharCode(TCVN3_TONED[vowel][TONES.indexOf(p.tone)])
}

// ---- VNI ----
const VNI_TONE: Readonly<Record<Tone, string>> = { '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0301': 'ù', '\u0323': 'ï' }
// modifier and tone in one code, after the base letter ('' = no tone)
const VNI_MODIFIED: Readonly<Record<'circumflex' | 'breve', Readonly<Record<Tone | '', string>>>> = {
  circumflex: { '': 'â', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0301': 'á', '\u0323': 'ä' },
  breve: { '': 'ê', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0301': 'é', '\u0323': 'ë' },
}
// letters that are one code: ơ ư (horned o, u, tone after them), the toned i, ỵ and đ
const VNI_HORN: Readonly<Record<string, string>> = { o: 'ô', u: 'ö' }
const VNI_I: Readonly<Record<Tone, string>> = { '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0301': 'í', '\u0323': 'ò' }
const VNI_Y_DOT = 'î'
const VNI_D = 'ñ'

function vniCode(p: LetterParts): string {
  const base = p.base.toLowerCase()
  let code: string
  if (p.stroke) code = VNI_D
  else if (p.modifier === 'horn') code = VNI_HORN[base] + (p.tone ? VNI_TONE[p.tone] : '')
  else if (p.modifier) code = base + VNI_MODIFIED[p.modifier][p.tone ?? '']
  else if (base === 'i') code = VNI_I[p.tone!]
  else if (base === 'y' && p.tone === '\u0323') code = VNI_Y_DOT
  else code = base + VNI_TONE[p.tone!]
  return p.upper ? code.toUpperCase() : code
}

// ---- VIQR ----
const VIQR_MODIFIER: Readonly<Record<Modifier, string>> = { circumflex: '^', breve: '(', horn: '+' }
const VIQR_TONE: Readonly<Record<Tone, string>> = { '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0301': "'", '\u0323': '.' }

const viqrCode = (p: LetterParts): string => p.stroke ? (p.upper ? 'DD' : 'dd')
  : p.base + (p.modifier ? VIQR_MODIFIER[p.modifier] : '') + (p.tone ? VIQR_TONE[p.tone] : '')

// ---- the tables ----
export interface LegacyTable {
  // letter → code; for TCVN3 a capital without a code of its own is absent (typed in a caps font)
  readonly encode: ReadonlyMap<string, string>
  // code → letter
  readonly decode: ReadonlyMap<string, string>
}

function tableOf(code: (p: LetterParts) => string | null): LegacyTable {
  const encode = new Map<string, string>()
  const decode = new Map<string, string>()
  for (const p of VIETNAMESE_LETTERS) {
    const c = code(p)
    if (c === null) continue
    encode.set(p.letter, c)
    decode.set(c, p.letter)
  }
  return { encode, decode }
}

export const LEGACY_TABLES: Readonly<Record<LegacyEncoding, LegacyTable>> = {
  tcvn3: tableOf(tcvn3Code),
  vni: tableOf(vniCode),
  viqr: tableOf(viqrCode),
}
