import cliProgress from 'cli-progress'

export interface Progress { tick(label: string): void; stop(): void }

// A bar with count, rate and ETA on a terminal; plain progress lines (every 2 s) otherwise,
// so logs and CI output stay readable.
export function createProgress(total: number, stream: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean }): Progress {
  let done = 0
  const started = Date.now()
  if ((stream as NodeJS.WriteStream).isTTY) {
    const bar = new cliProgress.SingleBar({
      format: 'import [{bar}] {value}/{total} | {rate} docs/s | ETA {eta_formatted} | {label}', stream: stream as NodeJS.WriteStream,
      hideCursor: true, clearOnComplete: false,
    }, cliProgress.Presets.shades_classic)
    bar.start(total, 0, { rate: '0.0', label: '' })
    return {
      tick(label) { done++; bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1), label: label.slice(-40) }) },
      stop() { bar.stop() },
    }
  }
  let last = 0
  return {
    tick() {
      done++
      const now = Date.now()
      if (now - last < 2000 && done !== total) return
      last = now
      const rate = done / Math.max(0.001, (now - started) / 1000)
      stream.write(`import ${done}/${total} ${rate.toFixed(1)} docs/s ETA ${Math.round((total - done) / Math.max(rate, 0.001))}s\n`)
    },
    stop() {},
  }
}
