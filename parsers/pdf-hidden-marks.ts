// pdf.js leaves invisible format characters (Unicode Cf) out of a page's text content. One of
// them is the soft hyphen, U+00AD, which in TCVN3 text is the letter ư ("Ch­¬ng" = Chương):
// without it "được" reads "đợc". The glyphs the page draws, in its operator list, still carry
// it; they come in the same order as the text content, so the text runs are walked alongside
// them and the soft hyphens put back where the glyphs have them. A page whose text and glyphs
// do not line up (ligatures pdf.js expanded, …) is left as it was.

// pdf.js's OPS codes of the text-showing operators (Tj, TJ, ', ")
const SHOW_TEXT = new Set([44, 45, 46, 47])
const SOFT_HYPHEN = '\u00ad'

export interface OperatorList { readonly fnArray: ArrayLike<number>; readonly argsArray: ReadonlyArray<unknown> }

// The characters the page draws, in drawing order.
function drawnText(ops: OperatorList): string {
  let out = ''
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (!SHOW_TEXT.has(ops.fnArray[i])) continue
    const args = ops.argsArray[i] as unknown[] | null
    const glyphs = args?.[args.length - 1]
    if (!Array.isArray(glyphs)) continue
    for (const g of glyphs) if (g && typeof g === 'object' && typeof (g as { unicode?: unknown }).unicode === 'string') out += (g as { unicode: string }).unicode
  }
  return out
}

// pdf.js normalizes a few characters of the text content (micro sign → Greek mu); spaces are
// added or dropped between runs.
const same = (drawn: string, shown: string): boolean => drawn === shown || (drawn === '\u00b5' && shown === '\u03bc')
const isSpace = (ch: string): boolean => /\s/.test(ch)

// The runs' strings with the soft hyphens of the drawn glyphs put back, or null when the two do not line up.
export function restoreSoftHyphens(strings: readonly string[], ops: OperatorList): string[] | null {
  const drawn = drawnText(ops)
  if (!drawn.includes(SOFT_HYPHEN)) return [...strings]
  let p = 0
  const out: string[] = []
  for (const s of strings) {
    let r = ''
    for (const ch of s) {
      for (;;) {
        let restored = false
        while (drawn[p] === SOFT_HYPHEN) { r += SOFT_HYPHEN; p++; restored = true }
        if (p < drawn.length && same(drawn[p], ch)) { r += ch; p++; break }
        // a space pdf.js put between runs, or in the gap the left-out glyph's advance made
        if (isSpace(ch)) { if (!restored && !r.endsWith(SOFT_HYPHEN)) r += ch; break }
        if (p < drawn.length && isSpace(drawn[p])) { p++; continue } // a drawn space pdf.js left out
        return null
      }
    }
    // a soft hyphen drawn right after the run's last glyph belongs to it (a word ending in ư,
    // or broken there at a line end)
    while (drawn[p] === SOFT_HYPHEN) { r += SOFT_HYPHEN; p++ }
    out.push(r)
  }
  return out
}
