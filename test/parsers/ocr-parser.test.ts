import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseImage } from '../../parsers/image-parser.ts'
import { pdfParser } from '../../parsers/pdf-parser.ts'
import { pickParser } from '../../parsers/registry.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'
import { extractFile } from '../../pipeline/extract-file.ts'
import { createWorkerPool } from '../../pipeline/worker-pool.ts'
import type { DocumentModel, TableBlock } from '../../schemas/document-model.ts'
import type { ExtractionRecord } from '../../schemas/record.ts'
import { runCli } from '../app/run-cli.ts'
import { describeOcr } from './ocr-setup.ts'
import { LevenshteinDistance } from 'natural/lib/natural/distance/index.js'

// Real Tesseract on real scans (test/fixtures/scans, made by make-fixtures.ts from the sample
// scan): a few pages in all, so the suite stays short.
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url)))
const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)))
const codes = (r: ExtractionRecord): string[] => r.warnings.map((w) => w.code)
const layoutTables = (m: DocumentModel): TableBlock[] => m.blocks.filter((b): b is TableBlock => b.type === 'table' && b.role === 'layout')
const cells = (t: TableBlock): string[][] => t.rows[0].cells.map((c) => c.paragraphs.map((p) => p.replace(/\s+/g, '')))

describeOcr('OCR: scanned pages give records', () => {
  const records = new Map<string, ExtractionRecord>()
  beforeAll(async () => {
    for (const name of ['kh-1073-page1.png', 'mixed-text-and-scan.pdf', 'kh-1073-header-rot90.png', 'kh-1073-header-rot180.png', 'short-last-page.pdf', 'short-text-on-scan.pdf']) {
      records.set(name, await extractFile(fixture(name), name))
    }
  }, 240_000)

  it('a PNG page (bilevel, 200 dpi) gives the plan\'s number, date, issuer and title, as format image with ocr true', () => {
    const r = records.get('kh-1073-page1.png')!
    expect(r.source).toMatchObject({ format: 'image', pages: 1, ocr: true })
    expect(r).toMatchObject({
      kind: 'ke_hoach', number: { normalized: '1073/KH-SNgV' }, date: { iso: '2017-08-18' },
      issuer: { name: 'Sở Ngoại vụ', parent: 'UBND tỉnh Thừa Thiên Huế' },
      title: 'Nâng cao Chỉ số cải cách hành chính của Sở Ngoại vụ năm 2017',
    })
  })

  it('the record carries each OCR page\'s mean word confidence, and no low-confidence warning for a clean scan', () => {
    const r = records.get('kh-1073-page1.png')!
    expect(r.source.ocrPages).toHaveLength(1)
    expect(r.source.ocrPages![0]).toMatchObject({ page: 1 })
    expect(r.source.ocrPages![0].confidence).toBeGreaterThan(85)
    expect(r.source.ocrPages![0].words).toBeGreaterThan(300)
    expect(codes(r)).not.toContain('low_ocr_confidence')
  })

  it('spans point into the recognised text, NFC, as for any document (the web page highlights them)', () => {
    const r = records.get('kh-1073-page1.png')!
    expect(r.text).toBe(r.text.normalize('NFC'))
    const [a, b] = r.number!.span!
    expect(r.text.slice(a, b).replace(/\s+/g, '')).toBe('1073/KH-SNgV')
    const [d0, d1] = r.date!.span!
    expect(r.text.slice(d0, d1)).toBe(r.date!.raw)
  })

  it('a PDF with text pages around a scanned page reads both: the text layer where there is one, OCR for page 2 only', () => {
    const r = records.get('mixed-text-and-scan.pdf')!
    expect(r.source).toMatchObject({ format: 'pdf', pages: 3, ocr: true })
    expect(r.source.ocrPages!.map((p) => p.page)).toEqual([2])
    expect(r.number?.normalized).toBe('1073/KH-SNgV') // page 1, text layer
    expect(r.signer).toMatchObject({ name: 'Trần Công Phú', position: 'GIÁM ĐỐC' }) // page 3, text layer
    // the scanned page's findings: TCTP 2.2.3 … 2.4.3 of the sample plan
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['2.2.3', '2.2.5', '2.2.6', '2.2.9', '2.2.10', '2.3.2', '2.3.3', '2.3.5', '2.4.2', '2.4.3']))
  })

  it('a page of a few words without an image (a name pushed onto the last page) is text, not a scan: no OCR', () => {
    const r = records.get('short-last-page.pdf')!
    expect(r.source).toMatchObject({ format: 'pdf', pages: 2, ocr: false })
    expect(r.source.ocrPages).toBeUndefined()
    expect(r.text.trimEnd().endsWith('Tran Cong Phu')).toBe(true)
  })

  it('a page of a few words over a full-page image (a scanner\'s mark on the scan) is read by OCR', () => {
    const r = records.get('short-text-on-scan.pdf')!
    expect(r.source).toMatchObject({ format: 'pdf', pages: 2, ocr: true })
    expect(r.source.ocrPages!.map((p) => p.page)).toEqual([2])
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['2.2.3', '2.2.5', '2.3.2', '2.4.3']))
  })

  it.each([['kh-1073-header-rot90.png', 270], ['kh-1073-header-rot180.png', 180]])('%s (scanned turned) is read upright and says it was turned by %i°', (name, turn) => {
    const r = records.get(name)!
    expect(r).toMatchObject({ number: { normalized: '1073/KH-SNgV' }, date: { iso: '2017-08-18' }, issuer: { name: 'Sở Ngoại vụ' } })
    expect(r.warnings.find((w) => w.code === 'ocr_page_rotated')?.message).toContain(`${turn}°`)
  })
})

