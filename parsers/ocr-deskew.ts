// Skew of a scanned page: the angle at which the page's dark pixels pile up into the sharpest
// rows (text lines and rulings are horizontal on the original). Scanners tilt a sheet by a
// fraction of a degree to a few degrees; at 0.6° a line across an A4 page drifts by half a
// text line, enough to mix neighbouring lines and to hide every horizontal ruling.
import type { GrayImage } from './ocr-raster.ts'

// Otsu's threshold: the grey level that best separates ink from paper.
export function otsuThreshold(img: GrayImage): number {
  const hist = new Float64Array(256)
  const { data } = img
  for (let i = 0; i < data.length; i += 3) hist[data[i]]++
  let total = 0
  let sum = 0
  for (let v = 0; v < 256; v++) { total += hist[v]; sum += v * hist[v] }
  let best = 128
  let bestVar = -1
  let w0 = 0
  let sum0 = 0
  for (let t = 0; t < 256; t++) {
    w0 += hist[t]
    if (w0 === 0) continue
    const w1 = total - w0
    if (w1 === 0) break
    sum0 += t * hist[t]
    const m0 = sum0 / w0
    const m1 = (sum - sum0) / w1
    const between = w0 * w1 * (m0 - m1) * (m0 - m1)
    if (between > bestVar) { bestVar = between; best = t }
  }
  return best
}

const MAX_DEGREES = 3
// every other row (the profile's resolution) and every fourth pixel along it
const STEP = 2
const STEP_X = 4

// Degrees by which text lines descend to the right (positive: the page is turned clockwise).
export function estimateSkew(img: GrayImage, threshold = otsuThreshold(img)): number {
  const { width, height, data } = img
  // a margin keeps the dark scanner border of the sheet out of the profile
  const mx = Math.floor(width * 0.04)
  const my = Math.floor(height * 0.03)
  let n = 0
  let xs: Int32Array = new Int32Array(1 << 16)
  let ys: Int32Array = new Int32Array(1 << 16)
  for (let y = my; y < height - my; y += STEP) {
    const row = y * width
    for (let x = mx; x < width - mx; x += STEP_X) {
      if (data[row + x] > threshold) continue
      if (n === xs.length) {
        const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b }
        xs = grow(xs)
        ys = grow(ys)
      }
      xs[n] = x
      ys[n++] = y
    }
  }
  if (n < 500) return 0
  const reach = Math.ceil((width * Math.tan((MAX_DEGREES * Math.PI) / 180)) / STEP) + 2
  const bins = new Float64Array(Math.ceil(height / STEP) + 2 * reach + 2)
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180) / STEP
    bins.fill(0)
    for (let i = 0; i < n; i++) bins[reach + Math.round(ys[i] / STEP - xs[i] * t)]++
    let s = 0
    for (let i = 0; i < bins.length; i++) s += bins[i] * bins[i]
    return s
  }
  let best = 0
  let bestScore = score(0)
  const search = (from: number, to: number, step: number): void => {
    for (let d = from; d <= to + 1e-9; d += step) {
      const s = score(d)
      if (s > bestScore) { bestScore = s; best = d }
    }
  }
  search(-MAX_DEGREES, MAX_DEGREES, 0.2)
  const coarse = best
  search(coarse - 0.2, coarse + 0.2, 0.025)
  return Math.round(best * 1000) / 1000
}
