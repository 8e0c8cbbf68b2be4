// A flow paragraph → heading, list item or paragraph block.
import type { Block } from '../schemas/document-model.ts'
import { isDocTypeLine, type ColumnGeometry, type Para } from './pdf-paragraphs.ts'

const SECTION = /^(?:([IVXLC]{1,5})\.|(\d{1,2}(?:\.\d{1,2})*)\.?|([a-zđ])\))\s/u
const BULLET = /^[-•*▪●◦]\s+/u
const PLUS = /^\+\s/u

const isCaps = (t: string): boolean => {
  const letters = t.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase()
}

function sectionLevel(text: string): number | null {
  const m = SECTION.exec(text)
  if (!m) return null
  if (m[1]) return 2
  if (m[2]) return Math.min(6, 2 + m[2].split('.').length)
  return 4
}

export function toBlock(p: Para, geo: ColumnGeometry): Block {
  const text = p.text
  const page = p.page
  const bold = p.lines.every((l) => l.bold)
  const italic = p.lines.every((l) => l.italic)
  const first = p.lines[0]
  const axis = (geo.left + geo.right) / 2
  const atIndent = geo.indent !== undefined && Math.abs(first.x0 - geo.indent) < 2
  const centered = p.centered || (p.lines.length === 1 && first.x0 > geo.left + first.size && !atIndent &&
    Math.abs((first.x0 + first.x1) / 2 - axis) < Math.max(3, 0.6 * first.size))
  // a bullet further in than the usual first-line indent is nested
  const nested = geo.indent !== undefined && first.x0 > geo.indent + 0.5 * first.size ? 1 : 0
  if (isDocTypeLine(text)) return { type: 'heading', text, level: 1, page }
  if (BULLET.test(text)) return { type: 'list_item', text: text.replace(BULLET, ''), level: nested, page }
  if (PLUS.test(text)) return { type: 'list_item', text, level: 1 + nested, page }
  if (bold && text.length <= 300) {
    const level = sectionLevel(text)
    if (level !== null) return { type: 'heading', text, level, page }
    if (centered) return { type: 'heading', text, level: isCaps(text) ? 1 : 2, page }
    if (isCaps(text) && text.length <= 120) return { type: 'heading', text, level: 2, page }
  }
  const block: Block = { type: 'paragraph', text, page }
  if (bold) block.bold = true
  if (italic) block.italic = true
  if (centered) block.align = 'center'
  return block
}
