// The second readings' strips (ocr-reread) are read by one Tesseract that stays up between pages
// and files, instead of one Tesseract per page: starting one with its two models (vie+eng) costs
// ~0.3 s of CPU, reading a strip ~0.02 s. It reads a list of image files on its stdin
// (stream_filelist) and writes each one's hOCR page when done. A strip goes to it as an unlinked
// file that this process holds open, named by /proc/PID/fd/N: nothing is left on disk however the
// parser ends. It runs within the limits of any tool (prlimit), one strip at a time within the
// page's time limit (killed past it); it is retired after MAX_STRIPS strips or IDLE_MS without
// work, and when this process ends its stdin closes and it ends too. A reader that dies for any
// other reason (CPU limit, crash, /proc not readable) has the strip read by a Tesseract of its own.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CchcError } from '../schemas/errors.ts'
import { toTiff, type GrayImage } from './ocr-raster.ts'
import { tesseract, unlinkedFile } from './ocr-tesseract.ts'
import { bounded, toolEnv, type OcrTools, type ToolLimits } from './ocr-tools.ts'

const MAX_STRIPS = 100
const IDLE_MS = 10_000
// Tesseract's hOCR page element, opened and closed on lines of their own
const PAGE_START = /<div class=['"]ocr_page['"]/
const PAGE_END = '\n  </div>\n'

interface Reader {
  readonly child: ChildProcess
  out: string
  strips: number
  queue: Promise<unknown>
  idle: NodeJS.Timeout | null
  ended: boolean
  // the strip being read gets its hOCR page, or null when the reader ended first
  waiting: ((page: string | null) => void) | null
}

const readers = new Map<string, Reader>()

// Readers up now (what a test or a diagnosis looks at).
export const stripReaders = (): number[] => [...readers.values()].map((r) => r.child.pid ?? 0)

// hOCR of `img` read as one block (psm 6) in `langs`.
export async function readStrip(tools: OcrTools, img: GrayImage, langs: string, limits: ToolLimits, what: string): Promise<string> {
  const own = async (): Promise<string> =>
    (await tesseract(tools, img, ['-l', langs, '--psm', '6', '--dpi', String(Math.round(img.dpi)), 'hocr'], limits, what)).toString('utf8')
  if (!existsSync(`/proc/${process.pid}/fd`)) return own()
  const key = `${langs} ${limits.timeoutMs} ${limits.memoryMb}`
  let reader = readers.get(key)
  if (reader === undefined) reader = start(tools, langs, limits, key)
  const r = reader
  if (++r.strips >= MAX_STRIPS) readers.delete(key) // the next strip starts a fresh one
  const turn = r.queue.then(() => readOne(r, key, img, limits, what))
  r.queue = turn.catch(() => undefined)
  if (r.strips >= MAX_STRIPS) void r.queue.then(() => retire(key, r))
  return (await turn) ?? own()
}

function start(tools: OcrTools, langs: string, limits: ToolLimits, key: string): Reader {
  const { file, argv } = bounded(tools, 'tesseract', ['-', 'stdout', '-l', langs, '--psm', '6', '-c', 'stream_filelist=1', 'hocr'], limits)
  const child = spawn(file, argv, { stdio: ['pipe', 'pipe', 'ignore'], env: toolEnv() })
  const reader: Reader = { child, out: '', strips: 0, queue: Promise.resolve(), idle: null, ended: false, waiting: null }
  readers.set(key, reader)
  // Idle, it holds no event loop open: this process may end, and with it the reader.
  child.unref()
  for (const s of [child.stdin, child.stdout] as ({ unref?: () => void } | null)[]) s?.unref?.()
  child.stdin!.on('error', () => undefined) // gone: its close tells
  child.stdout!.setEncoding('utf8')
  child.stdout!.on('data', (d: string) => {
    reader.out += d
    const from = reader.out.search(PAGE_START)
    const end = from < 0 ? -1 : reader.out.indexOf(PAGE_END, from)
    if (end < 0) return
    const page = reader.out.slice(from, end + PAGE_END.length)
    reader.out = reader.out.slice(end + PAGE_END.length)
    reader.waiting?.(page)
  })
  const gone = (): void => {
    reader.ended = true
    if (readers.get(key) === reader) readers.delete(key)
    if (reader.idle) clearTimeout(reader.idle)
    reader.waiting?.(null)
  }
  child.on('error', gone)
  child.on('close', gone)
  return reader
}

// The strip's hOCR page, or null when the reader ended without it.
async function readOne(reader: Reader, key: string, img: GrayImage, limits: ToolLimits, what: string): Promise<string | null> {
  if (reader.idle) clearTimeout(reader.idle)
  const file = await unlinkedFile(toTiff(img))
  if (file === null) return null
  try {
    return await new Promise<string | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        reader.waiting = null
        retire(key, reader, 'SIGKILL')
        reject(new CchcError('parse_timeout', `${what} took longer than ${limits.timeoutMs} ms`))
      }, limits.timeoutMs)
      reader.waiting = (page) => {
        clearTimeout(timer)
        reader.waiting = null
        resolve(page)
      }
      if (reader.ended) return reader.waiting(null)
      reader.child.stdin!.write(`/proc/${process.pid}/fd/${file.fd}\n`)
    })
  } finally {
    await file.close()
    if (reader.waiting === null && readers.get(key) === reader) reader.idle = setTimeout(() => retire(key, reader), IDLE_MS).unref()
  }
}

// Asked to end once its list is read, or killed at once.
function retire(key: string, reader: Reader, signal?: NodeJS.Signals): void {
  if (readers.get(key) === reader) readers.delete(key)
  if (reader.idle) clearTimeout(reader.idle)
  if (signal) reader.child.kill(signal)
  else reader.child.stdin!.end()
}
