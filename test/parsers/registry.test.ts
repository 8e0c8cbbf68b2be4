import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { docxParser } from '../../parsers/docx-parser.ts'
import { htmlParser } from '../../parsers/html-parser.ts'
import { parsers, pickParser } from '../../parsers/registry.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'
import { deflatedEntry, writeZip } from './docx-zip-writer.ts'

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)))
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const HTML_PAGE = '<!DOCTYPE html>\n<html><head><title>404</title></head><body><h1>Không tìm thấy</h1><p>Trang&nbsp;này không tồn tại.</p></body></html>'

function failureOf(run: () => unknown): { code: string; message: string } {
  try {
    run()
  } catch (err) {
    return err as { code: string; message: string }
  }
  throw new Error('expected a CchcError')
}

describe('pickParser', () => {
  it('tries pdf, docx, doc, html and text parsers in that order', () => {
    expect(parsers.map((p) => p.format)).toEqual(['pdf', 'docx', 'doc', 'html', 'image', 'txt'])
  })

  it.each([
    ['kh-1073-sngv-hue-2017.docx', 'docx'],
    ['kh-119-ubnd-tinhbien-2017.pdf', 'pdf'],
    ['kh-1073-sngv-hue-2017.scan.pdf', 'pdf'],
    ['bc-khacphuc-sngv-hatinh-2022.md', 'md'],
  ])('picks by content: %s goes to the %s parser', (sample, format) => {
    expect(pickParser(bytesOf(sample), sample).format).toBe(format)
  })

  it('follows content, not the name: a docx named .pdf is read as docx, a markdown file named .txt as text', () => {
    expect(pickParser(bytesOf('kh-95-sngv-quangtri-2019.docx'), 'kh-95.pdf')).toBe(docxParser)
    expect(pickParser(bytesOf('kh-95-sngv-quangtri-2019.md'), 'kh-95.txt').format).toBe('txt')
  })

  it('hands out a text parser that reads a .md name as markdown', async () => {
    const doc = await pickParser(bytesOf('kh-95-sngv-quangtri-2019.md'), 'kh-95.md').parse(bytesOf('kh-95-sngv-quangtri-2019.md'), DEFAULT_LIMITS)
    expect(doc.format).toBe('md')
    expect(doc.blocks).toContainEqual({ type: 'heading', text: 'III. TỔ CHỨC THỰC HIỆN', level: 3 })
  })

  it('sends a truncated docx to the docx parser, which reports it as corrupt', async () => {
    const real = bytesOf('kh-119-ubnd-tinhbien-2017.docx')
    const half = real.subarray(0, real.length >> 1)
    const parser = pickParser(half, 'kh-119.docx')
    expect(parser).toBe(docxParser)
    await expect(parser.parse(half, DEFAULT_LIMITS)).rejects.toMatchObject({ code: 'corrupt_docx' })
  })

  it('reads an HTML page under an HTML name with the html parser', async () => {
    const parser = pickParser(utf8(HTML_PAGE), 'trang.html')
    expect(parser).toBe(htmlParser)
    const doc = await parser.parse(utf8(HTML_PAGE), DEFAULT_LIMITS)
    expect(doc).toMatchObject({ format: 'html', blocks: [{ type: 'heading', text: 'Không tìm thấy', level: 1 }, { type: 'paragraph', text: 'Trang này không tồn tại.' }] })
  })

  const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])
  const RANDOM = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)
  it.each([
    ['an empty buffer', 'empty_file', new Uint8Array(0), 'x.docx', /empty/],
    ['HTML named .pdf', 'unsupported_format', utf8(HTML_PAGE), 'ke-hoach.pdf', /looks like HTML/],
    ['HTML named .docx', 'unsupported_format', utf8(HTML_PAGE), 'ke-hoach.docx', /looks like HTML/],
    ['a zip without word/document.xml', 'unsupported_format', writeZip([deflatedEntry('xl/workbook.xml', '<w/>')]), 'bang.docx', /looks like a ZIP without word\/document\.xml \(an Excel workbook\?\)/],
    ['an OLE2 file without a Word document (an .xls)', 'unsupported_format', OLE2, 'bang.xls', /OLE2 compound file without a Word document/],
    ['random binary bytes named .docx', 'unsupported_format', RANDOM, 'x.docx', /binary data/],
    ['a PNG named .pdf', 'unsupported_format', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'scan.pdf', /image/],
  ])('rejects %s with %s and a hint', (_label, code, bytes, name, message) => {
    const failure = failureOf(() => pickParser(bytes, name))
    expect(failure.code).toBe(code)
    expect(failure.message).toMatch(message)
  })
})
