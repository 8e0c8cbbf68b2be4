import type { AgencySummary } from '../types.ts'
import { getJson } from './api.ts'
import { h, replace } from './dom.ts'
import { fmtNum } from './labels.ts'
import { hrefOf, type ViewContext } from './router.ts'

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()

// #/agency: every agency in the store, narrowed as the user types (diacritics optional).
export async function agencyList(main: HTMLElement, { signal }: ViewContext): Promise<void> {
  document.title = 'Cơ quan — Chỉ số CCHC'
  const rows = await getJson<AgencySummary[]>('/agencies', {}, signal)
  const body = h('tbody')
  const count = h('p', { role: 'status' })
  const draw = (q: string) => {
    const k = fold(q.trim())
    const shown = rows.filter((a) => !k || fold(`${a.name} ${a.province ?? ''}`).includes(k))
    count.textContent = `${fmtNum(shown.length)} / ${fmtNum(rows.length)} cơ quan`
    replace(body, shown.map((a) => h('tr', null,
      h('th', { scope: 'row' }, h('a', { href: hrefOf(['agency', a.id]) }, a.name)),
      h('td', null, a.province ?? ''), h('td', { class: 'num' }, fmtNum(a.documents)), h('td', { class: 'num' }, fmtNum(a.findings)),
      h('td', null, a.firstYear ? (a.firstYear === a.lastYear ? String(a.firstYear) : `${a.firstYear}–${a.lastYear}`) : ''))))
  }
  const filter = h('input', { id: 'agency-filter', type: 'search', autocomplete: 'off', on: { input: () => draw(filter.value) } })
  replace(main, h('h1', null, 'Cơ quan'),
    h('p', null, 'Chọn một cơ quan để xem bảng điểm bị trừ theo tiêu chí và năm đánh giá.'),
    h('div', { class: 'field' }, h('label', { for: 'agency-filter' }, 'Lọc theo tên hoặc tỉnh'), filter), count,
    h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Danh sách cơ quan', tabindex: 0 },
      h('table', null, h('thead', null, h('tr', null, ['Cơ quan', 'Tỉnh', 'Văn bản', 'Tiêu chí bị trừ điểm', 'Năm đánh giá'].map((t) => h('th', { scope: 'col' }, t)))), body)))
  draw('')
}
