import { authHeaders, errorOf, getJson } from './api.ts'
import { invalidateFacets } from './facets.ts'

export type UploadState = 'waiting' | 'uploading' | 'queued' | 'processing' | 'stored' | 'duplicate' | 'failed'
export const FINAL: readonly UploadState[] = ['stored', 'duplicate', 'failed']
export interface UploadItem {
  id: number; file: File; state: UploadState; progress: number
  jobId?: string; documentId?: number; error?: { code: string; message: string }
}
interface Job {
  state: 'waiting' | 'active' | 'completed' | 'failed' | string; attempts?: number; error?: { code: string; message: string }
  result?: { status: 'stored' | 'duplicate'; documentId: number }; documentId?: number
}
interface Accepted { fileName: string; sha256: string; jobId?: string | null; status: 'queued' | 'duplicate'; documentId?: number }

// One upload request per file, three at a time: per-file progress needs its own request, and
// a folder of hundreds of files must not open hundreds of connections. The queue outlives the
// upload page, so leaving it does not stop the uploads or lose their results.
const MAX_PARALLEL = 3
const items: UploadItem[] = []
const listeners = new Set<(item: UploadItem) => void>()
let nextId = 1
let running = 0

export const uploads = (): readonly UploadItem[] => items
export function subscribe(fn: (item: UploadItem) => void): () => void { listeners.add(fn); return () => listeners.delete(fn) }

function update(item: UploadItem, patch: Partial<UploadItem>): void {
  Object.assign(item, patch)
  if (item.state === 'stored') invalidateFacets()
  for (const fn of listeners) fn(item)
}

export function addFiles(files: Iterable<File>): UploadItem[] {
  const added = [...files].map((file) => ({ id: nextId++, file, state: 'waiting' as const, progress: 0 }))
  items.push(...added)
  for (const it of added) for (const fn of listeners) fn(it)
  pump()
  return added
}

function pump(): void {
  while (running < MAX_PARALLEL) {
    const next = items.find((i) => i.state === 'waiting')
    if (!next) return
    running++
    update(next, { state: 'uploading' })
    send(next).finally(() => { running--; pump() })
  }
}

function send(item: UploadItem): Promise<void> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/documents')
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) update(item, { progress: e.loaded / e.total }) }
    xhr.onerror = () => { update(item, { state: 'failed', error: { code: 'network', message: 'Không kết nối được tới máy chủ' } }); resolve() }
    xhr.onload = () => {
      let body: unknown = null
      try { body = JSON.parse(xhr.responseText) } catch { /* not JSON: reported by status below */ }
      const f = (body as { files?: Accepted[] } | null)?.files?.[0]
      if (xhr.status >= 300 || !f) {
        const e = errorOf(xhr.status, body)
        update(item, { state: 'failed', error: { code: e.code, message: e.message } })
      } else if (f.status === 'duplicate') update(item, { state: 'duplicate', progress: 1, documentId: f.documentId })
      else if (f.jobId) { update(item, { state: 'queued', progress: 1, jobId: f.jobId }); void poll(item) } else update(item, { state: 'stored', progress: 1, documentId: f.documentId })
      resolve()
    }
    const form = new FormData()
    form.append('file', item.file, item.file.name)
    xhr.send(form)
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// Polls the job until it ends; a few failed polls in a row (server restarting) are tolerated.
async function poll(item: UploadItem): Promise<void> {
  let delay = 400, misses = 0
  for (;;) {
    await sleep(delay)
    delay = Math.min(2000, delay * 1.5)
    let job: Job
    try { job = await getJson<Job>(`/jobs/${encodeURIComponent(item.jobId!)}`) } catch (e) {
      if (++misses < 5) continue
      const err = e as { code?: string; message?: string }
      update(item, { state: 'failed', error: { code: err.code ?? 'network', message: err.message ?? String(e) } })
      return
    }
    misses = 0
    if (job.state === 'completed') {
      update(item, { state: job.result?.status === 'duplicate' ? 'duplicate' : 'stored', documentId: job.result?.documentId ?? job.documentId })
      return
    }
    if (job.state === 'failed') {
      update(item, { state: 'failed', error: job.error ?? { code: 'http', message: 'xử lý thất bại' } })
      return
    }
    update(item, { state: job.state === 'active' ? 'processing' : 'queued' })
  }
}
