// Glyphs drawn in a second pass from another font, back into the words they belong to.
// Producers that embed fonts as 8-bit subsets (LibreOffice's PDF export among them) put a
// Vietnamese text's letters into two or more subsets: "TỈNH" is drawn as "T", a skip, "NH" in one
// font and "Ỉ" at the skip in another. pdf.js joins one font's run across a narrow skip with a
// space ("T NH") and gives the other font's letter as a run of its own lying inside that span.
// Sorting runs by x cannot interleave them; this puts each such run in place of the space its
// skip became (the space nearest its position, estimated from Times-like advance widths scaled to
// the host run's width) where the word then reads as Vietnamese, so the line reads "TỈNH".
import type { PdfItem } from './pdf-engine.ts'
import { isVietnameseOnset, isVietnameseSyllable } from './legacy/syllable.ts'

// Advance widths per 1000 em (Times; scaled to each run's real width, so only proportions matter).
const LOWER = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444]
const UPPER = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611]
const PUNCT: Readonly<Record<string, number>> = { ' ': 250, '.': 250, ',': 250, ':': 278, ';': 278, '-': 333, '(': 333, ')': 333, '/': 278, "'": 180, '"': 408 }

function advance(ch: string): number {
  const base = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD')[0]
  const c = base.charCodeAt(0)
  if (c >= 0x61 && c <= 0x7a) return LOWER[c - 0x61]
  if (c >= 0x41 && c <= 0x5a) return UPPER[c - 0x41]
  if (c >= 0x30 && c <= 0x39) return 500
  return PUNCT[base] ?? 500
}

// A text's estimated advance, in points at `size`.
const widthOf = (text: string, size: number): number => ([...text].reduce((n, ch) => n + advance(ch), 0) * size) / 1000

// Centres of the host run's spaces, in page x.
function spaceCentres(host: PdfItem): Array<{ index: number; x: number }> {
  const widths = [...host.str].map(advance)
  const scale = host.w / widths.reduce((a, b) => a + b, 0)
  const out: Array<{ index: number; x: number }> = []
  let x = host.x
  let index = 0
  for (const [k, ch] of [...host.str].entries()) {
    if (ch === ' ') out.push({ index, x: x + (widths[k] * scale) / 2 })
    x += widths[k] * scale
    index += ch.length
  }
  return out
}

// a guest is a few letters (the second font's run between two skips)
const MAX_GUEST = 4
const mayBeGuest = (it: PdfItem): boolean => { const t = it.str.trim(); return t !== '' && t.length <= MAX_GUEST && !/\s/.test(t) }
const inside = (host: PdfItem, it: PdfItem): boolean =>
  it !== host && it.font !== host.font && Math.abs(it.y - host.y) < 0.1 * host.size &&
  it.x > host.x + 0.5 && it.x + it.w < host.x + host.w + 0.5 && mayBeGuest(it)

// The guest's word: joined to the fragments on both sides of the space ("hi" + "ệ" + "n"), to
// the left one only (the skip swallowed a real space: "đ" + "ộ", "thực"), to the right one only
// ("ổ" + "n"), or alone between spaces; the first whose words are all Vietnamese syllables.
const JOINS = [(g: string) => g, (g: string) => `${g} `, (g: string) => ` ${g}`, (g: string) => ` ${g} `]
const core = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
// a word reads if it is a syllable, or no word at all (numbers, punctuation), or an ASCII
// abbreviation or code ("UBND", "b/c") that a guest letter only stands beside, or the consonants
// a later guest's vowel will complete ("chỉ đ" + "ạ" + "o")
const reads = (word: string): boolean => {
  const c = core(word)
  return c === '' || isVietnameseSyllable(c) || isVietnameseOnset(c) || (c.length >= 2 && /^[\x21-\x7e]+$/.test(c))
}
const wellFormed = (text: string): boolean => text.split(' ').every(reads)

function joinAt(before: string, guest: string, after: string): string | null {
  const left = /\S*$/.exec(before)![0]
  const right = /^\S*/.exec(after)![0]
  for (const join of JOINS) if (wellFormed(left + join(guest) + right)) return join(guest)
  return null
}

