import type { DocumentView } from '../../store/queries/show.ts'
import type { CitedDocument } from '../types.ts'
import { getJson } from './api.ts'
import { h, replace, type Child } from './dom.ts'
import { factSections, marksOf } from './document-facts.ts'
import { textPanel } from './document-text.ts'
import { fmtDate, kindLabel } from './labels.ts'
import { hrefOf, type View } from './router.ts'

// #/document/:id[?span=start-end]: header, facts and the text with every fact's evidence marked;
// `span` (from a search result or grid cell) opens the page at that finding's passage.
export const documentView: View = async (main, route, { signal }) => {
  const id = route.path[1] ?? ''
  const [view, cited] = await Promise.all([
    getJson<DocumentView>(`/documents/${encodeURIComponent(id)}`, {}, signal),
    // The cited-document lookup only adds links; the page works without it.
    getJson<CitedDocument[]>(`/documents/${encodeURIComponent(id)}/cited`, {}, signal).catch(() => null),
  ])
  if (signal.aborted) return
  const r = view.record
  document.title = `${r.number?.normalized ?? view.fileName} — Chỉ số CCHC`
  const { marks, index } = marksOf(r)
  const panel = textPanel(r.text ?? '', marks)
  // The fact's row stays marked too, so the eye can go back from the text to the table.
  const show = (key: string) => {
    const i = index.get(key)
    if (i === undefined || !panel.show(i)) return
    for (const tr of main.querySelectorAll('tr.current')) tr.classList.remove('current')
    main.querySelector(`tr[data-fact="${key}"]`)?.classList.add('current')
  }
  const dl = (pairs: [string, Child][]) => h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== '' && v !== undefined)
    .map(([k, v]) => [h('dt', null, k), h('dd', null, v)]))
  const signer = [r.signer?.authority, r.signer?.position, r.signer?.name].filter(Boolean).join(' · ')
  replace(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/search' }, 'Tra cứu'), ' › Văn bản'),
    h('h1', null, r.title ?? view.fileName),
    h('p', { class: 'subtitle' }, [kindLabel(r.kind), r.number?.normalized ?? r.number?.raw].filter(Boolean).join(' số ')),
    h('div', { class: 'doc-layout' },
      h('div', { class: 'doc-facts' },
        h('section', { 'aria-labelledby': 'header-title' }, h('h2', { id: 'header-title', class: 'sr-only' }, 'Thông tin văn bản'), dl([
          ['Số', r.number?.raw ?? 'không có số'],
          ['Ngày', r.date ? (r.date.iso ? fmtDate(r.date.iso) : r.date.raw) : ''],
          ['Cơ quan ban hành', [r.issuer?.name, r.issuer?.parent ? `(${r.issuer.parent})` : ''].filter(Boolean).join(' ')],
          ['Cơ quan (trong kho)', view.agency],
          ['Tỉnh', r.province], ['Năm đánh giá', r.assessmentYear === null ? '' : String(r.assessmentYear)],
          ['Người ký', signer],
          ['Nơi nhận', r.recipients.length ? h('ul', { class: 'plain' }, r.recipients.map((x) => h('li', null, x))) : ''],
          ['Tệp', [view.fileName, ` (${r.source.format}${r.source.pages ? `, ${r.source.pages} trang` : ''})`,
            view.otherNames.length ? `; cũng nhận với tên: ${view.otherNames.join(', ')}` : '']],
          ['Bản gốc', view.renditionOf ? h('a', { href: hrefOf(['document', view.renditionOf]) }, 'Văn bản này là bản định dạng khác của một văn bản đã lưu') : ''],
        ])),
        factSections(r, cited, show, (key) => index.has(key))),
      h('section', { class: 'doc-text-wrap', 'aria-labelledby': 'text-title' },
        h('h2', { id: 'text-title' }, 'Nội dung và bằng chứng'),
        h('p', { class: 'legend' }, ['finding', 'score', 'action', 'reference', 'warning', 'header'].map((k) =>
          h('span', { class: `ev ev-${k}` }, ({ finding: 'Tiêu chí', score: 'Điểm', action: 'Nhiệm vụ', reference: 'Trích dẫn', warning: 'Cảnh báo', header: 'Thông tin' } as Record<string, string>)[k]))),
        panel.el)))
  const span = /^(\d+)-(\d+)$/.exec(route.params.get('span') ?? '')
  if (span) {
    const i = marks.findIndex((m) => m.kind === 'finding' && m.start === Number(span[1]) && m.end === Number(span[2]))
    if (i >= 0) panel.show(i)
  }
}
