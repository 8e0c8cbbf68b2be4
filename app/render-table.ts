import Table from 'cli-table3'

const clip = (v: unknown, width: number) => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v)
  return s.length > width ? `${s.slice(0, width - 1)}…` : s
}

// A plain-text table for terminals: fixed columns, long cells clipped, no colours (pipes stay clean).
export function renderTable(columns: { key: string; header: string; width: number }[], rows: readonly object[]): string {
  const t = new Table({ head: columns.map((c) => c.header), style: { head: [], border: [] }, wordWrap: false })
  for (const r of rows) t.push(columns.map((c) => clip((r as Record<string, unknown>)[c.key], c.width)))
  return `${t.toString()}\n`
}
