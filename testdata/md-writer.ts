import type { Block, Composed } from './types.ts'

// The plain-text transcription the samples' .md files are: header lines one per paragraph,
// headings in bold markdown, "- " list items, tables flattened with tabs, closing block as lines.

const bold = (s: string) => `**${s}**`

function render(b: Block): string[] {
  switch (b.t) {
    case 'header': return [...b.left, ...b.right, b.number, b.placeDate]
    case 'heading': return [b.center ? `## ${bold(b.text)}` : `### ${bold(b.text)}`]
    case 'para': {
      const text = b.runs.map((r) => (r.italic ? `*${r.text}*` : r.bold ? bold(r.text) : r.text)).join('')
      return [b.bullet ? `- ${text}` : text]
    }
    case 'table': return [[...b.head.map((r) => r.join('\t')), ...b.rows.map((r) => r.map((c) => c.join(' ')).join('\t'))].join('\n')]
    case 'closing': return [
      '***Nơi nhận:***', b.recipients.map((r) => `- ${r}`).join('\n'),
      ...b.signer.lines.map(bold), ...(b.signer.signed ? ['*(đã ký)*'] : []), bold(b.signer.name),
    ]
    case 'landscape': return []
  }
}

export function writeMd(doc: Composed): Buffer {
  return Buffer.from(`${doc.blocks.flatMap(render).join('\n\n')}\n`, 'utf8')
}
