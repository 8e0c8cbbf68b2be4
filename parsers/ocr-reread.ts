// Unread ink (ocr-orphans) read a second time: the clusters are cut out and stacked one under
// another in a strip, a blank band between them, and the strip is read as one block (psm 6), where
// Tesseract keeps a lone digit that sparse-text mode drops, by the Tesseract that stays up for
// strips (ocr-strip-reader). Each line read in a band goes back to its cluster's place on the page.
import type { OcrLine } from './ocr-hocr.ts'
import { parseHocr } from './ocr-hocr.ts'
import { repairCode } from './ocr-codes.ts'
import type { Orphan } from './ocr-orphans.ts'
import type { GrayImage } from './ocr-raster.ts'
import type { OcrTools, ToolLimits } from './ocr-tools.ts'
import { readStrip } from './ocr-strip-reader.ts'

// Words read below this confidence are dropped (a speck of dust or the stroke of a signature
// read as text is worse than nothing), unless they have the shape of a code (ocr-codes).
const MIN_CONFIDENCE = 60
const MAX_ORPHANS = 200

export async function rereadOrphans(img: GrayImage, orphans: readonly Orphan[], body: number, tools: OcrTools, limits: ToolLimits, num: number): Promise<OcrLine[]> {
  const picked = orphans.slice(0, MAX_ORPHANS)
  if (picked.length === 0) return []
  const pad = Math.ceil(0.6 * body)
  const width = Math.max(...picked.map((o) => o.x1 - o.x0 + 1)) + 2 * pad
  // band k holds orphan k, its top-left at (pad, tops[k] + pad)
  const tops: number[] = []
  let height = 0
  for (const o of picked) { tops.push(height); height += o.y1 - o.y0 + 1 + 2 * pad }
  const data = new Uint8Array(width * height).fill(255)
  picked.forEach((o, k) => {
    for (let y = o.y0; y <= o.y1; y++) {
      const from = y * img.width
      data.set(img.data.subarray(from + o.x0, from + o.x1 + 1), (tops[k] + pad + y - o.y0) * width + pad)
    }
  })
  // With the English model beside the Vietnamese one: alone, the Vietnamese model reads a lone
  // code as letters ("5.3.1" as "S.ð.1"); the two together read it as digits, and a word as before.
  const langs = tools.eng ? 'vie+eng' : 'vie'
  const hocr = await readStrip(tools, { width, height, data, dpi: img.dpi }, langs, limits, `second reading of page ${num}`)
  const out: OcrLine[] = []
  for (const line of parseHocr(hocr)) {
    const mid = (line.y0 + line.y1) / 2
    let k = 0
    while (k + 1 < tops.length && tops[k + 1] <= mid) k++
    const o = picked[k]
    const dx = o.x0 - pad
    const dy = o.y0 - pad - tops[k]
    const words = line.words
      .filter((w) => (w.conf >= MIN_CONFIDENCE || repairCode(w.text) !== null) && /[\p{L}\p{N}]/u.test(w.text))
      .map((w) => ({ ...w, x0: w.x0 + dx, x1: w.x1 + dx, y0: w.y0 + dy, y1: w.y1 + dy }))
    if (words.length) out.push({ ...line, x0: line.x0 + dx, x1: line.x1 + dx, y0: line.y0 + dy, y1: line.y1 + dy, words })
  }
  return out
}
