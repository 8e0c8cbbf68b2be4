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

const HEADING_NAMES = new Map<string, number>([
  ['TITLE', 1], ['SUBTITLE', 2], // ours
  ['HEADING 7', 6], ['HEADING 8', 6], ['HEADING 9', 6], // ours
  ['HEADING 1', 1], ['HEADING 2', 2], ['HEADING 3', 3], ['HEADING 4', 4], ['HEADING 5', 5], ['HEADING 6', 6],
  ['HEADING', 1], // Apple Pages
])
const HEADING_IDS = new Map<string, number>([
  ['Heading1', 1], ['Heading2', 2], ['Heading3', 3], ['Heading4', 4], ['Heading5', 5], ['Heading6', 6], ['Heading', 1],
])
// Mapped to a plain paragraph before the list rules: a numbered note paragraph is no list item.
const NOTE_NAMES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE'])
// mammoth's list rules cover levels 1–5 (ilvl 0–4); a deeper one is a plain paragraph
const LIST_LEVELS = 5

export function paragraphKind(p: DocxParagraph): ParagraphKind {
  const name = p.styleName?.toUpperCase()
  // ours come first, then the default map's headings (ids, then names)
  const ours = name === undefined ? undefined : (name === 'TITLE' || name === 'SUBTITLE' || /^HEADING [789]$/.test(name) ? HEADING_NAMES.get(name) : undefined)
  if (ours !== undefined) return { kind: 'heading', level: ours }
  const byId = p.styleId ? HEADING_IDS.get(p.styleId) : undefined
  if (byId !== undefined && p.styleId !== 'Heading') return { kind: 'heading', level: byId }
  const byName = name === undefined ? undefined : HEADING_NAMES.get(name)
  if (byName !== undefined && name !== 'HEADING') return { kind: 'heading', level: byName }
  if (p.styleId === 'Heading' || name === 'HEADING') return { kind: 'heading', level: 1 }
  if (name !== undefined && NOTE_NAMES.has(name)) return { kind: 'paragraph' }
  const level = p.numbering ? Number(p.numbering.level) : NaN
  if (Number.isInteger(level) && level >= 0 && level < LIST_LEVELS) return { kind: 'list', level }
  return { kind: 'paragraph' }
}
