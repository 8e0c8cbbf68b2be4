// OCR cost: our OCR path beside the raw Tesseract CLI on the same page images, in the same run.
//   npx tsx bench/ocr.ts [--rounds N] [--max-pages N] [--no-pdf] [FILE.pdf ...]
// Inputs: the given scanned PDFs, else samples/kh-1073-sngv-hue-2017.scan.pdf and
// ../shared/dev/scans/*.pdf. Every page is rendered once (pdftoppm, 300 dpi grey PNG, outside
// the timings); both sides then read those page images:
//   raw   `tesseract PAGE.png stdout -l vie --psm 11 --dpi 300 hocr`, one process per page, as
//         our path runs it (same segmentation mode and output; OMP_THREAD_LIMIT=1 on both sides)
//   ours  extractFile on the PNG: decode, skew, rulings found and erased, Tesseract, hOCR → layout
//         → extraction → validated record, in this process, one page at a time
// and, unless --no-pdf, per document: ours on the scanned PDF (rendering included) beside raw
// pdftoppm + tesseract for each of its pages.
// Raw and ours alternate page by page (and which goes first), so neither gains from running second.
// CPU time is this process's own (process.cpuUsage) plus its waited-for children's (cutime+cstime
// in /proc/self/stat): on a shared machine wall time swings with the load, CPU time much less.
// With several rounds each page counts with its least CPU time of the rounds on each side (what
// the other work on the machine added is noise that only ever adds), printed page by page; the
// sums over all rounds are printed too.
// Peak RSS: each Tesseract process's high-water mark (VmHWM, sampled every 20 ms while it runs),
// and for ours also this process's RSS (the JavaScript side: a parser worker holds the same).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { extractFile } from '../pipeline/extract-file.ts'

const argv = process.argv.slice(2)
const flag = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv.splice(i, 2)[1] : undefined }
const rounds = Number(flag('--rounds') ?? 1)
const maxPages = Number(flag('--max-pages') ?? 1000)
const noPdf = argv.includes('--no-pdf') ? (argv.splice(argv.indexOf('--no-pdf'), 1), true) : false
const DEV = '../shared/dev/scans'
const inputs = argv.length > 0 ? argv : ['samples/kh-1073-sngv-hue-2017.scan.pdf',
  ...(existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(DEV, f)) : [])]
const OPTIONS = { concurrency: 2 } // on 2 cores: one page at a time per parser (ocrThreads 1)
const ENV = { ...process.env, OMP_THREAD_LIMIT: '1' }
const TESSERACT = (img: string): string[] => [img, 'stdout', '-l', 'vie', '--psm', '11', '--dpi', '300', 'hocr']

// CPU seconds of this process and its children: those reaped, and those still running (our
// path keeps one Tesseract up between pages for the second readings: its CPU counts as it is used).
const TICK = 100 // USER_HZ
const statFields = (pid: string): string[] => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
function cpuSeconds(): number {
  const fields = statFields('self')
  let children = (Number(fields[13]) + Number(fields[14])) / TICK // cutime, cstime (fields 16, 17)
  for (const pid of livePids()) {
    try {
      const f = statFields(pid)
      children += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICK // utime, stime, cutime, cstime
    } catch { /* exited and reaped since: counted in cutime */ }
  }
  const own = process.cpuUsage()
  return (own.user + own.system) / 1e6 + children
}

function livePids(): string[] {
  try {
    return readdirSync('/proc/self/task').flatMap((t) => readFileSync(`/proc/self/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
  } catch {
    return [] // no children list
  }
}

// Peak VmHWM of this process's children while `work` runs, and this process's peak RSS.
async function watched<T>(work: () => Promise<T>): Promise<{ value: T; childMb: number; selfMb: number }> {
  let childKb = 0
  let selfMb = process.memoryUsage().rss / 2 ** 20
  const sample = (): void => {
    selfMb = Math.max(selfMb, process.memoryUsage().rss / 2 ** 20)
    for (const pid of livePids()) {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
        if (hwm) childKb = Math.max(childKb, Number(hwm[1]))
      } catch { /* exited */ }
    }
  }
  const timer = setInterval(sample, 20)
  try {
    const value = await work()
    return { value, childMb: childKb / 1024, selfMb }
  } finally {
    clearInterval(timer)
  }
}

function run(cmd: string, args: string[], stdout: 'ignore' | 'pipe' = 'ignore'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: ENV, stdio: ['ignore', stdout === 'pipe' ? 'pipe' : 'ignore', 'ignore'] })
    const chunks: Buffer[] = []
    child.stdout?.on('data', (d: Buffer) => chunks.push(d))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${cmd} exited ${code}`))))
  })
}

interface Side { wall: number; cpu: number; pages: number; childMb: number; selfMb: number }
const side = (): Side => ({ wall: 0, cpu: 0, pages: 0, childMb: 0, selfMb: 0 })
// Adds one run to `into` and returns its CPU seconds.
async function measure(into: Side, pages: number, work: () => Promise<unknown>): Promise<number> {
  const c0 = cpuSeconds()
  const t0 = performance.now()
  const w = await watched(work)
  const cpu = cpuSeconds() - c0
  into.wall += (performance.now() - t0) / 1000
  into.cpu += cpu
  into.pages += pages
  into.childMb = Math.max(into.childMb, w.childMb)
  into.selfMb = Math.max(into.selfMb, w.selfMb)
  return cpu
}

