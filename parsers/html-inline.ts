import { NodeType } from 'node-html-parser'
import type { HTMLElement, Node, TextNode } from 'node-html-parser'
import { normalizeBlockText } from './text-normalize.ts'
import { isSpaceCode } from '../extract/text/normalize.ts'

// Elements whose content is never document text.
export const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'noscript', 'template', 'title', 'meta', 'link', 'svg', 'object', 'iframe'])

const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'big', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
])
const BOLD_TAGS = new Set(['strong', 'b'])
const ITALIC_TAGS = new Set(['em', 'i'])

export const tagOf = (node: Node): string =>
  node.nodeType === NodeType.ELEMENT_NODE ? (node as HTMLElement).rawTagName?.toLowerCase() ?? '' : ''

export const isInline = (node: Node): boolean =>
  node.nodeType === NodeType.TEXT_NODE || INLINE_TAGS.has(tagOf(node))

export interface InlineText {
  readonly text: string
  // Whether all visible characters sit inside <strong>/<b> (resp. <em>/<i>).
  readonly bold: boolean
  readonly italic: boolean
}

// A run of inline text as it is collected (from HTML here, from a .docx tree in docx-blocks.ts):
// the text and how many visible characters are bold, italic.
export interface Tally { text: string; visible: number; bold: number; italic: number }
export const newTally = (): Tally => ({ text: '', visible: 0, bold: 0, italic: 0 })

// Adds a text node's text; whitespace runs in it are one space (only a line break breaks a line).
export function tallyText(tally: Tally, raw: string, bold: boolean, italic: boolean): void {
  const text = raw.replace(/[ \t\r\n]+/g, ' ')
  const visible = visibleLength(text)
  tally.text += text
  tally.visible += visible
  if (bold) tally.bold += visible
  if (italic) tally.italic += visible
}

// The collected text, normalized, and whether all its visible characters are bold (italic).
export function inlineOf(tally: Tally): InlineText {
  return { text: normalizeBlockText(tally.text), bold: tally.visible > 0 && tally.bold === tally.visible, italic: tally.visible > 0 && tally.italic === tally.visible }
}

// Mammoth marks footnote back-references with an arrow link; it is navigation, not text.
const isBackReference = (el: HTMLElement): boolean => /^#(foot|end)note-ref-/.test(el.getAttribute('href') ?? '')

// Characters that are visible ink: all but what \s matches.
function visibleLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) n++
  return n
}

function collect(node: Node, tally: Tally, inBold: boolean, inItalic: boolean): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    // Entities are decoded only where there are any (the decoder is the costly part).
    const raw = (node as TextNode).rawText
    // Source line breaks in HTML are plain spaces; only <br> breaks a line.
    tallyText(tally, raw.includes('&') ? (node as TextNode).text : raw, inBold, inItalic)
    return
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return
  const el = node as HTMLElement
  const tag = tagOf(el)
  if (tag === 'br') {
    tally.text += '\n'
    return
  }
  if (SKIPPED_TAGS.has(tag) || (tag === 'a' && isBackReference(el))) return
  for (const child of el.childNodes) collect(child, tally, inBold || BOLD_TAGS.has(tag), inItalic || ITALIC_TAGS.has(tag))
}

// The text of a run of inline nodes (or of one element's inline content), normalized.
export function inlineText(nodes: readonly Node[]): InlineText {
  const tally = newTally()
  for (const node of nodes) collect(node, tally, false, false)
  return inlineOf(tally)
}
