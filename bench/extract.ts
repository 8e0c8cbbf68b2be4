// Extraction throughput per format, next to the raw parser alone in the same run.
//   npx tsx bench/extract.ts [--rounds N] [--dir samples]   (.doc: --dir test/fixtures/renditions/libreoffice-doc)
//     [--legacy ../shared/dev/legacy]   legacy-font .docx with their decoding on and off (last row)
// "raw" is the library our parser wraps, with no extraction: mammoth.convertToHtml for .docx,
// word-extractor for .doc,
// pdf-parse getText for .pdf, UTF-8 decoding for .md. For .pdf a second baseline reads what our
// parser reads (text and ruled tables) through pdf-parse's own API: getText + getTable; a third
// is pdf.js alone reading that information (text content + operator list of every page).
// "ours" is parse → document model → extraction core → validated record, all in-process (no
// worker), so the ratio is our layer's cost.
// Raw and ours run interleaved, file by file, alternating which goes first: run one after the
// other, whichever runs second gains 10–20 % from a warmer JIT and a grown heap.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import mammoth from 'mammoth'
import WordExtractor from 'word-extractor'
import { loadPdfParse, type PDFParse } from '../parsers/pdfjs-runtime.ts'
import { extractRecord } from '../extract/index.ts'
import { parseDocx } from '../parsers/docx-parser.ts'
import { extractFile } from '../pipeline/extract-file.ts'
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt }
const rounds = Number(arg('--rounds', '15'))
const dir = arg('--dir', 'samples')

type Sample = { name: string; bytes: Uint8Array }
type Runner = (b: Uint8Array) => Promise<unknown>
const withPdf = async <T>(b: Uint8Array, read: (p: PDFParse) => Promise<T>): Promise<T> => {
  const p = new (await loadPdfParse())({ data: b.slice() })
  try { return await read(p) } finally { await p.destroy() }
}
// What pdf.js alone does for our parser, with nothing built from it: every page's positioned
// text and its operator list (where the table rulings are), through the document pdf-parse loaded.
const readPdfJs = async (p: PDFParse): Promise<void> => {
  await p.getInfo()
  const doc = (p as unknown as { doc: PDFDocumentProxy }).doc
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    await page.getTextContent()
    await page.getOperatorList()
    page.cleanup()
  }
}
const baselines: Record<string, Array<[string, Runner]>> = {
  docx: [['mammoth', (b) => mammoth.convertToHtml({ buffer: Buffer.from(b) })]],
  pdf: [
    ['pdf-parse text', (b) => withPdf(b, (p) => p.getText())],
    ['pdf-parse text+tables', (b) => withPdf(b, async (p) => { await p.getText(); return p.getTable() })],
    ['pdf.js text+drawing', (b) => withPdf(b, readPdfJs)],
  ],
  doc: [['word-extractor', async (b) => (await new WordExtractor().extract(Buffer.from(b))).getBody()]],
  md: [['utf-8 decode', async (b) => new TextDecoder('utf-8', { fatal: true }).decode(b)]],
}

let peakRss = 0
const sampleRss = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss) }

interface Timing { ms: number; lat: number[] }
const p95 = (t: Timing) => [...t.lat].sort((a, b) => a - b)[Math.floor(t.lat.length * 0.95)]

async function timeOne(fn: () => Promise<unknown>, into: Timing): Promise<void> {
  const s = performance.now()
  await fn()
  const d = performance.now() - s
  into.ms += d
  into.lat.push(d)
  sampleRss()
}

