import { ApiError, getToken, setToken } from './api.ts'
import { h, replace } from './dom.ts'

// What the user sees when a request fails: a token form for 401/403 (the server has tokens
// configured), otherwise the message, in an alert region.
export function showError(target: HTMLElement, e: unknown, retry: () => void): void {
  if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
    const input = h('input', { id: 'token', type: 'password', autocomplete: 'off', required: true, value: getToken() ?? '' })
    const form = h('form', { class: 'card', on: { submit: (ev) => { ev.preventDefault(); setToken(input.value.trim() || null); retry() } } },
      h('h2', null, 'Cần mã truy cập'),
      h('p', null, e.status === 401 ? 'Máy chủ yêu cầu mã truy cập (token) để xem dữ liệu.' : 'Mã truy cập không có quyền này.'),
      h('label', { for: 'token' }, 'Mã truy cập'), ' ', input, ' ', h('button', { type: 'submit' }, 'Lưu và thử lại'))
    replace(target, h('div', { role: 'alert' }, form))
    input.focus()
    return
  }
  const msg = e instanceof ApiError
    ? e.status === 404 ? 'Không tìm thấy dữ liệu yêu cầu.' : `${e.message} (${e.code})`
    : e instanceof Error ? e.message : String(e)
  replace(target, h('div', { class: 'error', role: 'alert' }, h('strong', null, 'Lỗi: '), msg, ' ',
    h('button', { type: 'button', on: { click: retry } }, 'Thử lại')))
}
