// Legacy encodings in a PDF's text runs, decoded before lines are built (which would drop
// TCVN3's ư, a soft hyphen). A run whose font is named as a legacy font (".VnTime",
// "ABCDEF+VNI-Times,Bold") is decoded by its font. Where the fonts were substituted when the PDF
// was made, nothing names the encoding: each visual line is read in the encoding that makes it
// Vietnamese, and TCVN3 lines get back the capitals their all-capitals font printed (a bold line
// without a capital is a heading in that font).
import type { Block, ParseWarning } from '../schemas/document-model.ts'
import { capitalizeSentences, readsAsCapsHeading, toCaps } from './legacy/case.ts'
import { decodeLegacy } from './legacy/codec.ts'
import { hasUnicodeVietnamese, readParagraphs, showsLegacyTrace } from './legacy/detect.ts'
import { encodingOfFont } from './legacy/fonts.ts'
import { restoreLostU } from './legacy/lost-u.ts'
import { ranges } from './legacy/report.ts'
import type { LegacyEncoding } from './legacy/tables.ts'
import type { PdfItem, PdfPage } from './pdf-engine.ts'
import { buildLines, type PdfLine } from './pdf-text-lines.ts'

// Characters frequent in TCVN3 text read as Latin-1 (ơ à á â ả ạ đ, "ê") and rare elsewhere;
// µ is also seen as the Greek mu pdf.js normalizes it to.
const TCVN3_TRACES = /[\u00ac\u00b5\u03bc\u00b8\u00a9\u00b6\u00b9\u00ae\u00aa]/g
const MIN_TRACES = 3

// A page worth searching for the soft hyphens (TCVN3's ư) pdf.js leaves out of its text.
export function mayHideTcvn3Letters(page: PdfPage): boolean {
  let n = 0
  for (const it of page.items) if ((n += it.str.match(TCVN3_TRACES)?.length ?? 0) >= MIN_TRACES) return true
  return false
}

export interface DecodedPdf {
  readonly pages: PdfPage[]
  readonly encodings: LegacyEncoding[]
  readonly warning: ParseWarning | null
  // TCVN3 text found by its syllables: a PDF made without the font, which may not have drawn ư
  readonly tcvn3WithoutFont: boolean
}

// Block text with the ư a PDF maker left out put back (lost-u.ts), once lines are joined (a
// hyphen it drew at a line end for one is only then inside its word).
export function restoreLostLetters(blocks: Block[]): Block[] {
  return blocks.map((b) => b.type === 'table'
    ? { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(restoreLostU) })) })) }
    : { ...b, text: restoreLostU(b.text) })
}

type Found = Map<string, Set<number>> // "TCVN3 by font .VnTime" → pages

