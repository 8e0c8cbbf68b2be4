import { getToken, authHeaders } from './api.ts'
import { announce } from './dom.ts'

// Export links are plain links (they work with right-click → save) unless the server wants a
// token: a link cannot carry the Authorization header, so then the file is fetched and saved.
export function onDownloadClick(e: MouseEvent): void {
  if (!getToken()) return
  e.preventDefault()
  const a = e.currentTarget as HTMLAnchorElement
  announce('Đang chuẩn bị tệp…')
  void fetch(a.href, { headers: authHeaders() }).then(async (res) => {
    if (!res.ok) { announce(`Không tải được tệp (HTTP ${res.status})`); return }
    const url = URL.createObjectURL(await res.blob())
    const tmp = document.createElement('a')
    tmp.href = url
    tmp.download = a.getAttribute('download') || 'tieu-chi.xlsx'
    tmp.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    announce('Đã tải tệp xuống')
  }, () => announce('Không kết nối được tới máy chủ'))
}
