// Criterion codes and section numerals misread by OCR. A code such as "5.3.1" stands alone in a narrow table column,
// without the words around it that let the language model tell a digit from a letter drawn
// alike, and serif digits are read as letters: "5" as "S", "0" as "O", "1" as "l" or "I". A word
// made only of digit-like groups joined by dots, with at least one real digit, is a code: its
// look-alike letters are put back as digits. No Vietnamese word has that shape. "I" is left
// alone: "I.1", "II.2" are headings numbered in Roman numerals.
const LOOKALIKE: Record<string, string> = { S: '5', O: '0', o: '0', l: '1', '|': '1' }
const GROUP = '[0-9SOol|]{1,2}'
const CODE = new RegExp(`^${GROUP}(?:\\.${GROUP}){1,3}\\.?$`)

// The word as a code with its look-alike letters replaced, or null when it is not one.
export function repairCode(text: string): string | null {
  if (!CODE.test(text) || !/\d/.test(text) || !/[^\d.]/.test(text)) return null
  return text.replace(/[^\d.]/g, (c) => LOOKALIKE[c] ?? c)
}

// Roman numerals misread: two serif capitals "II" close together are read as one "H" ("III" →
// "IH", "VII" → "VH", "VIII" → "VIH", a lone "II" → "H"). A run of I, V, X with an H in it,
// standing apart from other letters, is made a numeral again when the result is one. A lone "H"
// is only taken for "II" when it is all its line holds (the number of a table's section row).
const NUMERAL_LIKE = /(?<!\p{L})[IVX]*H[IVXH]*(?!\p{L})/gu
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/

export function repairNumeral(text: string, alone: boolean): string | null {
  let changed = false
  const out = text.replace(NUMERAL_LIKE, (m) => {
    if (m === 'H' && !alone) return m
    const fixed = m.replace(/H/g, 'II')
    if (!ROMAN.test(fixed)) return m
    changed = true
    return fixed
  })
  return changed ? out : null
}

export interface CodeWord { readonly text: string; readonly conf: number }

// The lines' words with codes repaired, and how many were.
export function repairCodes<L extends { readonly words: readonly CodeWord[] }>(lines: readonly L[]): { lines: L[]; repaired: string[] } {
  const repaired: string[] = []
  const out = lines.map((l) => ({
    ...l,
    words: l.words.map((w) => {
      const code = repairCode(w.text) ?? repairNumeral(w.text, l.words.length === 1)
      if (code === null) return w
      repaired.push(`${w.text} → ${code}`)
      return { ...w, text: code }
    }),
  }))
  return { lines: out, repaired }
}
