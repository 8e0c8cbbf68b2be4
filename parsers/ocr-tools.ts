// The external programs of the OCR path: Tesseract (Debian tesseract-ocr + tesseract-ocr-vie,
// optionally tesseract-ocr-osd) and poppler's pdftoppm. Each runs as a child process of the parser
// worker, bounded like the worker itself: a wall-clock limit (the child is killed), and, through
// util-linux `prlimit` where present, a CPU-seconds limit (so a child outliving a terminated
// worker still ends) and an address-space limit (the worker's memory limit).
import { spawn } from 'node:child_process'
import { CchcError, type ErrorCode } from '../schemas/errors.ts'

const INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils'

export interface ToolLimits {
  readonly timeoutMs: number
  readonly memoryMb: number
}

export interface OcrTools {
  readonly osd: boolean // orientation data (tesseract-ocr-osd) installed
  readonly eng: boolean // English data (tesseract-ocr-eng, which Debian's tesseract-ocr depends on)
  readonly prlimit: boolean
}

let checked: Promise<OcrTools> | null = null

// Found once per process: tesseract with its Vietnamese data, and pdftoppm. A missing piece fails
// the file with needs_ocr naming what to install; nothing else changes.
export function ocrTools(): Promise<OcrTools> {
  checked ??= probe()
  const probing = checked
  probing.catch(() => { if (checked === probing) checked = null }) // installed later: look again
  return probing
}

async function probe(): Promise<OcrTools> {
  const langs = await capture('tesseract', ['--list-langs'])
  if (langs === null) throw new CchcError('needs_ocr', `OCR is not available: the tesseract program is missing (install it: ${INSTALL})`)
  const names = new Set(langs.split(/\s+/))
  if (!names.has('vie')) {
    throw new CchcError('needs_ocr', `OCR is not available: Tesseract has no Vietnamese data (vie) (install it: apt-get install tesseract-ocr-vie)`)
  }
  if (await capture('pdftoppm', ['-v']) === null) {
    throw new CchcError('needs_ocr', 'OCR is not available: the pdftoppm program is missing (install it: apt-get install poppler-utils)')
  }
  return { osd: names.has('osd'), eng: names.has('eng'), prlimit: await capture('prlimit', ['--version']) !== null }
}

// stdout+stderr of a short command, or null when it cannot be started or fails.
function capture(cmd: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    let out = ''
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (d: Buffer) => { out += d.toString('utf8') })
    child.stderr.on('data', (d: Buffer) => { out += d.toString('utf8') })
    child.on('error', () => resolve(null))
    child.on('close', (code) => resolve(code === 0 ? out : null))
  })
}

// What a tool reads on stdin: bytes written to it through a pipe, or an open file's descriptor.
export type ToolInput = Uint8Array | readonly Uint8Array[] | { readonly fd: number } | null

// Runs `cmd` with `input` on stdin and returns its stdout. A run over the time limit is killed
// (parse_timeout); one that ran out of its address space fails with parse_memory; any other
// failure with `failure`.
export function runTool(tools: OcrTools, cmd: string, args: readonly string[], input: ToolInput, limits: ToolLimits, what: string, failure: ErrorCode): Promise<Buffer> {
  const { cpuSeconds, file, argv } = bounded(tools, cmd, args, limits)
  return new Promise((resolve, reject) => {
    const stdin = input !== null && 'fd' in input ? input.fd : 'pipe'
    const child = spawn(file, argv, { stdio: [stdin, 'pipe', 'pipe'], env: toolEnv() })
    const chunks: Buffer[] = []
    let err = ''
    let timedOut = false
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL') }, limits.timeoutMs)
    child.stdout!.on('data', (d: Buffer) => chunks.push(d)) // piped, as stderr
    child.stderr!.on('data', (d: Buffer) => { if (err.length < 4000) err += d.toString('utf8') })
    child.on('error', (e) => { clearTimeout(timer); reject(new CchcError('needs_ocr', `${cmd} could not be started: ${e.message} (install it: ${INSTALL})`)) })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (timedOut) return reject(new CchcError('parse_timeout', `${what} took longer than ${limits.timeoutMs} ms`))
      if (code === 0) return resolve(Buffer.concat(chunks))
      reject(toolFailure(what, failure, err, code, signal, cpuSeconds, limits))
    })
    if (child.stdin === null) return // stdin is a file
    child.stdin.on('error', () => undefined) // a child that exits early closes its stdin
    const parts = input === null || 'fd' in input ? [] : input instanceof Uint8Array ? [input] : input
    for (const part of parts) child.stdin.write(part)
    child.stdin.end()
  })
}

// One thread per Tesseract: pages run in parallel instead, and OpenMP's spinning threads cost
// more than they give on a shared machine (a page took 15 s instead of 4 s).
export const toolEnv = (): NodeJS.ProcessEnv => ({ ...process.env, OMP_THREAD_LIMIT: '1' })

// The command line that runs `cmd` within the limits (through prlimit where present).
export function bounded(tools: OcrTools, cmd: string, args: readonly string[], limits: ToolLimits, cpuSeconds = Math.max(5, Math.ceil((2 * limits.timeoutMs) / 1000))): { cpuSeconds: number; file: string; argv: string[] } {
  return tools.prlimit
    ? { cpuSeconds, file: 'prlimit', argv: [`--cpu=${cpuSeconds}`, `--as=${limits.memoryMb * 1024 * 1024}`, '--', cmd, ...args] }
    : { cpuSeconds, file: cmd, argv: [...args] }
}

// Why a tool ended without its output: out of CPU time, out of address space, or `failure`.
export function toolFailure(what: string, failure: ErrorCode, err: string, code: number | null, signal: NodeJS.Signals | null, cpuSeconds: number, limits: ToolLimits): CchcError {
  if (signal === 'SIGXCPU') return new CchcError('parse_timeout', `${what} used more than ${cpuSeconds} s of CPU`)
  // a process short of address space fails to allocate, or to map its libraries and data
  if (/bad_alloc|cannot allocate|out of memory|failed to allocate|failed to map/i.test(err)) {
    return new CchcError('parse_memory', `${what} needed more than ${limits.memoryMb} MB`)
  }
  const reason = err.trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${code ?? signal}`
  return new CchcError(failure, `${what} failed: ${reason}`)
}
