import { readFileSync } from 'node:fs'
import { beforeAll, expect, it } from 'vitest'
import { parseHocr } from '../../parsers/ocr-hocr.ts'
import { decodeImage, type GrayImage } from '../../parsers/ocr-raster.ts'
import { readStrip, stripReaders } from '../../parsers/ocr-strip-reader.ts'
import { tesseract } from '../../parsers/ocr-tesseract.ts'
import { ocrTools, type OcrTools } from '../../parsers/ocr-tools.ts'
import { describeOcr } from './ocr-setup.ts'

// The second reading's strips go to one Tesseract that stays up (stream_filelist); what it reads
// must be what a Tesseract started for the strip alone reads. Strips here are bands of a real scan
// (test/fixtures/scans), cut around lines found by reading the page.
const LIMITS = { timeoutMs: 60_000, memoryMb: 512 }
const words = (hocr: string): string[] => parseHocr(hocr).flatMap((l) => l.words.map((w) => `${w.text}@${w.x0},${w.y0}`))

function band(img: GrayImage, y0: number, y1: number): GrayImage {
  const top = Math.max(0, y0 - 10)
  const bottom = Math.min(img.height, y1 + 10)
  return { width: img.width, height: bottom - top, data: img.data.slice(top * img.width, bottom * img.width), dpi: img.dpi }
}

describeOcr('OCR: the second reading\'s strip reader', () => {
  let tools: OcrTools
  const strips: GrayImage[] = []
  beforeAll(async () => {
    tools = await ocrTools()
    const [page] = await decodeImage(new Uint8Array(readFileSync(new URL('../fixtures/scans/kh-1073-page1.png', import.meta.url))), 1)
    const lines = parseHocr((await tesseract(tools, page, ['-l', 'vie', '--psm', '11', '--dpi', String(page.dpi), 'hocr'], LIMITS, 'page')).toString('utf8'))
      .filter((l) => l.words.length >= 3)
    for (const l of lines.slice(0, 3)) strips.push(band(page, l.y0, l.y1))
    expect(strips).toHaveLength(3)
  }, 120_000)

  it('strips read one after another and several at once, by one Tesseract, give what a Tesseract of their own gives', async () => {
    const own = await Promise.all(strips.map(async (s) =>
      words((await tesseract(tools, s, ['-l', 'vie', '--psm', '6', '--dpi', String(s.dpi), 'hocr'], LIMITS, 'own')).toString('utf8'))))
    expect(own.every((w) => w.length >= 3)).toBe(true)
    expect(words(await readStrip(tools, strips[0], 'vie', LIMITS, 'first'))).toEqual(own[0])
    const reader = stripReaders()
    expect(reader).toHaveLength(1)
    const all = await Promise.all(strips.map((s, i) => readStrip(tools, s, 'vie', LIMITS, `strip ${i}`)))
    expect(all.map(words)).toEqual(own)
    expect(stripReaders()).toEqual(reader) // the same process
  }, 120_000)

  it('a strip over the time limit fails with parse_timeout and its reader is killed; the next strip starts another', async () => {
    const before = stripReaders()
    await expect(readStrip(tools, strips[0], 'vie', { ...LIMITS, timeoutMs: 1 }, 'second reading of page 1'))
      .rejects.toMatchObject({ code: 'parse_timeout', message: expect.stringContaining('second reading of page 1 took longer than 1 ms') })
    expect(stripReaders()).toEqual(before) // the killed one is gone
    const again = await readStrip(tools, strips[1], 'vie', { ...LIMITS, timeoutMs: 60_001 }, 'again')
    expect(words(again).length).toBeGreaterThanOrEqual(3)
    expect(stripReaders()).toHaveLength(before.length + 1)
  }, 120_000)

  it('a reader that dies under a strip (killed here) has the strip read by a Tesseract of its own', async () => {
    const own = words((await tesseract(tools, strips[2], ['-l', 'vie', '--psm', '6', '--dpi', String(strips[2].dpi), 'hocr'], LIMITS, 'own')).toString('utf8'))
    const limits = { ...LIMITS, timeoutMs: 60_002 }
    const before = new Set(stripReaders())
    await readStrip(tools, strips[0], 'vie', limits, 'start')
    const started = stripReaders().filter((p) => !before.has(p))
    expect(started).toHaveLength(1)
    const [pid] = started
    const reading = readStrip(tools, strips[2], 'vie', limits, 'second reading of page 3')
    process.kill(pid, 'SIGKILL')
    expect(words(await reading)).toEqual(own)
    expect(stripReaders()).not.toContain(pid)
  }, 120_000)
})