async function compare(files: Sample[], raw: Runner, ours: Runner): Promise<{ raw: Timing; ours: Timing }> {
  for (const f of files) { await raw(f.bytes); await ours(f.bytes) } // warm-up: JIT, pdf.js start-up, font tables
  const r: Timing = { ms: 0, lat: [] }, o: Timing = { ms: 0, lat: [] }
  for (let round = 0; round < rounds; round++) {
    for (const [i, f] of files.entries()) {
      const rawFirst = (round + i) % 2 === 0
      if (rawFirst) await timeOne(() => raw(f.bytes), r)
      await timeOne(() => ours(f.bytes), o)
      if (!rawFirst) await timeOne(() => raw(f.bytes), r)
    }
  }
  return { raw: r, ours: o }
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8)
console.log(`bench/extract — ${rounds} rounds over ${dir}/, node ${process.version}, raw and ours interleaved`)
console.log('format  baseline               docs   raw docs/s  raw MB/s  ours docs/s  ours MB/s  raw p95 ms  ours p95 ms  ours/raw  overhead')
for (const format of ['docx', 'doc', 'pdf', 'md']) {
  const files = readdirSync(dir).filter((f) => f.endsWith(`.${format}`) && !f.includes('.scan.'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
  if (!files.length) continue
  const mb = (files.reduce((s, f) => s + f.bytes.length, 0) * rounds) / 1e6
  const n = files.length * rounds
  for (const [label, raw] of baselines[format]) {
    const names = new Map<Uint8Array, string>(files.map((f) => [f.bytes, f.name]))
    const { raw: r, ours: o } = await compare(files, raw, (b) => extractFile(b, names.get(b)!))
    console.log(`${format.padEnd(6)}  ${label.padEnd(22)}${String(files.length).padStart(4)} ${fmt(n / (r.ms / 1000))}   ${fmt(mb / (r.ms / 1000), 2)}  ${fmt(n / (o.ms / 1000))}    ${fmt(mb / (o.ms / 1000), 2)}   ${fmt(p95(r))}    ${fmt(p95(o))}   ${fmt(o.ms / r.ms, 2)}  ${fmt((o.ms / r.ms - 1) * 100, 0)}%`)
  }
}
// Legacy fonts: each .docx of the legacy folder (typed in TCVN3/VNI fonts) through parse +
// extraction, with the decoding of its legacy runs and with it switched off, interleaved: the
// ratio is what decoding adds to a legacy .docx. Its Unicode twin (the same document in Unicode,
// from the folder above or the samples) is timed beside them for scale.
const legacyDir = arg('--legacy', '../shared/dev/legacy')
const legacyFiles = existsSync(legacyDir) ? readdirSync(legacyDir).filter((f) => f.endsWith('.docx')).map((name) => ({
  name, bytes: new Uint8Array(readFileSync(join(legacyDir, name))),
  twin: [join(legacyDir, '..'), dir, '../shared/samples'].map((d) => join(d, name)).find(existsSync),
})) : []
if (legacyFiles.length) {
  const limits = { maxBytes: 32 * 1024 * 1024, maxUnzippedBytes: 200 * 1024 * 1024 }
  const run = async (bytes: Uint8Array, name: string, legacyFonts: boolean) =>
    extractRecord(await parseDocx(bytes, limits, { legacyFonts }), { fileName: name, sha256: '0'.repeat(64) })
  const { raw: off, ours: on } = await compare(legacyFiles, (b) => run(b, 'x.docx', false), (b) => run(b, 'x.docx', true))
  const twins = legacyFiles.filter((f) => f.twin).map((f) => ({ name: f.name, bytes: new Uint8Array(readFileSync(f.twin!)) }))
  const unicode = twins.length ? (await compare(twins, (b) => run(b, 'x.docx', true), (b) => run(b, 'x.docx', true))).ours : null
  const n = legacyFiles.length * rounds
  console.log(`docx    legacy fonts, decoding off/on ${String(legacyFiles.length).padStart(3)} ${fmt(n / (off.ms / 1000))} docs/s off   ${fmt(n / (on.ms / 1000))} docs/s on   p95 ${fmt(p95(off))} / ${fmt(p95(on))} ms   on/off ${fmt(on.ms / off.ms, 3)}  decoding adds ${fmt((on.ms / off.ms - 1) * 100, 1)}%` +
    (unicode ? `   (Unicode twins ${fmt((twins.length * rounds) / (unicode.ms / 1000))} docs/s)` : ''))
}
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`)
