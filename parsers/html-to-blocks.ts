import type { HTMLElement, Node } from 'node-html-parser'
import type { Block } from '../schemas/document-model.ts'
import { SKIPPED_TAGS, inlineText, isInline, tagOf } from './html-inline.ts'
import { tableFromHtml } from './html-table.ts'

const LIST_TAGS = new Set(['ul', 'ol'])

// Converts an HTML tree (mammoth's output, or a plain web page) into ordered blocks.
// Unknown containers (div, section, body…) are walked through so no text is lost;
// loose inline content between blocks becomes a paragraph.
export function htmlToBlocks(root: HTMLElement): Block[] {
  const blocks: Block[] = []
  walk(root.childNodes, blocks)
  return blocks
}

function walk(nodes: readonly Node[], out: Block[]): void {
  let run: Node[] = []
  const flush = (): void => {
    if (run.length > 0) pushParagraph(run, out)
    run = []
  }
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node)
      continue
    }
    flush()
    const tag = tagOf(node)
    if (tag === '' || SKIPPED_TAGS.has(tag)) continue
    const el = node as HTMLElement
    const heading = /^h([1-6])$/.exec(tag)
    if (heading) {
      const { text } = inlineText(el.childNodes)
      if (text !== '') out.push({ type: 'heading', text, level: Number(heading[1]) })
    } else if (tag === 'p' || tag === 'pre' || tag === 'caption') {
      pushParagraph(el.childNodes, out)
    } else if (LIST_TAGS.has(tag)) {
      listItems(el, 0, out)
    } else if (tag === 'table') {
      const table = tableFromHtml(el)
      if (table) out.push(table)
    } else {
      walk(el.childNodes, out)
    }
  }
  flush()
}

function pushParagraph(nodes: readonly Node[], out: Block[]): void {
  const { text, bold, italic } = inlineText(nodes)
  // Empty paragraphs outside tables are vertical spacing only.
  if (text === '') return
  out.push({ type: 'paragraph', text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) })
}

// Each <li> is one item; a list nested inside it yields separate items one level deeper,
// and the item's own text excludes the nested list.
function listItems(list: HTMLElement, level: number, out: Block[]): void {
  for (const child of list.childNodes) {
    const tag = tagOf(child)
    if (tag === 'li') listItem(child as HTMLElement, level, out)
    else if (LIST_TAGS.has(tag)) listItems(child as HTMLElement, level + 1, out)
    else if (tag !== '' || child.text.trim() !== '') walk([child], out)
  }
}

function listItem(li: HTMLElement, level: number, out: Block[]): void {
  const own: string[] = []
  const nested: Block[] = []
  let run: Node[] = []
  const flush = (): void => {
    const { text } = inlineText(run)
    if (text !== '') own.push(text)
    run = []
  }
  for (const child of li.childNodes) {
    const tag = tagOf(child)
    if (isInline(child)) run.push(child)
    else if (LIST_TAGS.has(tag)) { flush(); listItems(child as HTMLElement, level + 1, nested) }
    else if (tag === 'table') { flush(); walk([child], nested) }
    else { flush(); run.push(...(child as HTMLElement).childNodes); flush() }
  }
  flush()
  if (own.length > 0) out.push({ type: 'list_item', text: own.join('\n'), level })
  out.push(...nested)
}
