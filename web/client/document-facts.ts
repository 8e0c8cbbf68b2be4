import type { ExtractionRecord } from '../../schemas/record.ts'
import type { CitedDocument } from '../types.ts'
import { h, type Child } from './dom.ts'
import type { Mark } from './highlight.ts'
import { fmtDate, fmtNum, SCOPE_LABEL, statusLabel } from './labels.ts'
import { hrefOf } from './router.ts'

// Every extracted fact with a span becomes a mark; `index` finds a fact's mark by kind and
// position in its list (findings[2] → 'finding:2').
export function marksOf(r: ExtractionRecord): { marks: Mark[]; index: Map<string, number> } {
  const marks: Mark[] = []
  const index = new Map<string, number>()
  const add = (key: string, kind: string, label: string, span: readonly [number, number] | null | undefined) => {
    if (!span || span[1] <= span[0]) return
    index.set(key, marks.length)
    marks.push({ kind, label, start: span[0], end: span[1] })
  }
  add('number', 'header', `Số ${r.number?.raw ?? ''}`, r.number?.span)
  add('date', 'header', `Ngày ${r.date?.raw ?? ''}`, r.date?.span)
  add('issuer', 'header', r.issuer?.name ?? '', r.issuer?.span)
  add('signer', 'header', r.signer?.name ?? '', r.signer?.span)
  r.findings.forEach((f, i) => add(`finding:${i}`, 'finding', [f.code, f.title].filter(Boolean).join(' '), f.span))
  r.scores.forEach((s, i) => add(`score:${i}`, 'score', s.label ?? s.code ?? SCOPE_LABEL[s.scope] ?? s.scope, s.span))
  r.actions.forEach((a, i) => add(`action:${i}`, 'action', a.title ?? a.code ?? '', a.span))
  r.references.forEach((x, i) => add(`reference:${i}`, 'reference', x.number, x.span))
  r.warnings.forEach((w, i) => add(`warning:${i}`, 'warning', w.code, w.span))
  return { marks, index }
}

export type Show = (key: string) => void
type Col<T> = [string, (x: T) => Child, string?]

// A fact table whose rows end in a button that scrolls to (and focuses) the row's evidence.
function factTable<T>(id: string, kind: string, rows: readonly T[], cols: Col<T>[], show: Show, has: (key: string) => boolean, name: (x: T) => string): HTMLElement {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': `${id}-title`, tabindex: 0 },
    h('table', { id }, h('thead', null, h('tr', null, h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Bằng chứng')), cols.map(([t]) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows.map((x, i) => h('tr', { 'data-fact': `${kind}:${i}` },
        // First column, so the button stays in view when a narrow screen scrolls the table sideways.
        h('td', null, has(`${kind}:${i}`)
          ? h('button', { type: 'button', class: 'show-evidence', 'aria-label': `Xem bằng chứng: ${name(x)}`, on: { click: () => show(`${kind}:${i}`) } }, 'Xem')
          : h('span', { class: 'muted', title: 'Không có đoạn văn' }, '—')),
        cols.map(([, f, cls]) => h('td', cls ? { class: cls } : null, f(x))))))))
}

const section = (id: string, title: string, n: number, body: () => Child) =>
  h('section', { 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, `${title} (${n})`), n ? body() : h('p', { class: 'muted' }, 'Không có.'))

export function factSections(r: ExtractionRecord, cited: CitedDocument[] | null, show: Show, has: (key: string) => boolean): HTMLElement[] {
  return [
    section('findings', 'Tiêu chí bị trừ điểm', r.findings.length, () => factTable('findings', 'finding', r.findings, [
      ['Mã', (f) => f.code ?? '', 'code'], ['Tiêu chí', (f) => f.title ?? ''], ['Bị trừ', (f) => fmtNum(f.deducted), 'num'],
      ['Lý do', (f) => f.reason ?? '', 'reason'], ['Khắc phục', (f) => statusLabel(f.status)],
    ], show, has, (f) => `tiêu chí ${f.code ?? f.title ?? ''}`)),
    section('scores', 'Điểm số', r.scores.length, () => factTable('scores', 'score', r.scores, [
      ['Phạm vi', (s) => SCOPE_LABEL[s.scope] ?? s.scope], ['Nội dung', (s) => [s.code, s.label].filter(Boolean).join(' ')],
      ['Đạt', (s) => fmtNum(s.achieved), 'num'], ['Tối đa', (s) => fmtNum(s.max), 'num'], ['Bị trừ', (s) => fmtNum(s.deducted), 'num'],
      ['%', (s) => fmtNum(s.percent), 'num'], ['Xếp hạng', (s) => (s.rank ? `${s.rank}${s.rankOf ? `/${s.rankOf}` : ''}` : ''), 'num'], ['Năm', (s) => s.year ?? '', 'num'],
    ], show, has, (s) => `điểm ${s.label ?? s.scope}`)),
    section('actions', 'Nhiệm vụ khắc phục', r.actions.length, () => factTable('actions', 'action', r.actions, [
      ['Mã', (a) => a.code ?? '', 'code'], ['Nhiệm vụ', (a) => a.title ?? a.requirement ?? ''], ['Chủ trì', (a) => a.owner ?? ''],
      ['Thời hạn', (a) => a.deadline?.iso ? fmtDate(a.deadline.iso) : a.deadline?.raw ?? ''], ['Tình trạng', (a) => [statusLabel(a.status), a.progress].filter(Boolean).join(' — ')],
    ], show, has, (a) => `nhiệm vụ ${a.code ?? a.title ?? ''}`)),
    section('references', 'Văn bản được trích dẫn', r.references.length, () => factTable('references', 'reference', r.references, [
      ['Số', (x) => {
        const hit = cited?.find((c) => c.number === x.number && (c.spanStart === null || c.spanStart === x.span[0]) && c.documentId)
        return hit ? h('a', { href: hrefOf(['document', hit.documentId!]), title: 'Văn bản này có trong kho' }, x.number) : x.number
      }],
      ['Ngày', (x) => fmtDate(x.date)], ['Trích dẫn', (x) => x.raw, 'reason'],
    ], show, has, (x) => `văn bản ${x.number}`)),
    section('warnings', 'Cảnh báo khi trích xuất', r.warnings.length, () => factTable('warnings', 'warning', r.warnings, [
      ['Mã', (w) => w.code, 'code'], ['Nội dung', (w) => w.message],
    ], show, has, (w) => `cảnh báo ${w.code}`)),
  ]
}
