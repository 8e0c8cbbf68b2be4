// Decoding the runs of a .docx set in legacy fonts, on mammoth's document tree before it becomes
// HTML: each run is decoded in the encoding its font stands for (run font, else character style,
// else paragraph style, else the document default), so a Unicode body under a TCVN3 header is
// read run by run. Documents that name no legacy font pass untouched.
import type { ParseWarning } from '../schemas/document-model.ts'
import { decodeLegacy } from './legacy/codec.ts'
import { hasUnicodeVietnamese } from './legacy/detect.ts'
import { encodingOfFont } from './legacy/fonts.ts'
import type { LegacyEncoding } from './legacy/tables.ts'
import { readStyleFonts, type StyleFonts } from './docx-style-fonts.ts'

// A legacy font named in run properties, styles or defaults (ascii/hAnsi of w:rFonts).
const NAMES_LEGACY_FONT = /w:(?:ascii|hAnsi)="(?:[A-Z]{6}\+)?(?:[._]?Vn[A-Z]|VNI[- _])/i

interface MammothElement {
  type: string
  children?: MammothElement[]
  styleId?: string | null
  font?: string | null
  value?: string
}

export interface LegacyRuns {
  // mammoth's file reader shows each part here as it reads it
  observe(partName: string, text: string): void
  // mammoth's transformDocument
  transform<T>(document: T): T
  // encodings decoded, and a warning saying what was decoded where (null if nothing was)
  result(): { encodings: LegacyEncoding[]; warning: ParseWarning | null }
}

export function legacyRuns(enabled = true): LegacyRuns {
  let styles: string | null = null
  let named = false
  const fonts = new Map<string, { encoding: LegacyEncoding; runs: number }>()

  const decodeRun = (run: MammothElement, font: string | null): void => {
    const enc = encodingOfFont(font)
    if (!enc || !run.children) return
    let decoded = false
    for (const child of run.children) {
      // text typed in Unicode under a legacy font (as later editors did) is already readable
      if (child.type !== 'text' || !child.value || hasUnicodeVietnamese(child.value)) continue
      child.value = decodeLegacy(child.value, enc.encoding, { caps: enc.caps })
      decoded = true
    }
    if (!decoded) return
    const seen = fonts.get(font!) ?? { encoding: enc.encoding, runs: 0 }
    seen.runs++
    fonts.set(font!, seen)
  }

  const walk = (el: MammothElement, paragraphFont: string | null, styleFonts: StyleFonts): void => {
    if (el.type === 'paragraph') paragraphFont = styleFonts.paragraph(el.styleId ?? null)
    else if (el.type === 'run') decodeRun(el, el.font ?? styleFonts.character(el.styleId ?? null) ?? paragraphFont)
    for (const child of el.children ?? []) walk(child, paragraphFont, styleFonts)
  }

  return {
    observe(partName, text) {
      if (!enabled) return
      if (partName === 'word/styles.xml') styles = text
      if ((partName === 'word/styles.xml' || partName === 'word/document.xml') && NAMES_LEGACY_FONT.test(text)) named = true
    },
    transform(document) {
      if (named) walk(document as unknown as MammothElement, null, readStyleFonts(styles))
      return document
    },
    result() {
      if (fonts.size === 0) return { encodings: [], warning: null }
      const encodings = [...new Set([...fonts.values()].map((f) => f.encoding))].sort()
      const where = [...fonts].map(([font, f]) => `${f.runs} in ${font} (${f.encoding.toUpperCase()})`).join(', ')
      return { encodings, warning: { code: 'legacy_encoding', message: `runs in legacy fonts decoded to Unicode: ${where}` } }
    },
  }
}
