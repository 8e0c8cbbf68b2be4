import cliProgress from 'cli-progress'

// tick: a file is done; pages: a scan being read by OCR has `done` of `total` pages read.
export interface Progress { tick(label: string): void; pages(label: string, done: number, total: number): void; stop(): void }

// A bar with count, rate and ETA on a terminal; plain progress lines (every 2 s) otherwise,
// so logs and CI output stay readable. Scans count their pages as OCR reads them (a scan of
// 30 pages takes minutes: the bar shows it moving, and the pages read so far in all files).
export function createProgress(total: number, stream: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean }): Progress {
  let done = 0
  let ocrPages = 0
  const reading = new Map<string, string>() // file → "3/12"
  const started = Date.now()
  const ocrLabel = (): string => (ocrPages > 0 || reading.size > 0
    ? `OCR ${ocrPages} page(s)${[...reading.values()].map((p) => ` [${p}]`).join('')} | ` : '')
  if ((stream as NodeJS.WriteStream).isTTY) {
    const bar = new cliProgress.SingleBar({
      format: 'import [{bar}] {value}/{total} | {rate} docs/s | ETA {eta_formatted} | {ocr}{label}', stream: stream as NodeJS.WriteStream,
      hideCursor: true, clearOnComplete: false,
    }, cliProgress.Presets.shades_classic)
    bar.start(total, 0, { rate: '0.0', label: '', ocr: '' })
    const rate = (): string => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1)
    return {
      tick(label) { done++; reading.delete(label); bar.update(done, { rate: rate(), label: label.slice(-40), ocr: ocrLabel() }) },
      pages(label, read, of) {
        if (read > 0) ocrPages++
        if (read < of) reading.set(label, `${read}/${of}`)
        else reading.delete(label)
        bar.update(done, { rate: rate(), label: label.slice(-40), ocr: ocrLabel() })
      },
      stop() { bar.stop() },
    }
  }
  let last = 0
  const line = (force: boolean): void => {
    const now = Date.now()
    if (!force && now - last < 2000) return
    last = now
    const rate = done / Math.max(0.001, (now - started) / 1000)
    const ocr = ocrPages > 0 ? ` OCR ${ocrPages} page(s)` : ''
    stream.write(`import ${done}/${total} ${rate.toFixed(1)} docs/s ETA ${Math.round((total - done) / Math.max(rate, 0.001))}s${ocr}\n`)
  }
  return {
    tick(label) { done++; reading.delete(label); line(done === total) },
    pages(label, read, of) {
      if (read > 0) ocrPages++
      if (read < of) reading.set(label, `${read}/${of}`)
      else reading.delete(label)
      line(false)
    },
    stop() {},
  }
}
