import { parse as parseHtml } from 'node-html-parser'
import type { TableBlock } from '../schemas/document-model.ts'
import type { Block } from '../schemas/document-model.ts'
import { tableFromHtml } from './html-table.ts'
import { htmlToBlocks } from './html-to-blocks.ts'

// Markdown may carry a table as raw HTML: pandoc's GitHub-flavoured output does so for every
// table a pipe table cannot hold (merged cells, several paragraphs in a cell). The lines from
// "<table" to its closing tag are read by the same HTML table reader as .docx and web pages.
const OPENS = /^\s*<table\b/i
const TAGS = /<(\/?)table\b/gi

export const opensHtmlTable = (line: string): boolean => OPENS.test(line)

export function readHtmlTable(lines: readonly string[], start: number): { block: TableBlock; next: number } | null {
  let depth = 0
  for (let i = start; i < lines.length; i++) {
    for (const m of lines[i].matchAll(TAGS)) depth += m[1] ? -1 : 1
    if (depth > 0) continue
    const table = parseHtml(lines.slice(start, i + 1).join('\n'), { comment: false }).querySelector('table')
    const block = table ? tableFromHtml(table) : null
    return block ? { block, next: i + 1 } : null
  }
  return null
}

// Other raw HTML blocks of markdown ("<p align=\"center\"><b>BÁO CÁO</b><br>…</p>", headings,
// divs): as CommonMark reads them, from the opening tag to the next blank line, through the
// same walker as .docx and web pages.
const OPENS_BLOCK = /^\s*<(?:p|div|h[1-6]|center|blockquote|section)\b[^>]*>/i

export const opensHtmlBlock = (line: string): boolean => OPENS_BLOCK.test(line)

export function readHtmlBlock(lines: readonly string[], start: number): { blocks: Block[]; next: number } | null {
  let end = start
  while (end < lines.length && lines[end].trim() !== '') end++
  const blocks = htmlToBlocks(parseHtml(lines.slice(start, end).join('\n'), { comment: false }))
  return blocks.length ? { blocks, next: end } : null
}
