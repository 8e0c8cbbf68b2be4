import { h, replace } from './dom.ts'
import { showError } from './errors.ts'
import { parseHash, type Route, type View } from './router.ts'
import { agencyView } from './agency-view.ts'
import { documentView } from './document-view.ts'
import { searchView } from './search-view.ts'
import { uploadView } from './upload-view.ts'

const VIEWS: Record<string, View> = { search: searchView, agency: agencyView, document: documentView, upload: uploadView }

let controller: AbortController | undefined
let lastPath = ''

async function render(): Promise<void> {
  const route = parseHash(location.hash)
  // Plain anchors (#main from the skip link) are not routes; an empty hash opens the search.
  if (!route) { if (!location.hash) location.replace('#/search'); return }
  const main = document.getElementById('main')!
  const name = route.path[0] ?? 'search'
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav.site a')) {
    if (a.dataset.route === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current')
  }
  // A newer navigation cancels the requests of the one before, so a slow answer never
  // overwrites a newer page.
  controller?.abort()
  const ctl = (controller = new AbortController())
  const path = route.path.join('/')
  const samePath = path === lastPath
  lastPath = path
  const view = VIEWS[name] ?? notFound
  try {
    await view(main, route, { signal: ctl.signal, samePath })
  } catch (e) {
    if (ctl.signal.aborted) return
    showError(main, e, () => { lastPath = ''; void render() })
    return
  }
  // Moving to another page moves focus to its heading, as a page load would for a screen reader.
  // A view that put focus somewhere itself (a finding's evidence) keeps it.
  if (!samePath && !ctl.signal.aborted && !main.contains(document.activeElement)) {
    const h1 = main.querySelector('h1')
    if (h1) { h1.tabIndex = -1; h1.focus({ preventScroll: false }) }
  }
}

function notFound(main: HTMLElement, route: Route): void {
  document.title = 'Không tìm thấy — Chỉ số CCHC'
  replace(main, h('h1', null, 'Không tìm thấy trang'), h('p', null, `Không có trang “${route.path.join('/')}”. `,
    h('a', { href: '#/search' }, 'Về trang tra cứu')))
}

document.getElementById('skip')?.addEventListener('click', (e) => {
  e.preventDefault()
  document.getElementById('main')?.focus()
})
window.addEventListener('hashchange', () => void render())
void render()