// Runs by baseline, to look up a run's neighbours on its line without a pass over the page.
function byBaseline(items: readonly PdfItem[]): (y: number) => PdfItem[] {
  const rows = new Map<number, PdfItem[]>()
  for (const it of items) {
    const k = Math.round(it.y)
    const row = rows.get(k)
    if (row) row.push(it)
    else rows.set(k, [it])
  }
  // (runs of one line lie within a tenth of their size: 2 pt up to 20 pt type)
  return (y) => [-2, -1, 0, 1, 2].flatMap((d) => rows.get(Math.round(y) + d) ?? [])
}
const isHost = (h: PdfItem): boolean => h.str.includes(' ') && h.str.trim() !== ''

// pdf.js joins two of the second font's letters with a space when little of the first font lies
// between them ("ụ ỉ" for "vụ tỉnh"): such a run becomes one run per letter group, the first at
// the run's start and the last at its end (their widths estimated), where one of them lies
// inside another font's run; otherwise it stays whole.
function splitGuests(items: readonly PdfItem[]): readonly PdfItem[] {
  const hostsNear = byBaseline(items.filter(isHost))
  const out: PdfItem[] = []
  for (const it of items) {
    if (it.str.length > 16 || !it.str.trim().includes(' ')) { out.push(it); continue }
    const pieces = it.str.trim().split(/\s+/)
    if (pieces.length < 2 || pieces.length > 3 || pieces.some((p) => p.length > 3)) { out.push(it); continue }
    const width = (p: string) => widthOf(p, it.size)
    const at = (k: number) => (k === 0 ? it.x : k === pieces.length - 1 ? it.x + it.w - width(pieces[k]) : it.x + (it.w - width(pieces[k])) / 2)
    const split = pieces.map((p, k) => ({ ...it, str: p, x: at(k), w: width(p) }))
    if (split.some((p) => hostsNear(p.y).some((h) => inside(h, p)))) out.push(...split)
    else out.push(it)
  }
  return out
}

// pdf.js may open a second font's run with a space that takes no room (" ộ" right where "b"
// ends, as wide as "ộ" alone): without it the letter joins its word ("bộ", glued below).
function dropZeroWidthLead(items: readonly PdfItem[]): readonly PdfItem[] {
  const ends = byBaseline(items.filter((it) => /\p{L}$/u.test(it.str)))
  let changed = false
  const out = items.map((it) => {
    const t = it.str.trimStart()
    if (t === it.str || !mayBeGuest(it)) return it
    const width = widthOf(t, it.size) + 0.125 * it.size // the letters and an eighth of an em
    const after = ends(it.y).some((o) => o.font !== it.font && Math.abs(o.y - it.y) < 0.1 * it.size && Math.abs(o.x + o.w - it.x) < 0.05 * it.size)
    if (!after || it.w >= width) return it
    changed = true
    return { ...it, str: t }
  })
  return changed ? out : items
}