export function decodePdfText(pages: readonly PdfPage[]): DecodedPdf {
  const found: Found = new Map()
  const note = (what: string, page: number) => { const s = found.get(what) ?? new Set(); s.add(page); found.set(what, s) }
  const encodings = new Set<LegacyEncoding>()
  let tcvn3WithoutFont = false
  const byFontDecoded = new Set<PdfItem>()
  // 1. runs whose font names the encoding
  const byFont = pages.map((page) => {
    if (!page.items.some((it) => encodingOfFont(page.fonts.get(it.font)?.name))) return page
    const items = page.items.map((it) => {
      const name = page.fonts.get(it.font)?.name
      const enc = encodingOfFont(name)
      if (!enc || hasUnicodeVietnamese(it.str)) return it
      encodings.add(enc.encoding)
      note(`${enc.encoding.toUpperCase()} by font ${name}`, page.num)
      const item = { ...it, str: decodeLegacy(it.str, enc.encoding, { caps: enc.caps }) }
      byFontDecoded.add(item)
      return item
    })
    return { ...page, items }
  })
  // 2. the other runs, line by line
  const undecided = (it: PdfItem): boolean => !byFontDecoded.has(it)
  // pages without a trace of legacy codes (a Unicode PDF's) are not read line by line
  const out = byFont.map((page) => ({ page, lines: page.items.some((it) => undecided(it) && showsLegacyTrace(it.str)) ? buildLines(page.items, page.num, page.fonts) : [] }))
  const lines = out.flatMap(({ lines: l }) => l)
  if (lines.length > 0) {
    // the line's text as the runs hold it (PdfLine.text has the soft hyphens dropped)
    const read = readParagraphs(lines.map((line) => line.items.filter(undecided).map((it) => asDrawn(it.str)).join(' ')))
    const decoded = new Map<PdfItem, PdfItem>()
    const above: SegSeen[] = []
    let prevEnds = true
    lines.forEach((line, i) => {
      const enc = read.encodings[i]
      if (enc !== 'unicode') {
        encodings.add(enc)
        if (enc === 'tcvn3') tcvn3WithoutFont = true
        note(`${enc.toUpperCase()} by its syllables (no font named it)`, line.page)
        decodeLine(line.items.filter(undecided), line, enc, prevEnds, decoded, above)
      }
      prevEnds = /[.:;!?]\s*$/.test(read.texts[i]) || (i + 1 < lines.length && lines[i + 1].page !== line.page)
    })
    for (const o of out) if (o.lines.length) o.page = { ...o.page, items: o.page.items.map((it) => decoded.get(it) ?? it) }
  }
  if (encodings.size === 0) return { pages: [...pages], encodings: [], warning: null, tcvn3WithoutFont }
  const where = [...found].map(([what, at]) => `${what} on page${at.size > 1 ? 's' : ''} ${ranges([...at].sort((a, b) => a - b))}`)
  return {
    pages: out.map((o) => o.page),
    encodings: [...encodings].sort(),
    warning: { code: 'legacy_encoding', message: `text in legacy encodings decoded to Unicode: ${where.join('; ')}` },
    tcvn3WithoutFont,
  }
}

// pdf.js gives the micro sign (TCVN3's à) as the Greek mu it normalizes it to
const asDrawn = (s: string): string => s.replace(/\u03bc/g, '\u00b5')

// A column segment of a line already read, to tell a heading from the wrapped end of the bold
// text above it ("Điểm" / "chuẩn" in a table's header cell).
interface SegSeen { readonly page: number; readonly x0: number; readonly x1: number; readonly y: number; readonly caps: boolean; readonly wraps: boolean }

function wrapsFromAbove(above: readonly SegSeen[], page: number, x0: number, x1: number, y: number, size: number): SegSeen | undefined {
  for (let i = above.length - 1; i >= 0; i--) {
    const s = above[i]
    if (s.page !== page || y - s.y > 1.8 * size) break
    if (s.y < y - 0.5 && s.x0 < x1 && x0 < s.x1) return s
  }
  return undefined
}

function decodeLine(runs: readonly PdfItem[], line: PdfLine, enc: LegacyEncoding, prevEnds: boolean, into: Map<PdfItem, PdfItem>, above: SegSeen[]): void {
  const texts = runs.map((it) => decodeLegacy(asDrawn(it.str), enc))
  if (enc === 'tcvn3') {
    // the capitals font, where it can be told: per column segment of the line
    for (const seg of line.segs) {
      const inSeg = runs.map((it, k) => [it, k] as const).filter(([it]) => it.x >= seg.x0 - 0.5 && it.x < seg.x1)
      const segText = inSeg.map(([, k]) => texts[k]).join(' ')
      const prev = wrapsFromAbove(above, line.page, seg.x0, seg.x1, line.y, line.size)
      // bold text without a capital is a heading, unless it carries on a mixed-case line above
      const caps = seg.bold && readsAsCapsHeading(segText) && (!prev || prev.caps || !prev.wraps)
      above.push({ page: line.page, x0: seg.x0, x1: seg.x1, y: line.y, caps, wraps: seg.bold && !/[.:;!?]\s*$/.test(segText) })
      inSeg.forEach(([, k], n) => {
        if (caps) texts[k] = toCaps(texts[k])
        else texts[k] = capitalizeSentences(texts[k], n === 0 && prevEnds)
      })
    }
  }
  runs.forEach((it, k) => into.set(it, { ...it, str: texts[k] }))
}
