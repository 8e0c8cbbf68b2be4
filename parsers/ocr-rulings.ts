// Ruling lines in a (deskewed) page image: long thin runs of dark pixels, horizontal and vertical.
// Those that cross or meet a line of the other direction form table grids; they are handed to the
// same grid builder the PDF parser uses for drawn rulings, and erased from the image before
// recognition, where Tesseract would read them as "|", "_" or "I" glued to the cell text.
import type { GrayImage } from './ocr-raster.ts'

export interface Segment {
  readonly horizontal: boolean
  // in pixels; for a horizontal segment y0..y1 is its thickness, for a vertical one x0..x1
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
}

interface Growing { x0: number; x1: number; first: number; last: number }

// Runs at least `minLength` long along one axis, with gaps of up to `maxGap` bridged (JPEG
// noise and dust break a printed rule), grouped across neighbouring rows into segments.
function collect(
  length: number, lines: number, dark: (along: number, line: number) => boolean,
  minLength: number, maxGap: number, maxThickness: number,
): Growing[] {
  const done: Growing[] = []
  let active: Growing[] = []
  for (let line = 0; line < lines; line++) {
    const runs: [number, number][] = []
    let start = -1
    let lastDark = -1
    for (let a = 0; a <= length; a++) {
      const d = a < length && dark(a, line)
      if (d) {
        if (start < 0) start = a
        lastDark = a
      } else if (start >= 0 && (a - lastDark > maxGap || a === length)) {
        if (lastDark - start + 1 >= minLength) runs.push([start, lastDark])
        start = -1
      }
    }
    const next: Growing[] = []
    for (const [r0, r1] of runs) {
      const hit = active.find((g) => r0 <= g.x1 + maxGap && r1 >= g.x0 - maxGap) ?? next.find((g) => r0 <= g.x1 + maxGap && r1 >= g.x0 - maxGap && g.last === line)
      if (hit) {
        hit.x0 = Math.min(hit.x0, r0)
        hit.x1 = Math.max(hit.x1, r1)
        hit.last = line
        if (!next.includes(hit)) next.push(hit)
        active = active.filter((g) => g !== hit)
      } else next.push({ x0: r0, x1: r1, first: line, last: line })
    }
    done.push(...active) // not continued on this line: finished
    active = next
  }
  done.push(...active)
  return done.filter((g) => g.last - g.first + 1 <= maxThickness)
}

export function findRulings(img: GrayImage, threshold: number): Segment[] {
  const { width, height, data } = img
  const px = img.dpi / 300
  const minLength = Math.round(60 * px) // 5 mm: shorter than any cell side, longer than a glyph stroke
  const maxGap = Math.max(2, Math.round(3 * px))
  const maxThickness = Math.max(4, Math.round(14 * px))
  const level = Math.min(threshold, 160)
  const hs = collect(width, height, (x, y) => data[y * width + x] <= level, minLength, maxGap, maxThickness)
    .map((g) => ({ horizontal: true, x0: g.x0, x1: g.x1, y0: g.first, y1: g.last }))
  const vs = collect(height, width, (y, x) => data[y * width + x] <= level, minLength, maxGap, maxThickness)
    .map((g) => ({ horizontal: false, x0: g.first, x1: g.last, y0: g.x0, y1: g.x1 }))
  // A segment belongs to a grid when it meets a segment of the other direction; a long
  // horizontal rule alone (an underline under the motto or the agency) is kept for erasing.
  const reach = Math.round(8 * px)
  const meets = (h: Segment, v: Segment): boolean =>
    v.x0 >= h.x0 - reach && v.x1 <= h.x1 + reach && h.y0 >= v.y0 - reach && h.y1 <= v.y1 + reach
  const keptV = vs.filter((v) => hs.some((h) => meets(h, v)))
  const keptH = hs.filter((h) => keptV.some((v) => meets(h, v)) || h.x1 - h.x0 >= img.dpi)
  return [...keptH, ...keptV]
}

// Paints the segments white (with a pixel of margin), in place.
export function eraseRulings(img: GrayImage, segments: readonly Segment[]): void {
  const { width, height, data } = img
  for (const s of segments) {
    const y0 = Math.max(0, s.y0 - 1)
    const y1 = Math.min(height - 1, s.y1 + 1)
    const x0 = Math.max(0, s.x0 - 1)
    const x1 = Math.min(width - 1, s.x1 + 1)
    for (let y = y0; y <= y1; y++) data.fill(255, y * width + x0, y * width + x1 + 1)
  }
}
