import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'
import { describe, expect, it } from 'vitest'
import { loadPdfParse, paintsImage, PDFJS_IMAGE_OPTIONS, PDFJS_READ_OPTIONS } from '../../parsers/pdfjs-runtime.ts'
import { pickParser } from '../../parsers/registry.ts'
import { pdfParser } from '../../parsers/pdf-parser.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'

// Another realm's Function.prototype.toString cannot have been replaced by a polyfill in this
// one, so it tells an engine built-in ("[native code]") from a JavaScript replacement.
const realmToString = runInNewContext('Function.prototype.toString') as (this: unknown) => string
const isNative = (fn: unknown): boolean => /\{\s*\[native code\]\s*\}$/.test(realmToString.call(fn))

describe('loading pdf.js through parsers/pdfjs-runtime', () => {
  it('waits for the first PDF: a process that only reads .docx does not carry pdf.js', () => {
    expect(typeof pickParser).toBe('function') // the parser registry (.docx and .pdf parsers) is loaded
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined()
  })

  it('leaves the engine’s own push, JSON.parse and Function.prototype.toString in place, also after a PDF is read', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../samples/kh-95-sngv-quangtri-2019.pdf', import.meta.url)))
    const model = await pdfParser.parse(bytes, DEFAULT_LIMITS)
    expect(model.blocks.length).toBeGreaterThan(10)
    expect(isNative(Array.prototype.push)).toBe(true)
    expect(isNative(JSON.parse)).toBe(true)
    expect(isNative(Function.prototype.toString)).toBe(true)
  })

  it('can tell a replaced built-in (the check itself works)', () => {
    expect(isNative(function push() { return 0 })).toBe(false)
    expect(isNative(Array.prototype.pop)).toBe(true)
  })
})

// What one page of a sample gives through pdf.js set up one way or the other: its text runs, its
// operator list's operators, the fonts the main thread got (name, bold, italic) and how many
// glyph outlines were sent to it.
// (font ids carry the document's number, "g_d3_f1": compared without it)
const fontId = (id: string): string => id.replace(/^g_d\d+_/, '')
async function readPageOne(options: object, file = '../../samples/bc-khacphuc-sngv-hatinh-2022.pdf', num = 1) {
  const bytes = new Uint8Array(readFileSync(new URL(file, import.meta.url)))
  const parser = new (await loadPdfParse())({ ...options, data: bytes })
  try {
    await parser.getInfo() // loads the document, as parsers/pdf-engine.ts does
    const doc = (parser as unknown as { doc: PDFDocumentProxy }).doc
    const page = await doc.getPage(num)
    const text = (await page.getTextContent()).items.map((it) => ('str' in it ? [it.str, fontId(it.fontName), ...it.transform] : []))
    const ops = await page.getOperatorList()
    const objects = [...(page.commonObjs as unknown as Iterable<[string, { name?: string; bold?: boolean; italic?: boolean }]>)]
    const fonts = objects.filter(([id]) => !id.includes('_path_')).map(([id, f]) => [fontId(id), f.name, f.bold, f.italic])
    return { text, fnArray: [...ops.fnArray], fonts, outlines: objects.length - fonts.length }
  } finally {
    await parser.destroy()
  }
}

describe('pdf.js as our parser sets it up (PDFJS_READ_OPTIONS)', () => {
  it('builds no glyph outline for a canvas, and reads the same runs, operators and fonts as pdf.js by default', async () => {
    const ours = await readPageOne(PDFJS_READ_OPTIONS)
    const dflt = await readPageOne({ verbosity: 0 })
    expect(dflt.outlines).toBeGreaterThan(50) // in Node, pdf.js by default sends an outline per glyph drawn
    expect(ours.outlines).toBe(0)
    expect(ours.text).toEqual(dflt.text)
    expect(ours.fnArray).toEqual(dflt.fnArray)
    expect(ours.fonts).toEqual(dflt.fonts)
    // our parser tells bold and italic from the font's name (parsers/pdf-engine.ts)
    expect(ours.fonts.map(([, name]) => String(name).replace(/^[A-Z]{6}\+/, ''))).toEqual(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-Italic'])
  })

  it('leaves images out of operator lists (a scan\'s page image is not decoded); opened for images, the same page paints one', async () => {
    const scan = ['../fixtures/scans/short-text-on-scan.pdf', 2] as const
    const ours = await readPageOne(PDFJS_READ_OPTIONS, ...scan)
    const images = await readPageOne(PDFJS_IMAGE_OPTIONS, ...scan)
    expect(paintsImage(ours.fnArray)).toBe(false)
    expect(paintsImage(images.fnArray)).toBe(true)
    expect(ours.text).toEqual(images.text)
  })
})