describeOcr('OCR: layout rebuilt from word boxes', () => {
  it('a JPEG of the closing page gives the same "Nơi nhận | signer" block as the born-digital PDF\'s text layer', async () => {
    const scanned = await parseImage(fixture('kh-1073-page5.jpg'), DEFAULT_LIMITS)
    const digital = await pdfParser.parse(sample('kh-1073-sngv-hue-2017.pdf'), DEFAULT_LIMITS)
    const closing = (m: DocumentModel): string[][] => cells(layoutTables(m).at(-1)!)
    // the same cells and lines; a line may differ by a letter Tesseract misreads ("TTDVĐN" read
    // "TIDVĐN" once the paper is whitened): that is recognition, not layout
    const [got, want] = [closing(scanned), closing(digital)]
    expect(got.map((c) => c.length)).toEqual(want.map((c) => c.length))
    got.forEach((c, i) => c.forEach((line, k) => expect(LevenshteinDistance(line, want[i][k]), `${line} / ${want[i][k]}`).toBeLessThanOrEqual(1)))
    const record = await extractFile(fixture('kh-1073-page5.jpg'), 'page5.jpg')
    expect(record.signer).toMatchObject({ name: 'Trần Công Phú', position: 'GIÁM ĐỐC' })
  }, 120_000)

  it('the two-column header of a scanned page is split into its columns as in the born-digital PDF', async () => {
    const scanned = await parseImage(fixture('kh-1073-page1.png'), DEFAULT_LIMITS)
    const digital = await pdfParser.parse(sample('kh-1073-sngv-hue-2017.pdf'), DEFAULT_LIMITS)
    expect(cells(layoutTables(scanned)[0])).toEqual(cells(layoutTables(digital)[0]))
  }, 120_000)
})

