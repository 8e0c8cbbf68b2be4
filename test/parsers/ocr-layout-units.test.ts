import { describe, expect, it } from 'vitest'
import type { Block, TableBlock } from '../../schemas/document-model.ts'
import { repairCodeOrder } from '../../parsers/ocr-code-order.ts'
import { repairCode, repairCodes, repairNumeral } from '../../parsers/ocr-codes.ts'
import type { OcrLine, OcrWord } from '../../parsers/ocr-hocr.ts'
import { findOrphans } from '../../parsers/ocr-orphans.ts'
import { whitenPaper, type GrayImage } from '../../parsers/ocr-raster.ts'
import { wordItems } from '../../parsers/ocr-words.ts'

// The layout rules of the OCR path on small generated inputs (no Tesseract needed).
const word = (text: string, x0: number, x1: number, conf = 95): OcrWord => ({ text, x0, x1, y0: 100, y1: 140, conf })
const line = (words: OcrWord[]): OcrLine => ({ x0: words[0].x0, x1: words[words.length - 1].x1, y0: 100, y1: 140, slope: 0, offset: 0, size: 50, words })
const paper = (width: number, height: number): GrayImage => ({ width, height, dpi: 300, data: new Uint8Array(width * height).fill(230) })
const ink = (img: GrayImage, x0: number, y0: number, x1: number, y1: number): void => {
  for (let y = y0; y <= y1; y++) img.data.fill(20, y * img.width + x0, y * img.width + x1 + 1)
}

describe('OCR words → text runs', () => {
  it('joins the words of a line a word space apart into one run, and keeps a cell\'s gap between runs', () => {
    // a borderless table row: "Xây dựng" | "1.3" | "Công chức" — word spaces of 12 px, cell gaps of 120 px
    const l = line([word('Xây', 100, 180), word('dựng', 192, 300), word('1.3', 420, 480), word('Công', 600, 700), word('chức', 712, 800)])
    const items = wordItems([l], paper(1000, 300), 128, 0, 72 / 300)
    expect(items.map((it) => it.str.trim())).toEqual(['Xây dựng', '1.3', 'Công chức'])
    expect(items[0].w).toBeCloseTo((300 - 100) * 72 / 300)
  })
})

describe('OCR: paper whitened before recognition', () => {
  it('turns every pixel lighter than the ink threshold white and keeps the ink\'s grey', () => {
    const img: GrayImage = { width: 4, height: 1, dpi: 300, data: Uint8Array.from([30, 140, 170, 220]) }
    whitenPaper(img, 150)
    expect([...img.data]).toEqual([30, 140, 255, 255])
  })
})

describe('OCR: ink left unread', () => {
  it('finds a digit-sized mark that no word covers, not a speck of dust, not the ink of a read word', () => {
    const img = paper(1200, 600)
    ink(img, 300, 105, 330, 140) // a read word's ink, covered by its box
    ink(img, 500, 300, 520, 335) // a lone "4" in a table cell: unread
    ink(img, 800, 300, 803, 303) // dust
    const lines = [line([word('đạt', 290, 340)])]
    const orphans = findOrphans(img, 128, lines)
    expect(orphans).toHaveLength(1)
    expect(orphans[0].x0).toBeLessThanOrEqual(500)
    expect(orphans[0].x1).toBeGreaterThanOrEqual(520)
    expect(orphans[0].y0).toBeLessThanOrEqual(300)
  })

  it('joins the pieces of one mark ("7", "1", "2" of a code) into one cluster', () => {
    const img = paper(1200, 600)
    for (const x of [500, 530, 560]) ink(img, x, 300, x + 18, 335)
    expect(findOrphans(img, 128, [line([word('x', 100, 140)])])).toHaveLength(1)
  })
})

describe('OCR: criterion codes misread', () => {
  it('puts back digits for the letters they look like in a dotted code, and only there', () => {
    expect(repairCode('S.3.1')).toBe('5.3.1')
    expect(repairCode('1.O.2')).toBe('1.0.2')
    expect(repairCode('l.2')).toBe('1.2')
    expect(repairCode('5.3.1')).toBeNull() // nothing to repair
    expect(repairCode('II.2')).toBeNull() // a heading in Roman numerals
    expect(repairCode('So.')).toBeNull() // no digit: a word
    expect(repairCode('Số')).toBeNull()
    const { lines, repaired } = repairCodes([line([word('S.3.1', 100, 200, 35)])])
    expect(lines[0].words[0].text).toBe('5.3.1')
    expect(repaired).toEqual(['S.3.1 → 5.3.1'])
  })
})

describe('OCR: Roman numerals misread', () => {
  it('reads "H" in a run of I, V, X as the "II" it was, alone on a line or in a word', () => {
    expect(repairNumeral('IH', false)).toBe('III')
    expect(repairNumeral('VH', false)).toBe('VII')
    expect(repairNumeral('VIH', false)).toBe('VIII')
    expect(repairNumeral('IH/2020', false)).toBe('III/2020')
    expect(repairNumeral('H', true)).toBe('II')
    expect(repairNumeral('H', false)).toBeNull() // a letter among words
    expect(repairNumeral('HĐND', false)).toBeNull()
    expect(repairNumeral('VHH', false)).toBeNull() // "VIIII" is no numeral
  })
})

describe('OCR: a date cut in two', () => {
  it('joins "28/1" and "0/2016" read as two words a tenth of an em apart, and not two dates or numbers', () => {
    const l = line([word('ngày', 100, 190), word('28/1', 205, 300), word('0/2016', 310, 470), word('1', 600, 620), word('0', 632, 652)])
    expect(wordItems([l], paper(1000, 300), 128, 0, 72 / 300).map((it) => it.str.trim())).toEqual(['ngày 28/10/2016', '1 0'])
  })
})

describe('OCR: codes out of their column\'s order', () => {
  const table = (codes: string[]): TableBlock => ({
    type: 'table', role: 'data', rows: codes.map((c) => ({ header: false, cells: [{ paragraphs: [c], colSpan: 1 }, { paragraphs: ['x'], colSpan: 1 }] })),
  })
  const first = (b: Block): string[] => (b as TableBlock).rows.map((r) => r.cells[0].paragraphs.join(''))
  it('takes a code that breaks the order for the one that fits there, a character away', () => {
    const { blocks, repaired } = repairCodeOrder([table(['1.2', '1.2.1', '1.5', '1.4', '1.5', '2', '34.1', '3.2'])])
    expect(first(blocks[0])).toEqual(['1.2', '1.2.1', '1.3', '1.4', '1.5', '2', '3.1', '3.2'])
    expect(repaired).toEqual(['1.5 → 1.3', '34.1 → 3.1'])
  })
  it('leaves codes in order, and a code that is more than a character from any that fits', () => {
    const codes = ['1.1', '1.3', '2.1', '7.7', '2.3']
    expect(first(repairCodeOrder([table(codes)]).blocks[0])).toEqual(codes)
  })
})
