// Ruling lines in a page image: long thin runs of dark pixels, horizontal and vertical, followed
// along the page's skew (the image itself is not rotated: that would resample every pixel for a
// fraction of a degree). Those that cross or meet a line of the other direction form table grids;
// they are handed to the same grid builder the PDF parser uses for drawn rulings, and erased from
// the image before recognition, where Tesseract would read them as "|", "_" or "I" glued to the
// cell text and run text lines across the cells.
//
// Coordinates are in the page's straightened frame: x' = x + t·y, y' = y − t·x, where t is the
// tangent of the skew (text lines descend to the right by t per pixel).
import type { GrayImage } from './ocr-raster.ts'

export interface Segment {
  readonly horizontal: boolean
  // straightened pixels; for a horizontal segment y0..y1 is its thickness, for a vertical one x0..x1
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
}

type Run = readonly [number, number]
interface Growing { a0: number; a1: number; first: number; last: number }

// The paper's grey: the most common level lighter than the ink threshold.
function paperLevel(img: GrayImage, threshold: number): number {
  const hist = new Float64Array(256)
  for (let i = 0; i < img.data.length; i += 7) hist[img.data[i]]++
  let best = 255
  for (let v = threshold + 1; v < 256; v++) if (hist[v] > hist[best]) best = v
  return best
}

interface Scan { readonly minLength: number; readonly maxGap: number }

// Runs along each straightened row: pixel (x, r + round(t·x)).
function rowRuns(dark: Uint8Array, width: number, height: number, t: number, s: Scan): Run[][] {
  const dy = Int32Array.from({ length: width }, (_, x) => Math.round(t * x))
  const out: Run[][] = []
  for (let r = 0; r < height; r++) {
    const runs: Run[] = []
    let start = -1
    let last = -1
    for (let x = 0; x <= width; x++) {
      const y = r + (x < width ? dy[x] : 0)
      const d = x < width && y >= 0 && y < height && dark[y * width + x] === 1
      if (d) {
        if (start < 0) start = x
        last = x
      } else if (start >= 0 && (x - last > s.maxGap || x === width)) {
        if (last - start + 1 >= s.minLength) runs.push([start, last])
        start = -1
      }
    }
    out.push(runs)
  }
  return out
}

// Runs down each straightened column: pixel (c − round(t·y), y), one image row at a time.
function columnRuns(dark: Uint8Array, width: number, height: number, t: number, s: Scan): Run[][] {
  const out: Run[][] = Array.from({ length: width }, () => [])
  const start = new Int32Array(width).fill(-1)
  const last = new Int32Array(width).fill(-1)
  const close = (c: number): void => {
    if (last[c] - start[c] + 1 >= s.minLength) out[c].push([start[c], last[c]])
    start[c] = -1
  }
  for (let y = 0; y < height; y++) {
    const shift = -Math.round(t * y)
    const row = y * width
    for (let c = 0; c < width; c++) {
      const x = c + shift
      if (x >= 0 && x < width && dark[row + x] === 1) {
        if (start[c] < 0) start[c] = y
        last[c] = y
      } else if (start[c] >= 0 && y - last[c] > s.maxGap) close(c)
    }
  }
  for (let c = 0; c < width; c++) if (start[c] >= 0) close(c)
  return out
}

// Runs of neighbouring lines that overlap make one segment; thick ones are not rulings.
function group(lines: readonly Run[][], maxGap: number, maxThickness: number): Growing[] {
  const done: Growing[] = []
  let active: Growing[] = []
  lines.forEach((runs, line) => {
    const next: Growing[] = []
    for (const [r0, r1] of runs) {
      const overlaps = (g: Growing): boolean => r0 <= g.a1 + maxGap && r1 >= g.a0 - maxGap
      const hit = active.find(overlaps) ?? next.find(overlaps)
      if (hit) {
        hit.a0 = Math.min(hit.a0, r0)
        hit.a1 = Math.max(hit.a1, r1)
        hit.last = line
        if (!next.includes(hit)) next.push(hit)
        active = active.filter((g) => g !== hit)
      } else next.push({ a0: r0, a1: r1, first: line, last: line })
    }
    done.push(...active) // not continued on this line: finished
    active = next
  })
  done.push(...active)
  return done.filter((g) => g.last - g.first + 1 <= maxThickness)
}