describeOcr('OCR: honest output and limits', () => {
  it('a page that reads poorly is flagged low_ocr_confidence with its confidence in the record', async () => {
    const blurred = await sharp(fixture('kh-1073-header-rot180.png')).rotate(180).resize({ width: 600 }).blur(1.5).png().toBuffer()
    const r = await extractFile(new Uint8Array(blurred), 'blurred.png')
    expect(r.source.ocrPages![0].confidence).toBeLessThan(70)
    expect(r.warnings.find((w) => w.code === 'low_ocr_confidence')?.message).toMatch(/^page 1: mean word confidence [\d.]+ is below 70/)
  }, 120_000)

  it('a page over the time limit fails with parse_timeout (Tesseract is killed)', async () => {
    await expect(extractFile(fixture('kh-1073-page1.png'), 'slow.png', { timeoutMs: 50 }))
      .rejects.toMatchObject({ code: 'parse_timeout', message: expect.stringContaining('OCR of page 1 took longer than 50 ms') })
  }, 60_000)

  it('a page over the memory limit fails with parse_memory', async () => {
    await expect(extractFile(fixture('kh-1073-page1.png'), 'big.png', { memoryMb: 40 }))
      .rejects.toMatchObject({ code: 'parse_memory' })
  }, 60_000)

  it('without the Vietnamese data a scan fails with needs_ocr naming tesseract-ocr-vie', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cchc-no-tessdata-'))
    const r = await runCli(['extract', 'test/fixtures/scans/kh-1073-page1.png'], { env: { TESSDATA_PREFIX: empty } })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/kh-1073-page1\.png: needs_ocr: .*apt-get install tesseract-ocr-vie/)
  }, 120_000)

  it('the worker pool reports a scan\'s pages as they are read and returns its record', async () => {
    const pool = createWorkerPool({ concurrency: 1 })
    try {
      const seen: string[] = []
      const r = await pool.extract(fixture('mixed-text-and-scan.pdf'), 'mixed.pdf', { onPages: (done, total) => seen.push(`${done}/${total}`) })
      expect(seen).toEqual(['0/1', '1/1'])
      expect(r.source.ocrPages!.map((p) => p.page)).toEqual([2])
    } finally {
      await pool.close()
    }
  }, 120_000)
})

describe('OCR: what needs no Tesseract', () => {
  it('a PNG, a JPEG and a TIFF are picked by the image parser; a PNG with a damaged header is not read', async () => {
    const png = fixture('kh-1073-page1.png')
    expect(pickParser(png, 'scan.png').format).toBe('image')
    expect(pickParser(png, 'scan.pdf').format).toBe('image') // by content, not by name
    expect(pickParser(fixture('kh-1073-page5.jpg'), 'x').format).toBe('image')
    const tiff = new Uint8Array(await sharp(png).tiff().toBuffer())
    expect(pickParser(tiff, 'scan.tif').format).toBe('image')
    expect(() => pickParser(png.slice(0, 16), 'scan.png')).toThrow(expect.objectContaining({ code: 'unsupported_format' }))
  })

  it('a scan with more pages than the OCR page limit fails at once with file_too_large, naming both', async () => {
    await expect(pdfParser.parse(sample('kh-1073-sngv-hue-2017.scan.pdf'), { ...DEFAULT_LIMITS, ocrMaxPages: 4 }))
      .rejects.toMatchObject({ code: 'file_too_large', message: expect.stringContaining('5 pages need OCR, more than the limit of 4') })
  }, 60_000)

  it('without tesseract on the PATH a scan fails with needs_ocr saying what to install, and a mixed PDF keeps its text pages with a warning', async () => {
    const env = { PATH: mkdtempSync(join(tmpdir(), 'cchc-empty-path-')) } // no tesseract, no pdftoppm (the CLI runs node by its full path)
    const scan = await runCli(['extract', 'samples/kh-1073-sngv-hue-2017.scan.pdf'], { env })
    expect(scan.code).toBe(1)
    expect(scan.stderr).toMatch(/scan\.pdf: needs_ocr: .*none of the 5 page\(s\) has a text layer.*tesseract program is missing \(install it: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils\)/)
    const mixed = await runCli(['extract', 'test/fixtures/scans/mixed-text-and-scan.pdf'], { env })
    expect(mixed.code).toBe(0)
    const record = JSON.parse(mixed.stdout) as ExtractionRecord
    expect(record.source.ocr).toBe(false)
    expect(record.number?.normalized).toBe('1073/KH-SNgV')
    expect(record.warnings.find((w) => w.code === 'pdf_pages_without_text')?.message).toMatch(/page\(s\) 2 have no text layer.*apt-get install/)
  }, 120_000)
})
