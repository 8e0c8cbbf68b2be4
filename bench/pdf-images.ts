// What an image on a page (the seal over the signature, as signed documents are published) costs
// our PDF reading. Generated PDFs (testdata) with and without a seal image, read by our parser
// (parse + extraction; pdf.js leaves images out of operator lists: parsers/pdfjs-runtime.ts)
// and by pdf.js opened with images on (text content + operator list of every page, images
// decoded, as pdf.js reads by default). The cheapest round's CPU time of each, interleaved.
//   npx tsx bench/pdf-images.ts [--docs 20] [--rounds 8] [--side 600]   (the seal's side, pixels)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { generateCorpus } from '../testdata/generate.ts'
import { extractFile } from '../pipeline/extract-file.ts'
import { PDFJS_IMAGE_OPTIONS } from '../parsers/pdfjs-runtime.ts'
import { readPdfJs, withPdf } from './pdfjs-read.ts'

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt }
const docs = Number(arg('--docs', '20')), rounds = Number(arg('--rounds', '8')), side = Number(arg('--side', '600'))

const r = side / 2
// a scanned seal: red rings and text on white paper, as a JPEG
const seal = await sharp({ create: { width: side, height: side, channels: 3, background: { r: 255, g: 255, b: 255 } } })
  .composite([{ input: Buffer.from(`<svg width="${side}" height="${side}"><circle cx="${r}" cy="${r}" r="${r * 0.92}" stroke="#d22" stroke-width="${side / 25}" fill="none"/>` +
    `<circle cx="${r}" cy="${r}" r="${r * 0.6}" stroke="#d22" stroke-width="${side / 60}" fill="none"/><text x="${r}" y="${r}" font-size="${side / 9}" fill="#d22" text-anchor="middle">SỞ NỘI VỤ</text></svg>`) }])
  .jpeg({ quality: 85 }).toBuffer()

const corpus = async (stamp?: Buffer): Promise<Uint8Array[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-seal-'))
  try {
    await generateCorpus({ seed: 11, agencies: 6, years: [2018, 2019, 2020], formats: ['pdf'], outDir: dir, count: docs, stamp })
    return readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => new Uint8Array(readFileSync(join(dir, f))))
  } finally { rmSync(dir, { recursive: true, force: true }) }
}
const plain = await corpus(), sealed = await corpus(seal)

const pdfjsImagesOn = (b: Uint8Array) => withPdf(b, readPdfJs, PDFJS_IMAGE_OPTIONS)
const readers: Record<string, (b: Uint8Array) => Promise<unknown>> = { ours: (b) => extractFile(b, 'x.pdf'), 'pdf.js, images on': pdfjsImagesOn }
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const best = new Map<string, number>()
for (let round = -1; round < rounds; round++) { // round -1 warms up
  for (const [name, read] of Object.entries(readers)) {
    for (const [label, set] of round % 2 ? [['plain', plain], ['sealed', sealed]] as const : [['sealed', sealed], ['plain', plain]] as const) {
      const c = cpu()
      for (const b of set) await read(b)
      if (round >= 0) best.set(`${name}|${label}`, Math.min(best.get(`${name}|${label}`) ?? Infinity, cpu() - c))
    }
  }
}
console.log(`bench/pdf-images — ${docs} generated PDFs with and without a ${side}×${side} px seal on the last page, ${rounds} rounds, node ${process.version}`)
console.log('reader               plain ms/doc  sealed ms/doc  sealed/plain')
for (const name of Object.keys(readers)) {
  const p = best.get(`${name}|plain`)! / docs, s = best.get(`${name}|sealed`)! / docs
  console.log(`${name.padEnd(20)} ${p.toFixed(1).padStart(12)} ${s.toFixed(1).padStart(14)} ${(s / p).toFixed(2).padStart(13)}`)
}