// Detection runs on a half-size bitmap (a 2×2 block is dark if any of its pixels is): a quarter of
// the work, and a hairline one pixel wide survives. Found segments are scaled back.
const F = 2

export function findRulings(img: GrayImage, threshold: number, skew: number): Segment[] {
  const { width, height, data } = img
  const t = Math.tan((skew * Math.PI) / 180)
  const px = img.dpi / 300 / F
  const scan = { minLength: Math.round(60 * px), maxGap: Math.max(1, Math.round(3 * px)) } // 5 mm: longer than a glyph stroke
  const maxThickness = Math.max(2, Math.round(14 * px))
  // A hairline rule scanned at 200 dpi comes out grey, far lighter than the ink of text: halfway
  // between the ink threshold and the paper. Text is dark enough too, but in short runs only.
  const level = Math.round((threshold + paperLevel(img, threshold)) / 2)
  const w = Math.ceil(width / F)
  const h = Math.ceil(height / F)
  const dark = new Uint8Array(w * h)
  for (let y = 0; y < height; y++) {
    const row = y * width
    const out = Math.floor(y / F) * w
    for (let x = 0; x < width; x++) if (data[row + x] <= level) dark[out + Math.floor(x / F)] = 1
  }
  // a row r holds the pixels (x, r + t·x): straightened, (x + t·r, r); a column c holds
  // (c − t·y, y): straightened, (c, y − t·c)
  const hs: Segment[] = group(rowRuns(dark, w, h, t, scan), scan.maxGap, maxThickness).map((g) => {
    const shift = Math.round(t * (g.first + g.last) / 2)
    return { horizontal: true, x0: (g.a0 + shift) * F, x1: (g.a1 + shift) * F + F - 1, y0: g.first * F, y1: g.last * F + F - 1 }
  })
  const vs: Segment[] = group(columnRuns(dark, w, h, t, scan), scan.maxGap, maxThickness).map((g) => {
    const shift = -Math.round(t * (g.first + g.last) / 2)
    return { horizontal: false, x0: g.first * F, x1: g.last * F + F - 1, y0: (g.a0 + shift) * F, y1: (g.a1 + shift) * F + F - 1 }
  })
  return [...new Set([...inCells(hs, vs, Math.round((8 * img.dpi) / 300)), ...hs.filter((hz) => hz.x1 - hz.x0 >= 1.5 * img.dpi)])]
}

// The segments that close at least one cell: two horizontal and two vertical ones, each meeting
// both of the other direction. Strokes of glyphs that happen to be long (a "T" bar, an "đ" stem
// with its bar) meet one another, but never close a cell. A long horizontal rule alone (an
// underline under the motto or the agency) is erased as well, but makes no table.
function inCells(hs: readonly Segment[], vs: readonly Segment[], reach: number): Segment[] {
  const meets = (hz: Segment, v: Segment): boolean =>
    v.x0 >= hz.x0 - reach && v.x1 <= hz.x1 + reach && hz.y0 >= v.y0 - reach && hz.y1 <= v.y1 + reach
  const met = vs.map((v) => hs.filter((hz) => meets(hz, v)))
  const kept = new Set<Segment>()
  for (let i = 0; i < vs.length; i++) {
    if (met[i].length < 2) continue
    for (let j = i + 1; j < vs.length; j++) {
      const both = met[i].filter((hz) => met[j].includes(hz))
      if (both.length < 2) continue
      kept.add(vs[i]).add(vs[j])
      for (const hz of both) kept.add(hz)
    }
  }
  return [...kept]
}

// Paints the segments white (with a pixel of margin), in place: each straightened point (x', y')
// back at (x' − t·y', y' + t·x') in the image.
export function eraseRulings(img: GrayImage, segments: readonly Segment[], skew: number): void {
  const { width, height, data } = img
  const t = Math.tan((skew * Math.PI) / 180)
  for (const s of segments) {
    for (let y = s.y0 - 1; y <= s.y1 + 1; y++) {
      for (let x = s.x0 - 1; x <= s.x1 + 1; x++) {
        const ix = Math.round(x - t * y)
        const iy = Math.round(y + t * x)
        if (ix >= 0 && ix < width && iy >= 0 && iy < height) data[iy * width + ix] = 255
      }
    }
  }
}
