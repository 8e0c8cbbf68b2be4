import { getToken, setToken } from './api.ts'
import { h, replace, announce } from './dom.ts'
import { ERROR_LABEL, fmtBytes } from './labels.ts'
import { hrefOf, type View } from './router.ts'
import { addFiles, FINAL, subscribe, uploads, type UploadItem } from './upload-queue.ts'

const STATE_TEXT: Record<string, string> = {
  waiting: 'Đang chờ tải lên', uploading: 'Đang tải lên', queued: 'Đã tải lên, đang chờ xử lý', processing: 'Đang trích xuất…',
  stored: 'Đã lưu', duplicate: 'Trùng lặp: văn bản đã có trong kho', failed: 'Lỗi',
}

// A dropped file outside the drop zone would make the browser open it and leave the page.
for (const ev of ['dragover', 'drop'] as const) window.addEventListener(ev, (e) => e.preventDefault())

export const uploadView: View = (main) => {
  document.title = 'Tải văn bản lên — Chỉ số CCHC'
  const input = h('input', { id: 'file-input', type: 'file', multiple: true, class: 'visually-hidden',
    accept: '.docx,.pdf,.md,.txt,.html,.htm,.doc' })
  const zone = h('div', { class: 'dropzone', id: 'dropzone' },
    h('p', { class: 'big' }, 'Kéo và thả các tệp vào đây'), h('p', null, 'hoặc'),
    h('label', { for: 'file-input', class: 'button primary' }, 'Chọn tệp từ máy…'), input,
    h('p', { class: 'muted' }, 'Nhận .docx, .doc, .pdf, .md, .txt, .html; chọn được nhiều tệp cùng lúc.'))
  const list = h('ul', { class: 'uploads', id: 'upload-list', 'aria-label': 'Các tệp đã chọn' })
  const summary = h('p', { id: 'upload-summary', role: 'status' })
  const rows = new Map<number, HTMLLIElement>()
  const draw = (it: UploadItem) => {
    const li = rows.get(it.id) ?? h('li', { class: 'upload' })
    if (!rows.has(it.id)) { rows.set(it.id, li); list.appendChild(li) }
    li.dataset.state = it.state
    const pct = Math.round(it.progress * 100)
    replace(li,
      h('span', { class: 'name' }, it.file.name), h('span', { class: 'muted size' }, fmtBytes(it.file.size)),
      h('progress', { max: 100, value: FINAL.includes(it.state) ? 100 : pct, 'aria-label': `Tiến độ tải lên ${it.file.name}` }),
      h('span', { class: `state state-${it.state}` }, STATE_TEXT[it.state], it.state === 'uploading' ? ` ${pct}%` : '',
        it.state === 'failed' && it.error ? `: ${it.error.code} — ${ERROR_LABEL[it.error.code] ?? it.error.message}` : '',
        it.documentId && (it.state === 'stored' || it.state === 'duplicate')
          ? [' · ', h('a', { href: hrefOf(['document', it.documentId]) }, 'Xem văn bản')] : null,
        it.state === 'failed' && it.error?.message && ERROR_LABEL[it.error.code] ? h('span', { class: 'muted small detail' }, it.error.message) : null))
    const all = uploads(), done = all.filter((x) => FINAL.includes(x.state))
    const n = (s: string) => all.filter((x) => x.state === s).length
    const text = `Xong ${done.length}/${all.length} tệp · ${n('stored')} đã lưu · ${n('duplicate')} trùng lặp · ${n('failed')} lỗi`
    // Progress events do not change the counts: leave the live region alone so it is not re-read.
    if (summary.textContent !== text) summary.textContent = text
    if (all.length && done.length === all.length && FINAL.includes(it.state)) announce(`Đã xử lý xong ${all.length} tệp`)
  }
  const off = subscribe((it) => { if (!list.isConnected) { off(); return } draw(it) })
  input.addEventListener('change', () => { if (input.files?.length) addFiles(input.files); input.value = '' })
  zone.addEventListener('dragenter', () => zone.classList.add('over'))
  zone.addEventListener('dragleave', (e) => { if (!zone.contains(e.relatedTarget as Node | null)) zone.classList.remove('over') })
  zone.addEventListener('drop', (e) => {
    zone.classList.remove('over')
    const files = e.dataTransfer?.files
    if (files?.length) addFiles(files)
  })
  // Uploads need an upload token when the server has tokens; it can be given here up front.
  const token = h('input', { id: 'upload-token', type: 'password', autocomplete: 'off', value: getToken() ?? '' })
  const tokenBox = h('details', { class: 'token', open: uploads().some((x) => x.error?.code === 'unauthorized' || x.error?.code === 'forbidden') },
    h('summary', null, 'Mã truy cập (khi máy chủ yêu cầu)'),
    h('form', { on: { submit: (e) => { e.preventDefault(); setToken(token.value.trim() || null); announce('Đã lưu mã truy cập') } } },
      h('label', { for: 'upload-token' }, 'Mã truy cập'), ' ', token, ' ', h('button', { type: 'submit' }, 'Lưu')))
  replace(main, h('h1', null, 'Tải văn bản lên'),
    h('p', null, 'Mỗi tệp được trích xuất trong nền; trạng thái cập nhật tự động. Văn bản đã có trong kho được nhận ra và không lưu hai lần.'),
    tokenBox, zone, summary, list)
  for (const it of uploads()) draw(it)
}
