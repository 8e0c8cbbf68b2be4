// Text cleanup shared by every parser, so the same document yields the same strings
// whichever format it arrived in.

// Characters that carry no text but break matching (zero-width space, BOM, soft hyphen).
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g
// Any whitespace except the line break, which is meaningful ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").
const INLINE_SPACE = /[^\S\n]+/g

// NFC, invisible characters removed, whitespace runs collapsed to one space, each line
// trimmed (this drops the literal leading tabs Word users type for indentation).
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
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
