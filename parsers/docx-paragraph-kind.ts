// What mammoth's style map makes of a paragraph: a heading, a list item or a plain paragraph.
// Our additions come first (Title → h1, Subtitle → h2, Heading 7–9 → h6: the document title and
// deeper headings stay headings), then mammoth's default map, in its order. Read here from its
// document tree, so that the .docx parser needs neither mammoth's HTML nor a second parse of it.
// Style names compare case-insensitively, style ids exactly, as mammoth's matchers do.

export interface DocxParagraph {
  readonly type: 'paragraph'
  readonly styleId?: string | null
  readonly styleName?: string | null
  readonly numbering?: { readonly level: string | number; readonly isOrdered: boolean } | null
}

export type ParagraphKind = { kind: 'heading'; level: number } | { kind: 'list'; level: number } | { kind: 'paragraph' }

// The heading rules in the order they are tried: ours by style name, then mammoth's default map
// by style id, by style name, and Apple Pages' "Heading" (id or name).
const OUR_NAMES = new Map<string, number>([['TITLE', 1], ['SUBTITLE', 2], ['HEADING 7', 6], ['HEADING 8', 6], ['HEADING 9', 6]])
const DEFAULT_IDS = new Map<string, number>([1, 2, 3, 4, 5, 6].map((n) => [`Heading${n}`, n]))
const DEFAULT_NAMES = new Map<string, number>([1, 2, 3, 4, 5, 6].map((n) => [`HEADING ${n}`, n]))
// Mapped to a plain paragraph before the list rules: a numbered note paragraph is no list item.
const NOTE_NAMES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE'])
// mammoth's list rules cover levels 1–5 (ilvl 0–4); a deeper one is a plain paragraph
const LIST_LEVELS = 5

export function paragraphKind(p: DocxParagraph): ParagraphKind {
  const name = p.styleName?.toUpperCase()
  const heading = (name === undefined ? undefined : OUR_NAMES.get(name))
    ?? (p.styleId ? DEFAULT_IDS.get(p.styleId) : undefined)
    ?? (name === undefined ? undefined : DEFAULT_NAMES.get(name))
    ?? (p.styleId === 'Heading' || name === 'HEADING' ? 1 : undefined)
  if (heading !== undefined) return { kind: 'heading', level: heading }
  if (name !== undefined && NOTE_NAMES.has(name)) return { kind: 'paragraph' }
  const level = p.numbering ? Number(p.numbering.level) : NaN
  if (Number.isInteger(level) && level >= 0 && level < LIST_LEVELS) return { kind: 'list', level }
  return { kind: 'paragraph' }
}
