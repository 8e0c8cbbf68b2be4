// Hash routes (#/search?…, #/agency/12, #/document/7?span=10-20, #/upload): the server only
// serves one page, and the state of a search lives in the address so it can be shared and
// the Back button works.
export interface Route { path: string[]; params: URLSearchParams }

export function parseHash(hash: string): Route | null {
  if (!hash.startsWith('#/')) return null
  const [p, q = ''] = hash.slice(2).split('?', 2)
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) }
}

export function hrefOf(path: readonly (string | number)[], params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return `#/${path.map((x) => encodeURIComponent(String(x))).join('/')}${s ? `?${s}` : ''}`
}

export interface ViewContext { signal: AbortSignal; samePath: boolean }
export type View = (main: HTMLElement, route: Route, ctx: ViewContext) => Promise<void> | void