const pagesOf = async (pdf: string): Promise<number> => Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf], 'pipe')).toString())?.[1] ?? 0)

const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-ocr-'))
try {
  const docs: { pdf: string; pages: string[] }[] = []
  let total = 0
  for (const pdf of inputs) {
    const n = Math.min(await pagesOf(pdf), maxPages - total)
    if (n <= 0) break
    const root = join(dir, basename(pdf, '.pdf'))
    await run('pdftoppm', ['-r', '300', '-gray', '-png', '-l', String(n), pdf, root])
    const pages = readdirSync(dir).filter((f) => f.startsWith(`${basename(root)}-`) && f.endsWith('.png')).sort().map((f) => join(dir, f))
    docs.push({ pdf, pages })
    total += pages.length
  }
  console.log(`${total} page images from ${docs.length} scanned PDF(s), 300 dpi grey PNG; ${rounds} round(s); node ${process.version}`)
  // not measured: loading sharp, pdf.js (its table geometry) and the extractor once, as a worker does
  const warm = docs[0].pages[0]
  await extractFile(new Uint8Array(readFileSync(warm)), basename(warm), OPTIONS)
  await run('tesseract', TESSERACT(warm))
  const raw = side()
  const ours = side()
  const load0 = loadavg()[0]
  const pageImages = docs.flatMap((d) => d.pages)
  const least = pageImages.map(() => ({ raw: Infinity, ours: Infinity })) // CPU s, least over rounds
  let first = 0
  for (let r = 0; r < rounds; r++) {
    for (const [i, page] of pageImages.entries()) {
      const bytes = new Uint8Array(readFileSync(page))
      const runs = [
        () => measure(raw, 1, () => run('tesseract', TESSERACT(page))).then((cpu) => { least[i].raw = Math.min(least[i].raw, cpu) }),
        () => measure(ours, 1, () => extractFile(bytes.slice(), basename(page), OPTIONS)).then((cpu) => { least[i].ours = Math.min(least[i].ours, cpu) }),
      ]
      if (first++ % 2 === 1) runs.reverse()
      for (const go of runs) await go()
      process.stderr.write('.')
    }
  }
  process.stderr.write('\n')
  console.log(`load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`)
  console.log(`\nleast CPU of ${rounds} round(s), page by page\n| page | raw CPU s | ours CPU s | ours/raw |\n|---|---|---|---|`)
  for (const [i, page] of pageImages.entries()) {
    console.log(`| ${basename(page, '.png')} | ${least[i].raw.toFixed(2)} | ${least[i].ours.toFixed(2)} | ${(least[i].ours / least[i].raw).toFixed(3)} |`)
  }
  const sumRaw = least.reduce((a, l) => a + l.raw, 0)
  const sumOurs = least.reduce((a, l) => a + l.ours, 0)
  console.log(`| all ${pageImages.length} | ${(sumRaw / pageImages.length).toFixed(2)}/page | ${(sumOurs / pageImages.length).toFixed(2)}/page | **${(sumOurs / sumRaw).toFixed(3)}** |`)
  const row = (name: string, s: Side, note: string): string =>
    `| ${name} | ${(s.pages / s.wall).toFixed(3)} | ${(s.cpu / s.pages).toFixed(2)} | ${s.childMb.toFixed(0)}${note ? ` + ${s.selfMb.toFixed(0)} ${note}` : ''} |`
  console.log('\npage images (one page at a time), all rounds summed\n| side | pages/s | CPU s/page | peak RSS MB (tesseract + node) |\n|---|---|---|---|')
  console.log(row('raw tesseract CLI', raw, ''))
  console.log(row('ours (image parser → record)', ours, 'node'))
  console.log(`ours/raw: wall ${(raw.pages / raw.wall / (ours.pages / ours.wall)).toFixed(3)}, CPU ${(ours.cpu / ours.pages / (raw.cpu / raw.pages)).toFixed(3)}`)

  if (!noPdf) {
    const rawPdf = side()
    const oursPdf = side()
    for (let r = 0; r < rounds; r++) {
      for (const d of docs) {
        if (d.pages.length < (await pagesOf(d.pdf))) continue // capped by --max-pages
        const bytes = new Uint8Array(readFileSync(d.pdf))
        const runs = [
          () => measure(rawPdf, d.pages.length, async () => {
            for (let p = 1; p <= d.pages.length; p++) {
              const img = join(dir, `raw-${p}`)
              await run('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', '-f', String(p), '-l', String(p), d.pdf, img])
              await run('tesseract', TESSERACT(`${img}.png`))
            }
          }),
          () => measure(oursPdf, d.pages.length, () => extractFile(bytes.slice(), basename(d.pdf), OPTIONS)),
        ]
        if (first++ % 2 === 1) runs.reverse()
        for (const go of runs) await go()
        process.stderr.write('.')
      }
    }
    process.stderr.write('\n')
    console.log('\nscanned PDFs, rendering included (one page at a time)\n| side | pages/s | CPU s/page | peak RSS MB (children + node) |\n|---|---|---|---|')
    console.log(row('raw pdftoppm + tesseract CLI', rawPdf, ''))
    console.log(row('ours (PDF parser → record)', oursPdf, 'node'))
    console.log(`ours/raw: wall ${(rawPdf.pages / rawPdf.wall / (oursPdf.pages / oursPdf.wall)).toFixed(3)}, CPU ${(oursPdf.cpu / oursPdf.pages / (rawPdf.cpu / rawPdf.pages)).toFixed(3)}`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
