import type { AgencyGrid, GridCell, GridRow } from '../types.ts'
import { h } from './dom.ts'
import { fmtNum, statusLabel } from './labels.ts'

// Colour steps by points lost in a cell; the number is always printed too, so colour is never
// the only carrier of the value.
export function level(c: GridCell): number {
  const d = c.deducted
  if (d === null) return 1
  return d <= 0.25 ? 1 : d <= 0.5 ? 2 : d <= 1 ? 3 : d <= 2 ? 4 : 5
}
const LEGEND = ['≤ 0,25', '≤ 0,5', '≤ 1', '≤ 2', '> 2']

const rowName = (r: GridRow) => `${r.codes.length ? `${r.codes.join(', ')} ` : ''}${r.label}`

export function gridTable(g: AgencyGrid, selected: { key?: string; year?: number }, open: (key: string, year: number) => void): HTMLElement {
  const table = h('table', { class: 'grid', id: 'agency-grid' },
    h('caption', { class: 'sr-only' }, `Điểm bị trừ theo tiêu chí và năm đánh giá của ${g.agency.name}`),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Tiêu chí'), g.years.map((y) => h('th', { scope: 'col', class: 'num' }, String(y))))),
    h('tbody', null, g.rows.map((r, ri) => h('tr', null,
      h('th', { scope: 'row' },
        r.codes.length ? h('span', { class: 'code' }, r.codes.join(', ')) : null, ' ', r.label,
        r.recurring ? h('span', { class: 'badge recurring', title: 'Bị trừ điểm từ hai năm trở lên' }, '↻ Lặp lại') : null,
        r.unresolved ? h('span', { class: 'badge unresolved', title: 'Vẫn bị trừ ở năm gần nhất hoặc báo cáo chưa khắc phục' }, '⚠ Chưa khắc phục') : null),
      g.years.map((y, ci) => {
        const c = r.cells.find((x) => x.year === y)
        if (!c) return h('td', { class: 'empty' }, h('span', { class: 'sr-only' }, 'không bị trừ'))
        const text = c.deducted === null ? '?' : fmtNum(c.deducted)
        return h('td', { class: `lv${level(c)}` }, h('button', {
          type: 'button', class: 'cell', 'data-r': ri, 'data-c': ci,
          'aria-pressed': selected.key === r.key && selected.year === y ? 'true' : 'false',
          'aria-label': `${rowName(r)}, năm ${y}: ${c.deducted === null ? 'bị trừ điểm (không rõ số điểm)' : `bị trừ ${text} điểm`}, ${c.count} phát hiện${r.latestStatus ? `, ${statusLabel(r.latestStatus)}` : ''}`,
          on: { click: () => open(r.key, y) },
        }, text))
      })))))
  table.addEventListener('keydown', (e) => moveFocus(table, e))
  return h('div', null,
    h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Bảng điểm bị trừ', tabindex: 0 }, table),
    h('div', { class: 'legend', 'aria-label': 'Chú giải' }, 'Điểm bị trừ: ',
      LEGEND.map((t, i) => h('span', { class: `swatch lv${i + 1}` }, t)), h('span', { class: 'swatch lv1' }, '? không rõ số điểm'),
      h('span', { class: 'badge recurring' }, '↻ Lặp lại: bị trừ từ 2 năm trở lên'),
      h('span', { class: 'badge unresolved' }, '⚠ Chưa khắc phục: còn bị trừ ở năm gần nhất hoặc báo cáo chưa xong')))
}

// Arrow keys move between the grid's cells, skipping empty ones, like a spreadsheet.
function moveFocus(table: HTMLElement, e: KeyboardEvent): void {
  const t = e.target as HTMLElement
  if (!t.matches('button.cell')) return
  const d = ({ ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] } as Record<string, [number, number]>)[e.key]
  if (!d) return
  const cells = [...table.querySelectorAll<HTMLButtonElement>('button.cell')]
  const r = Number(t.dataset.r), c = Number(t.dataset.c)
  const along = cells.filter((b) => (d[0] ? Number(b.dataset.c) === c && Math.sign(Number(b.dataset.r) - r) === d[0]
    : Number(b.dataset.r) === r && Math.sign(Number(b.dataset.c) - c) === d[1]))
  const next = along.sort((a, b) => Math.abs(Number(a.dataset.r) - r) + Math.abs(Number(a.dataset.c) - c)
    - (Math.abs(Number(b.dataset.r) - r) + Math.abs(Number(b.dataset.c) - c)))[0]
  if (next) { e.preventDefault(); next.focus() }
}
