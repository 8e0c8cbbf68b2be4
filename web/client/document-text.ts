import { h } from './dom.ts'
import { innermost, pieces, type Mark } from './highlight.ts'
import { PASSAGE_LABEL } from './labels.ts'

export interface TextPanel { el: HTMLElement; show: (mark: number, focus?: boolean) => boolean }

// The document's text with every fact's evidence marked. Text goes in as text nodes only, so
// markup inside a document ("<script>", "<img onerror=…>") is shown, never run.
export function textPanel(text: string, marks: readonly Mark[]): TextPanel {
  const body = h('div', { class: 'doc-text', id: 'doc-text', tabindex: 0, role: 'region', 'aria-label': 'Nội dung văn bản' })
  const byMark = new Map<number, HTMLElement[]>()
  for (const p of pieces(text.length, marks)) {
    const slice = text.slice(p.start, p.end)
    const top = innermost(p, marks)
    if (top === undefined) { body.appendChild(document.createTextNode(slice)); continue }
    const m = marks[top]
    const el = h('mark', { class: `ev ev-${m.kind}`, title: `${PASSAGE_LABEL[m.kind] ?? m.kind}: ${m.label}`, 'data-marks': p.marks.join(' ') }, slice)
    for (const i of p.marks) {
      const list = byMark.get(i) ?? []
      list.push(el)
      byMark.set(i, list)
    }
    body.appendChild(el)
  }
  let active: HTMLElement[] = []
  const show = (i: number, focus = true) => {
    const els = byMark.get(i)
    if (!els?.length) return false
    for (const el of active) el.classList.remove('active')
    active = els
    for (const el of els) el.classList.add('active')
    const first = els[0]
    first.tabIndex = -1
    first.id = 'active-evidence'
    first.setAttribute('aria-label', `Bằng chứng — ${PASSAGE_LABEL[marks[i].kind] ?? ''}: ${marks[i].label}`)
    for (const el of body.querySelectorAll('#active-evidence')) if (el !== first) el.removeAttribute('id')
    first.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'auto' })
    if (focus) first.focus({ preventScroll: true })
    return true
  }
  return { el: body, show }
}
