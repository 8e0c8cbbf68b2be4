// The one way the page makes DOM: elements with attributes set one by one and text as text
// nodes. No innerHTML anywhere, so document text (which may contain "<script>") stays text.
export type Child = Node | string | number | null | undefined | false | readonly Child[]
type Handler = (e: Event) => void
export interface Props {
  class?: string
  on?: Partial<Record<keyof HTMLElementEventMap, Handler>>
  [attr: string]: unknown
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(props ?? {})) {
    if (k === 'on') for (const [ev, fn] of Object.entries(v as Record<string, Handler>)) el.addEventListener(ev, fn)
    else if (k === 'class') el.className = String(v ?? '')
    // Event-handler attributes would run strings as code: refuse them outright.
    else if (/^on/i.test(k)) throw new Error(`event attribute ${k} is not allowed; use on: {}`)
    else if (v === true) el.setAttribute(k, '')
    else if (v !== false && v !== null && v !== undefined) el.setAttribute(k, String(v))
  }
  append(el, children)
  return el
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    if (Array.isArray(c)) append(parent, c)
    else parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)))
  }
}

export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren()
  append(parent, children)
}

// Announces a short message to screen readers through the page's polite live region.
export function announce(message: string): void {
  const live = document.getElementById('live')
  if (live) live.textContent = message
}

export const link = (href: string, text: Child, props?: Props) => h('a', { href, ...props }, text)
