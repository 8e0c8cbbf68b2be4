// Extraction throughput per format, next to the raw parser alone in the same run.
//   npx tsx bench/extract.ts [--rounds N] [--dir samples]
// "raw" is the library our parser wraps, with no extraction: mammoth.convertToHtml for .docx,
// pdf-parse getText for .pdf, UTF-8 decoding for .md. "ours" is parse → document model →
// extraction core → validated record, all in-process (no worker), so the ratio is our layer's cost.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { PDFParse } from 'pdf-parse'
import { extractFile } from '../pipeline/extract-file.ts'

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt }
const rounds = Number(arg('--rounds', '15'))
const dir = arg('--dir', 'samples')

const raw: Record<string, (b: Uint8Array) => Promise<unknown>> = {
  docx: (b) => mammoth.convertToHtml({ buffer: Buffer.from(b) }),
  pdf: async (b) => { const p = new PDFParse({ data: b.slice() }); try { return await p.getText() } finally { await p.destroy() } },
  md: async (b) => new TextDecoder('utf-8', { fatal: true }).decode(b),
}

let peakRss = 0
const sampleRss = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss) }

async function time(files: { name: string; bytes: Uint8Array }[], fn: (f: { name: string; bytes: Uint8Array }) => Promise<unknown>) {
  for (const f of files) await fn(f) // warm-up: JIT, pdf.js start-up, font tables
  const lat: number[] = []
  const t0 = performance.now()
  for (let r = 0; r < rounds; r++) for (const f of files) {
    const s = performance.now()
    await fn(f)
    lat.push(performance.now() - s)
    sampleRss()
  }
  const ms = performance.now() - t0
  lat.sort((a, b) => a - b)
  return { ms, p95: lat[Math.floor(lat.length * 0.95)] }
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8)
console.log(`bench/extract — ${rounds} rounds over ${dir}/, node ${process.version}`)
console.log('format  docs   raw docs/s  raw MB/s  ours docs/s  ours MB/s  raw p95 ms  ours p95 ms  ours/raw  overhead')
for (const format of ['docx', 'pdf', 'md']) {
  const files = readdirSync(dir).filter((f) => f.endsWith(`.${format}`) && !f.includes('.scan.'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
  if (!files.length) continue
  const mb = (files.reduce((s, f) => s + f.bytes.length, 0) * rounds) / 1e6
  const n = files.length * rounds
  const r = await time(files, (f) => raw[format](f.bytes))
  const o = await time(files, (f) => extractFile(f.bytes, f.name))
  console.log(`${format.padEnd(6)}${String(files.length).padStart(6)} ${fmt(n / (r.ms / 1000))}   ${fmt(mb / (r.ms / 1000), 2)}  ${fmt(n / (o.ms / 1000))}    ${fmt(mb / (o.ms / 1000), 2)}   ${fmt(r.p95)}    ${fmt(o.p95)}   ${fmt(o.ms / r.ms, 2)}  ${fmt((o.ms / r.ms - 1) * 100, 0)}%`)
}
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`)
