// Text cleanup shared by every parser, so the same document yields the same strings
// whichever format it arrived in.

// Characters that carry no text but break matching (zero-width space, BOM, soft hyphen).
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g
// Any whitespace except the line break, which is meaningful ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").
const INLINE_SPACE = /[^\S\n]+/g

// NFC, invisible characters removed, whitespace runs collapsed to one space, each line
// trimmed (this drops the literal leading tabs Word users type for indentation).
// Text that needs none of the steps below (most of a parsed document) passes with one test.
const NEEDS_WORK = /[\r\u200b\u200c\u200d\u2060\ufeff\u00ad]|[^\S \n]| {2}|^ | $| \n|\n /
export function normalizeText(raw: string): string {
  const nfc = raw.normalize('NFC')
  if (!NEEDS_WORK.test(nfc)) return nfc
  return nfc
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(INLINE_SPACE, ' ').trim())
    .join('\n')
}

// As normalizeText, then also drops empty lines at both ends (a trailing <br> is layout).
export function normalizeBlockText(raw: string): string {
  return normalizeText(raw).replace(/^\n+|\n+$/g, '')
}
