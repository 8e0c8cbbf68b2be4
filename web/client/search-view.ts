import type { FindingRow } from '../../store/queries/search.ts'
import { getJson, qs } from './api.ts'
import { h, replace, type Child } from './dom.ts'
import { onDownloadClick } from './download.ts'
import { agencyIdOf, loadFacets, type Facets } from './facets.ts'
import { fmtNum, statusLabel } from './labels.ts'
import { hrefOf, type View } from './router.ts'
import { FILTERS, searchForm, type Filters } from './search-form.ts'

export const PAGE_SIZE = 50

// The form stays mounted while only the query changes (paging, new filters), so typing and
// suggestions are not lost; the results region alone is redrawn.
let mounted: { root: HTMLElement; set: (f: Filters) => void; results: HTMLElement; facets: Facets } | undefined

export const searchView: View = async (main, route, { signal, samePath }) => {
  document.title = 'Tra cứu tiêu chí — Chỉ số CCHC'
  const filters: Filters = Object.fromEntries(FILTERS.map((k) => [k, route.params.get(k) ?? '']).filter(([, v]) => v))
  const page = Math.max(1, Number(route.params.get('page')) || 1)
  if (!samePath || !mounted || !main.contains(mounted.root)) {
    const facets = await loadFacets(signal)
    const { form, set } = searchForm(facets, (f) => {
      const next = hrefOf(['search'], f)
      // Submitting the same search again still refreshes it (the hash alone would not change).
      if (next === location.hash) window.dispatchEvent(new HashChangeEvent('hashchange'))
      else location.hash = next
    })
    const results = h('section', { class: 'results', 'aria-labelledby': 'results-title' })
    const root = h('div', null, h('h1', null, 'Tra cứu tiêu chí bị trừ điểm'), form, results)
    replace(main, root)
    mounted = { root, set, results, facets }
  }
  const m = mounted
  m.set(filters)
  const hadFocus = m.results.contains(document.activeElement)
  replace(m.results, h('p', { class: 'muted', role: 'status' }, 'Đang tìm…'))
  const { rows, total } = await getJson<{ rows: FindingRow[]; total: number }>('/findings',
    { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal)
  if (signal.aborted) return
  renderResults(m.results, m.facets, filters, page, rows, total)
  // Paging replaced the link that had focus: continue from the top of the new results.
  if (hadFocus || samePath) document.getElementById('results-title')?.focus()
}

function renderResults(target: HTMLElement, facets: Facets, filters: Filters, page: number, rows: FindingRow[], total: number): void {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const from = total ? (page - 1) * PAGE_SIZE + 1 : 0
  const summary = total
    ? `${fmtNum(total)} kết quả · hiển thị ${fmtNum(from)}–${fmtNum(from + rows.length - 1)} · trang ${fmtNum(page)}/${fmtNum(pages)}`
    : 'Không có kết quả nào phù hợp.'
  const exportHref = (format: string) => `/export${qs({ format, ...filters })}`
  replace(target,
    h('div', { class: 'results-head' },
      h('h2', { id: 'results-title', tabindex: -1 }, 'Kết quả'),
      h('p', { id: 'result-count', role: 'status', 'data-total': total }, summary),
      total ? h('p', { class: 'export' }, 'Xuất kết quả: ',
        h('a', { href: exportHref('xlsx'), download: 'tieu-chi-bi-tru-diem.xlsx', on: { click: onDownloadClick as (e: Event) => void } }, 'Excel (.xlsx)'), ' · ',
        h('a', { href: exportHref('csv'), download: 'tieu-chi-bi-tru-diem.csv', on: { click: onDownloadClick as (e: Event) => void } }, 'CSV')) : null),
    rows.length ? table(facets, rows) : null,
    pages > 1 ? pager(filters, page, pages) : null)
}

// An unnumbered draft's number is just "/BC-SNgV": the file name says more.
const docName = (r: FindingRow) => (r.number && /\d/.test(r.number) ? r.number : r.fileName)

function table(facets: Facets, rows: FindingRow[]): HTMLElement {
  const head = ['Cơ quan', 'Năm', 'Mã', 'Tiêu chí', 'Điểm bị trừ', 'Lý do', 'Khắc phục', 'Văn bản']
  return h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'results-title', tabindex: 0 },
    h('table', { class: 'findings', id: 'results-table' },
      h('thead', null, h('tr', null, head.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows.map((r) => {
        const agencyId = agencyIdOf(facets, r.agency, r.province)
        const td = (i: number, cls: string | null, ...c: Child[]) => h('td', { class: cls ?? undefined, 'data-label': head[i] }, ...c)
        return h('tr', null,
          td(0, null, agencyId ? h('a', { href: hrefOf(['agency', agencyId]) }, r.agency) : r.agency ?? '—',
            r.province ? h('div', { class: 'muted' }, r.province) : null),
          td(1, 'num', r.year ?? ''),
          td(2, 'code', r.code ?? ''),
          td(3, null, r.title ?? r.concept ?? ''),
          td(4, 'num', fmtNum(r.deducted)),
          td(5, 'reason', r.reason ?? ''),
          td(6, null, h('span', { class: `status status-${r.status}` }, statusLabel(r.status))),
          td(7, null, h('a', { href: hrefOf(['document', r.documentId], { span: r.spanStart !== null ? `${r.spanStart}-${r.spanEnd}` : null }),
            'aria-label': `Xem văn bản ${docName(r)}, đoạn bằng chứng tiêu chí ${r.code ?? r.title ?? ''}` }, docName(r))))
      }))))
}

function pager(filters: Filters, page: number, pages: number): HTMLElement {
  const to = (p: number, text: string, label: string, off: boolean) => off
    ? h('span', { class: 'disabled', 'aria-disabled': 'true' }, text)
    : h('a', { href: hrefOf(['search'], { ...filters, page: p === 1 ? null : p }), 'aria-label': label }, text)
  return h('nav', { class: 'pager', 'aria-label': 'Phân trang kết quả' },
    to(1, '« Đầu', 'Trang đầu', page <= 1), to(page - 1, '‹ Trước', 'Trang trước', page <= 1),
    h('span', { class: 'current' }, `Trang ${fmtNum(page)}/${fmtNum(pages)}`),
    to(page + 1, 'Sau ›', 'Trang sau', page >= pages), to(pages, 'Cuối »', 'Trang cuối', page >= pages))
}
