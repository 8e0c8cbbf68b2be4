import { DocumentModelSchema, type DocumentModel } from '../../schemas/document-model.ts'
import { linearize, type Linear } from '../../extract/linearize.ts'

// Builds a document model from plain lines: "# " heading, "- " list item, "a\tb\tc" table row
// (consecutive rows form one data table), anything else a paragraph.
export function modelOf(lines: string[], format: DocumentModel['format'] = 'md'): DocumentModel {
  const blocks: unknown[] = []
  let table: { type: 'table'; role: 'data'; rows: { cells: { paragraphs: string[] }[] }[] } | null = null
  for (const line of lines) {
    if (line.includes('\t')) {
      if (!table) { table = { type: 'table', role: 'data', rows: [] }; blocks.push(table) }
      table.rows.push({ cells: line.split('\t').map((c) => ({ paragraphs: c.includes('|') ? c.split('|').map((p) => p.trim()) : [c] })) })
      continue
    }
    table = null
    if (line.startsWith('# ')) blocks.push({ type: 'heading', level: 1, text: line.slice(2) })
    else if (line.startsWith('- ')) blocks.push({ type: 'list_item', level: 0, text: line.slice(2) })
    else blocks.push({ type: 'paragraph', text: line })
  }
  return DocumentModelSchema.parse({ format, blocks })
}

export const linearOf = (lines: string[]): Linear => linearize(modelOf(lines))
