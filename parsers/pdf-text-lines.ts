// Positioned text runs → visual lines in reading order (top to bottom, left to right). A line keeps
// its runs grouped into segments split at wide horizontal gaps, so the two columns of a borderless
// header or closing table (which share baselines) can be pulled apart again.
import type { PdfItem } from './pdf-engine.ts'
import { isSpaceCode } from '../extract/text/normalize.ts'

export interface PdfSeg {
  readonly x0: number
  readonly x1: number
  readonly text: string
  readonly bold: boolean
  readonly italic: boolean
}

export interface PdfLine {
  readonly page: number
  readonly y: number // baseline, from the top of the page
  readonly x0: number
  readonly x1: number
  readonly size: number
  readonly text: string
  readonly segs: readonly PdfSeg[]
  readonly bold: boolean
  readonly italic: boolean
  readonly items: readonly PdfItem[]
}

export type FontStyles = ReadonlyMap<string, { bold: boolean; italic: boolean }>

const isBlank = (s: string): boolean => s.trim() === ''

// Text as NFC, without soft hyphens and with no-break spaces as plain spaces.
export const cleanText = (s: string): string =>
  s.normalize('NFC').replace(/\u00AD/g, '').replace(/[\u00A0\u2007\u202F]/g, ' ')

// Groups items whose baselines lie within a fraction of the font size; O(n log n).
export function buildLines(items: readonly PdfItem[], page: number, fonts: FontStyles): PdfLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: PdfLine[] = []
  let group: PdfItem[] = []
  for (const it of sorted) {
    const head = group[0]
    if (head && it.y - head.y > Math.max(2, 0.4 * Math.min(head.size, it.size))) {
      pushLine(lines, group, page, fonts)
      group = []
    }
    group.push(it)
  }
  pushLine(lines, group, page, fonts)
  return lines
}

function pushLine(out: PdfLine[], group: PdfItem[], page: number, fonts: FontStyles): void {
  const solid = group.filter((it) => !isBlank(it.str)).sort((a, b) => a.x - b.x)
  if (solid.length === 0) return
  const segs: PdfSeg[] = []
  let cur: PdfItem[] = []
  let curEnd = -Infinity
  for (const it of solid) {
    const gap = it.x - curEnd
    if (cur.length > 0 && gap > 1.2 * it.size) {
      segs.push(toSeg(cur, fonts))
      cur = []
    }
    cur.push(it)
    curEnd = Math.max(curEnd, it.x + it.w)
  }
  segs.push(toSeg(cur, fonts))
  const text = segs.map((s) => s.text).join(' ')
  const lengths = segs.map((s) => solidLength(s.text))
  const all = lengths.reduce((n, k) => n + k, 0)
  const chars = (pick: (s: PdfSeg) => boolean): boolean =>
    segs.reduce((n, s, i) => (pick(s) ? n + lengths[i] : n), 0) >= 0.9 * all
  out.push({
    page,
    y: solid.reduce((m, it) => m + it.y, 0) / solid.length,
    x0: segs[0].x0,
    x1: Math.max(...segs.map((s) => s.x1)),
    size: median(solid.map((it) => it.size)),
    text,
    segs,
    bold: chars((s) => s.bold),
    italic: chars((s) => s.italic),
    items: solid,
  })
}

// Characters other than the spaces a segment's text is joined with.
function solidLength(t: string): number {
  let n = t.length
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 0x20) n--
  return n
}

// (whether the text so far ends in a space is kept from its last run: testing the growing string
// with a regex flattens it each time)
function toSeg(items: PdfItem[], fonts: FontStyles): PdfSeg {
  let text = ''
  let endsWhite = false
  let end = -Infinity
  let boldChars = 0
  let italicChars = 0
  let total = 0
  for (const it of items) {
    const gap = it.x - end
    if (text !== '' && !endsWhite && !isSpaceCode(it.str.charCodeAt(0)) && gap > 0.15 * it.size) text += ' '
    text += it.str
    if (it.str !== '') endsWhite = isSpaceCode(it.str.charCodeAt(it.str.length - 1))
    end = Math.max(end, it.x + it.w)
    let n = 0
    for (let i = 0; i < it.str.length; i++) if (!isSpaceCode(it.str.charCodeAt(i))) n++
    const style = fonts.get(it.font)
    total += n
    if (style?.bold) boldChars += n
    if (style?.italic) italicChars += n
  }
  return {
    x0: items[0].x,
    x1: end,
    text: cleanText(text).replace(/\s+/g, ' ').trim(),
    bold: total > 0 && boldChars >= 0.9 * total,
    italic: total > 0 && italicChars >= 0.9 * total,
  }
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
