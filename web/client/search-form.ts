import { getJson } from './api.ts'
import { h } from './dom.ts'
import type { Facets } from './facets.ts'
import { KIND_LABEL } from './labels.ts'

export const FILTERS = ['criterion', 'province', 'agency', 'year', 'kind'] as const
export type Filters = Partial<Record<(typeof FILTERS)[number], string>>

interface Suggestion { id: number; label: string; codes: string[] }

const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
  h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('small', { id: `${id}-hint` }, hint) : null)

const select = (id: string, all: string, options: [string, string][]) =>
  h('select', { id, name: id }, h('option', { value: '' }, all), options.map(([v, t]) => h('option', { value: v }, t)))

// The search form: criterion box with suggestions of known criteria (native datalist, so
// keyboard and screen readers work without custom widget code), and the four filters.
export function searchForm(facets: Facets, onSubmit: (f: Filters) => void): { form: HTMLFormElement; set: (f: Filters) => void } {
  const list = h('datalist', { id: 'criteria-suggestions' })
  const q = h('input', { id: 'criterion', name: 'criterion', type: 'search', list: 'criteria-suggestions', autocomplete: 'off',
    placeholder: 'vd. 1.5.3 hoặc sáng kiến', 'aria-describedby': 'criterion-hint' })
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: AbortController | undefined
  q.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      const text = q.value.trim()
      pending?.abort()
      if (text.length < 2) { list.replaceChildren(); return }
      pending = new AbortController()
      try {
        const rows = await getJson<Suggestion[]>('/criteria', { q: text }, pending.signal)
        list.replaceChildren(...rows.flatMap((c) => [
          ...c.codes.map((code) => h('option', { value: code }, `${code} — ${c.label}`)), h('option', { value: c.label }),
        ]))
      } catch { /* suggestions are a convenience; the search itself reports errors */ }
    }, 200)
  })
  const agencies = h('datalist', { id: 'agency-suggestions' }, facets.agencies.map((a) => h('option', { value: a.name }, a.province ?? '')))
  const controls = {
    criterion: q,
    province: select('province', 'Tất cả các tỉnh', facets.provinces.map((p) => [p, p])),
    agency: h('input', { id: 'agency', name: 'agency', type: 'search', list: 'agency-suggestions', autocomplete: 'off' }),
    year: select('year', 'Tất cả các năm', [...facets.years].sort((a, b) => b - a).map((y) => [String(y), String(y)])),
    kind: select('kind', 'Tất cả các loại', facets.kinds.map((k) => [k, KIND_LABEL[k] ?? k])),
  }
  const values = (): Filters => Object.fromEntries(FILTERS.map((k) => [k, controls[k].value.trim()]).filter(([, v]) => v))
  const form = h('form', { role: 'search', 'aria-label': 'Tra cứu tiêu chí', class: 'search-form',
    on: { submit: (e) => { e.preventDefault(); onSubmit(values()) } } },
  field('criterion', 'Tiêu chí (mã hoặc từ khóa)', q, 'Gõ có dấu hay không dấu đều được, ví dụ “sang kien”.'), list,
  h('fieldset', { class: 'filters' }, h('legend', null, 'Bộ lọc'),
    field('province', 'Tỉnh, thành phố', controls.province),
    field('agency', 'Cơ quan', controls.agency), agencies,
    field('year', 'Năm đánh giá', controls.year),
    field('kind', 'Loại văn bản', controls.kind)),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Tìm kiếm'), ' ',
    h('button', { type: 'button', on: { click: () => { set({}); onSubmit({}) } } }, 'Xóa bộ lọc')))
  const set = (f: Filters) => {
    for (const k of FILTERS) {
      const c = controls[k], v = f[k] ?? ''
      // A value from a shared link that is not among the options still shows and applies.
      if (c instanceof HTMLSelectElement && v && ![...c.options].some((o) => o.value === v)) c.append(h('option', { value: v }, v))
      c.value = v
    }
  }
  return { form, set }
}
