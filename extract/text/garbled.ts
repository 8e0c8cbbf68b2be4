// Legacy TCVN3 (ABC) and VNI fonts decode as Latin-1 lookalikes ("Céng hoµ", "Coäng hoøa").
// Vietnamese words use only the Vietnamese alphabet, so a high share of words with other
// letters means the text is garbled, not Vietnamese.
const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz'

// Per UTF-16 code unit below U+2000: 0 = not part of a word, 1 = Vietnamese letter, 2 = other
// letter or mark. Above that (rare in these documents) the Unicode classes are asked directly.
// The table keeps this one pass over the text with no allocation: it runs on every document.
const NOT_WORD = 0, VIET = 1, OTHER = 2
const WORD_CHAR = /[\p{L}\p{M}]/u
const CLASS = new Uint8Array(0x2000)
for (let c = 0; c < CLASS.length; c++) CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? OTHER : NOT_WORD
for (const ch of VIETNAMESE + VIETNAMESE.toUpperCase()) CLASS[ch.charCodeAt(0)] = VIET
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < CLASS.length) return CLASS[c]
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!)) ? OTHER : NOT_WORD
}

// Share of words (runs of letters and marks) containing a letter outside the Vietnamese
// alphabet; text is NFC.
export function garbledShare(text: string): number {
  let n = 0, bad = 0, inWord = false, wordBad = false
  for (let i = 0; i < text.length; i++) {
    const k = classOf(text, i)
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) i++ // the pair was classified whole
    if (k === NOT_WORD) {
      if (inWord) { n++; if (wordBad) bad++ }
      inWord = false
      continue
    }
    if (!inWord) { inWord = true; wordBad = false }
    if (k === OTHER) wordBad = true
  }
  if (inWord) { n++; if (wordBad) bad++ }
  return n < 30 ? 0 : bad / n
}