// A page's runs with every other-font run that lies inside a host run's span (same baseline)
// woven into the host's text at a space near it; a run that fits no space within an em stays.
export function weaveGlyphRuns(runs: readonly PdfItem[]): readonly PdfItem[] {
  const lead = dropZeroWidthLead(runs)
  const items = splitGuests(lead)
  // (a run of spaces alone is a skip pdf.js reported, not a host)
  const candidates = items.filter(mayBeGuest)
  const guestsNear = byBaseline(candidates)
  const hosts = candidates.length === 0 ? [] : items.filter((h) => isHost(h) && guestsNear(h.y).some((it) => inside(h, it)))
  if (hosts.length === 0) return lead
  const woven = new Set<PdfItem>()
  const replaced = new Map<PdfItem, PdfItem>()
  for (const host of hosts) {
    const guests = guestsNear(host.y).filter((it) => !woven.has(it) && inside(host, it)).sort((a, b) => a.x - b.x)
    const spaces = spaceCentres(host)
    let str = ''
    let done = 0 // host characters copied into str
    for (const g of guests) {
      const centre = g.x + g.w / 2
      // spaces not yet passed, within an em, nearest first
      const near = spaces.filter((sp) => sp.index >= done && Math.abs(sp.x - centre) <= host.size)
        .sort((a, b) => Math.abs(a.x - centre) - Math.abs(b.x - centre))
      if (near.length === 0) continue
      // by position; the word's reading only chooses between spaces about as near (a quarter em).
      // Where no join reads (a name outside the syllable rules: "Đắk Lắk", "Krông") the nearest
      // space was a skip inside a word.
      const letter = g.str.trim()
      const close = near.filter((sp) => Math.abs(sp.x - centre) - Math.abs(near[0].x - centre) < 0.25 * host.size)
      const options = close.map((sp) => ({ sp, join: joinAt(str + host.str.slice(done, sp.index), letter, host.str.slice(sp.index + 1)) }))
      const { sp, join } = options.find((o) => o.join !== null) ?? { sp: near[0], join: letter }
      str += host.str.slice(done, sp.index) + join
      done = sp.index + 1
      woven.add(g)
    }
    if (done > 0) replaced.set(host, { ...host, str: str + host.str.slice(done) })
  }
  return items.filter((it) => !woven.has(it)).map((it) => replaced.get(it) ?? it)
}

type Styles = ReadonlyMap<string, { bold: boolean; italic: boolean }>
const LETTER = /\p{L}/u
// Runs of one word drawn in the same style (from two fonts), the second starting where the first
// ends ("PHÒNG N" + "Ộ" + "I V" + "Ụ"), as one run: a word is then never cut at a table's column
// line that only the first run's start lies before.
export function glueWordRuns(runs: readonly PdfItem[], fonts: Styles): readonly PdfItem[] {
  const style = (f: string) => `${fonts.get(f)?.bold}|${fonts.get(f)?.italic}`
  const gap = (a: PdfItem, b: PdfItem) => b.x - (a.x + a.w)
  const touches = (a: PdfItem, b: PdfItem) => Math.abs(a.y - b.y) < 0.1 * a.size && Math.abs(gap(a, b)) < 0.05 * a.size &&
    LETTER.test(a.str.at(-1) ?? '') && LETTER.test(b.str[0] ?? '') && style(a.font) === style(b.font)
  // a glued run goes on over a space to the next run of its style ("PHÒNG TƯ" + "PHÁP")
  const glued = new Set<PdfItem>()
  const followsGlued = (a: PdfItem, b: PdfItem) => glued.has(a) && Math.abs(a.y - b.y) < 0.1 * a.size &&
    gap(a, b) >= 0.05 * a.size && gap(a, b) < 0.4 * a.size && style(a.font) === style(b.font)
  // by baseline (runs of one line may differ by a fraction of a point), then left to right
  // (runs of spaces, pdf.js's record of a skip, lie between the pieces: left out of the gluing)
  const byY = runs.filter((it) => it.str.trim() !== '').sort((a, b) => a.y - b.y)
  const lines: PdfItem[][] = []
  for (const it of byY) {
    const line = lines[lines.length - 1]
    if (line && Math.abs(it.y - line[0].y) < 0.1 * it.size) line.push(it)
    else lines.push([it])
  }
  const sorted = lines.flatMap((line) => line.sort((a, b) => a.x - b.x))
  if (!sorted.some((it, i) => i > 0 && touches(sorted[i - 1], it))) return runs
  const out: PdfItem[] = []
  for (const it of sorted) {
    const last = out[out.length - 1]
    if (last && (touches(last, it) || followsGlued(last, it))) {
      // a space where the line builder would put one (pdf-text-lines: a gap over 0.15 em)
      const run = { ...last, str: last.str + (gap(last, it) > 0.15 * last.size && !/\s$/.test(last.str) ? ' ' : '') + it.str, w: it.x + it.w - last.x }
      glued.add(run)
      out[out.length - 1] = run
    } else out.push(it)
  }
  return [...out, ...runs.filter((it) => it.str.trim() === '')]
}

