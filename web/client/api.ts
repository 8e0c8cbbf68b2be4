// JSON from the cchc HTTP API, with the bearer token the user typed (kept in localStorage)
// when the server has tokens configured.
const TOKEN_KEY = 'cchc.token'

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message) }
}

export const getToken = (): string | null => { try { return localStorage.getItem(TOKEN_KEY) } catch { return null } }
export function setToken(t: string | null): void {
  try { if (t) localStorage.setItem(TOKEN_KEY, t); else localStorage.removeItem(TOKEN_KEY) } catch { /* private mode */ }
}
export const authHeaders = (): Record<string, string> => { const t = getToken(); return t ? { Authorization: `Bearer ${t}` } : {} }

export type Params = Record<string, string | number | boolean | null | undefined>
// Query string without empty values, so URLs stay short and match the filters shown.
export function qs(params: Params): string {
  const u = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) u.set(k, String(v))
  const s = u.toString()
  return s ? `?${s}` : ''
}

// The service may answer { error: { code, message } }, { code, message } or fastify's { error, message }.
export function errorOf(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as { error?: unknown; code?: unknown; message?: unknown }
  const inner = typeof b.error === 'object' && b.error ? b.error as { code?: unknown; message?: unknown } : b
  const code = typeof inner.code === 'string' ? inner.code : `http_${status}`
  const message = typeof inner.message === 'string' ? inner.message : typeof b.error === 'string' ? b.error : `HTTP ${status}`
  return new ApiError(status, code, message)
}

export async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  let res: Response
  try {
    res = await fetch(path + qs(params), { headers: { Accept: 'application/json', ...authHeaders() }, signal })
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    throw new ApiError(0, 'network', 'Không kết nối được tới máy chủ')
  }
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) throw errorOf(res.status, body)
  return body as T
}
