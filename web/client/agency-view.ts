import type { AgencyGrid, CellFinding } from '../types.ts'
import { getJson } from './api.ts'
import { h, replace } from './dom.ts'
import { agencyList } from './agency-list.ts'
import { gridTable } from './agency-grid.ts'
import { fmtNum, statusLabel } from './labels.ts'
import { hrefOf, type View } from './router.ts'

let mounted: { id: string; root: HTMLElement; grid: AgencyGrid; detail: HTMLElement; gridHost: HTMLElement } | undefined

// #/agency/:id?key=…&year=…: the criteria × years grid; the selected cell (kept in the address,
// so Back returns to it) lists its findings with their evidence passages.
export const agencyView: View = async (main, route, ctx) => {
  const id = route.path[1]
  if (!id) return agencyList(main, ctx)
  const key = route.params.get('key') ?? undefined
  const year = Number(route.params.get('year')) || undefined
  if (!ctx.samePath || !mounted || mounted.id !== id || !main.contains(mounted.root)) {
    const grid = await getJson<AgencyGrid>(`/agencies/${encodeURIComponent(id)}/grid`, {}, ctx.signal)
    document.title = `${grid.agency.name} — Chỉ số CCHC`
    const detail = h('section', { class: 'cell-detail', 'aria-live': 'polite' })
    const gridHost = h('div')
    const root = h('div', null,
      h('p', { class: 'crumbs' }, h('a', { href: '#/agency' }, 'Cơ quan'), ' › '),
      h('h1', null, grid.agency.name), grid.agency.province ? h('p', { class: 'muted' }, grid.agency.province) : null,
      indexSeries(grid),
      grid.rows.length
        ? h('p', null, 'Mỗi ô là tổng số điểm bị trừ của tiêu chí trong năm đánh giá. Chọn một ô (hoặc dùng phím mũi tên rồi Enter) để xem các phát hiện và đoạn văn bằng chứng.')
        : h('p', null, 'Cơ quan này chưa có tiêu chí nào bị trừ điểm trong các văn bản đã lưu.'),
      gridHost, detail)
    replace(main, root)
    mounted = { id, root, grid, detail, gridHost }
  }
  const m = mounted
  const open = (k: string, y: number) => { location.hash = hrefOf(['agency', id], { key: k, year: y }) }
  replace(m.gridHost, m.grid.rows.length ? gridTable(m.grid, { key, year }, open) : null)
  if (!key || !year) { replace(m.detail); return }
  const row = m.grid.rows.find((r) => r.key === key)
  const findings = await getJson<CellFinding[]>(`/agencies/${encodeURIComponent(id)}/findings`, { key, year }, ctx.signal)
  if (ctx.signal.aborted) return
  const title = h('h2', { tabindex: -1 }, `${row ? `${row.codes.join(', ')} ${row.label}`.trim() : key} — năm ${year}`)
  replace(m.detail, title, findings.length ? findings.map(findingCard) : h('p', null, 'Không có phát hiện.'))
  if (ctx.samePath) title.focus()
}

function findingCard(f: CellFinding): HTMLElement {
  return h('article', { class: 'card finding' },
    h('h3', null, f.code ? `${f.code} ` : '', f.title ?? ''),
    h('dl', { class: 'facts' },
      h('dt', null, 'Điểm bị trừ'), h('dd', null, f.deducted === null ? 'không rõ' : fmtNum(f.deducted),
        f.max !== null ? ` (đạt ${fmtNum(f.achieved)}/${fmtNum(f.max)})` : ''),
      f.reason ? [h('dt', null, 'Lý do'), h('dd', null, f.reason)] : null,
      h('dt', null, 'Khắc phục'), h('dd', null, statusLabel(f.status)),
      h('dt', null, 'Văn bản'), h('dd', null, h('a', {
        href: hrefOf(['document', f.documentId], { span: f.spanStart !== null ? `${f.spanStart}-${f.spanEnd}` : null }),
      }, f.number ?? f.fileName))),
    f.evidence ? h('blockquote', { class: 'evidence' }, h('span', { class: 'sr-only' }, 'Đoạn bằng chứng: '),
      f.before ? `…${f.before}` : '', h('mark', null, f.evidence), f.after ? `${f.after}…` : '') : null)
}

// The agency's PAR index year by year, above the criteria grid.
function indexSeries(grid: AgencyGrid): HTMLElement | null {
  if (!grid.index?.length) return null
  return h('table', { class: 'index-series' },
    h('caption', null, 'Chỉ số CCHC qua các năm'),
    h('thead', null, h('tr', null, ...['Năm', 'Điểm', 'Tỷ lệ', 'Xếp hạng', 'Xếp loại'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, ...grid.index.map((i) => h('tr', null,
      h('th', { scope: 'row' }, String(i.year)),
      h('td', null, `${fmtNum(i.points)}${i.max !== null ? `/${fmtNum(i.max)}` : ''}`),
      h('td', null, i.percent !== null ? `${fmtNum(i.percent)}%` : ''),
      h('td', null, i.rank !== null ? `${i.rank}${i.rankOf !== null ? `/${i.rankOf}` : ''}` : ''),
      h('td', null, i.class ?? '')))))
}
