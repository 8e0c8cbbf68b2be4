// Ink that Tesseract left unread. In sparse-text mode it drops short isolated marks as noise: the
// lone "4" of an STT cell, the "1" of a points column — exactly the cells a table's rows are
// numbered and scored by. Clusters of ink of a text line's height that no recognised word covers
// are cut out, stacked into one strip (one reading per page, not one per cluster) and read
// as a block there, where a lone digit is read like any other line.
import type { OcrLine } from './ocr-hocr.ts'
import type { GrayImage } from './ocr-raster.ts'
import { median } from './pdf-text-lines.ts'

export interface Orphan { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

// cells of the coarse grid the clusters are found on (pixels at 300 dpi: a third of a stroke)
const CELL = 3

// Boxes (image pixels) of unread ink clusters that look like text: as tall as a digit or a
// letter of the page's body text, not much taller, and not wider than a short phrase.
export function findOrphans(img: GrayImage, threshold: number, lines: readonly OcrLine[]): Orphan[] {
  const body = median(lines.map((l) => l.size))
  if (!(body > 0)) return []
  const w = Math.ceil(img.width / CELL)
  const h = Math.ceil(img.height / CELL)
  const grid = new Uint8Array(w * h) // 1 ink, 0 paper or covered by a word
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width
    const out = Math.floor(y / CELL) * w
    for (let x = 0; x < img.width; x++) if (img.data[row + x] <= threshold) grid[out + Math.floor(x / CELL)] = 1
  }
  // a word's accents and dots may stand outside its box: a margin of a fifth of the body size
  const m = Math.ceil((0.2 * body) / CELL)
  for (const l of lines) {
    for (const wd of l.words) {
      for (let gy = Math.max(0, Math.floor(wd.y0 / CELL) - m); gy <= Math.min(h - 1, Math.floor(wd.y1 / CELL) + m); gy++) {
        grid.fill(0, gy * w + Math.max(0, Math.floor(wd.x0 / CELL) - m), gy * w + Math.min(w, Math.floor(wd.x1 / CELL) + m + 1))
      }
    }
  }
  // specks of noise and dust, and the dots between digits, are left out: the crop of the digits
  // around a dot holds it anyway
  const blobs = components(grid, w, h)
    .map((b) => ({ x0: b.x0 * CELL, y0: b.y0 * CELL, x1: b.x1 * CELL + CELL - 1, y1: b.y1 * CELL + CELL - 1 }))
    .filter((b) => b.y1 - b.y0 + 1 >= 0.3 * body)
  // the pieces of one mark ("7", "1", "2") joined: side by side, closer than half the body size
  const groups = merge(blobs, 0.5 * body)
  const margin = img.width * 0.03 // the scanner's dark sheet edge is not text
  return groups.filter((g) => {
    const gh = g.y1 - g.y0 + 1
    const gw = g.x1 - g.x0 + 1
    return gh >= 0.4 * body && gh <= 1.6 * body && gw <= 8 * body && g.x0 > margin && g.x1 < img.width - margin
  })
}

interface Box { x0: number; y0: number; x1: number; y1: number }

// 8-connected clusters of the grid's ink cells, as bounding boxes.
function components(grid: Uint8Array, w: number, h: number): Box[] {
  const out: Box[] = []
  const stack: number[] = []
  for (let start = 0; start < grid.length; start++) {
    if (grid[start] !== 1) continue
    grid[start] = 2
    stack.push(start)
    const box = { x0: w, y0: h, x1: -1, y1: -1 }
    while (stack.length) {
      const i = stack.pop()!
      const x = i % w
      const y = (i - x) / w
      if (x < box.x0) box.x0 = x
      if (x > box.x1) box.x1 = x
      if (y < box.y0) box.y0 = y
      if (y > box.y1) box.y1 = y
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx
          const ny = y + dy
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue
          const j = ny * w + nx
          if (grid[j] === 1) { grid[j] = 2; stack.push(j) }
        }
      }
    }
    out.push(box)
  }
  return out
}

// Boxes that share rows and stand within `gap` of each other, joined until none do.
function merge(boxes: readonly Box[], gap: number): Box[] {
  const out = boxes.map((b) => ({ ...b }))
  for (let changed = true; changed;) {
    changed = false
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]
        const b = out[j]
        const rows = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
        const apart = Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1)
        // a dot sits on the baseline of its neighbours: overlapping rows at all is enough
        if (rows < 0 || apart > gap) continue
        a.x0 = Math.min(a.x0, b.x0); a.y0 = Math.min(a.y0, b.y0); a.x1 = Math.max(a.x1, b.x1); a.y1 = Math.max(a.y1, b.y1)
        out.splice(j, 1)
        changed = true
        j--
      }
    }
  }
  return out
}
