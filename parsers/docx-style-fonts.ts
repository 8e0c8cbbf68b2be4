// The font each style of a .docx gives its text (word/styles.xml): a run without a font of its
// own takes its character style's, else its paragraph style's, else the document default —
// legacy documents usually set .VnTime once, in the Normal style. Mammoth reads run fonts but
// not style fonts, so styles.xml is scanned here for the few tags that matter (w:style,
// w:basedOn, w:rFonts, w:docDefaults). It is only read for documents that name a legacy font,
// and a tag scan costs a fraction of a second DOM parse of the part.

interface StyleFont { readonly type: string; readonly basedOn: string | null; readonly font: string | null }

export interface StyleFonts {
  paragraph(styleId: string | null): string | null
  character(styleId: string | null): string | null
}

const TAG = /<(\/?)w:(style|docDefaults|basedOn|rFonts|rPr)\b([^>]*?)\/?>/g
const ATTR = /w:([A-Za-z]+)="([^"]*)"/g

const attrsOf = (raw: string): Map<string, string> => new Map([...raw.matchAll(ATTR)].map((m) => [m[1], m[2]]))

// w:ascii names the font of the ASCII range (mammoth reads the same), w:hAnsi that of the rest
// of Latin-1, where the legacy codes are: either names the run's encoding.
const fontOf = (a: Map<string, string>): string | null => a.get('ascii') ?? a.get('hAnsi') ?? null

export function readStyleFonts(stylesXml: string | null): StyleFonts {
  const styles = new Map<string, StyleFont>()
  let defaultFont: string | null = null
  let defaultParagraph: string | null = null
  let current: { id: string; type: string; basedOn: string | null; font: string | null } | null = null
  let inDefaults = false
  let inRunProps = false
  for (const [, close, tag, raw] of stylesXml?.matchAll(TAG) ?? []) {
    if (tag === 'style') {
      if (close) { if (current && !styles.has(current.id)) styles.set(current.id, current); current = null; continue }
      const a = attrsOf(raw)
      current = { id: a.get('styleId') ?? '', type: a.get('type') ?? 'paragraph', basedOn: null, font: null }
      if (current.type === 'paragraph' && (a.get('default') === '1' || a.get('default') === 'true')) defaultParagraph = current.id
    } else if (tag === 'docDefaults') inDefaults = !close
    else if (tag === 'rPr') inRunProps = !close && !raw.endsWith('/')
    else if (tag === 'basedOn' && current) current.basedOn = attrsOf(raw).get('val') ?? null
    else if (tag === 'rFonts' && inRunProps) {
      const font = fontOf(attrsOf(raw))
      if (current) current.font = font ?? current.font
      else if (inDefaults) defaultFont = font ?? defaultFont
    }
  }
  const resolve = (id: string | null, depth = 0): string | null => {
    const s = id === null ? undefined : styles.get(id)
    if (!s || depth > 20) return null
    return s.font ?? resolve(s.basedOn, depth + 1)
  }
  return {
    // a paragraph without a style has the default paragraph style (Normal)
    paragraph: (id) => resolve(id ?? defaultParagraph) ?? defaultFont,
    character: (id) => resolve(id),
  }
}
