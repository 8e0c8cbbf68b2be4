import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ERROR_CODES } from '../schemas/errors.ts'
import { createRng } from './prng.ts'
import { loadSeeds, mutate, pickSeed } from './fuzz-mutate.ts'

// Runs seeded mutations of the samples through `cchc extract DIR --out OUT`, in batches, and
// checks what users rely on: exit 0 or 1; one line `FILE: code: message` per failed file with
// a catalogue code, no stack trace; every input either written or reported (none lost, none
// twice); and no batch outliving its deadline (a hang).

export interface FuzzOptions {
  readonly repo: string
  readonly count: number
  readonly seed: number
  readonly batch?: number
  readonly env?: Record<string, string>
  // A batch still running after this long is a hang.
  readonly batchDeadlineMs?: number
  readonly onBatch?: (done: number, summary: FuzzSummary) => void
}

export interface FuzzSummary {
  inputs: number
  extracted: number
  failed: Record<string, number>
  // Anything that breaks a promise above, one line each (the input's mutations named).
  violations: string[]
  crashes: number
  hangs: number
  lost: number
  secs: number
}

const LINE = /^(.+?): ([a-z_]+): (.+)$/

export async function runFuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const seeds = loadSeeds(o.repo)
  const rng = createRng('fuzz', o.seed)
  const batch = o.batch ?? 100
  const sum: FuzzSummary = { inputs: 0, extracted: 0, failed: {}, violations: [], crashes: 0, hangs: 0, lost: 0, secs: 0 }
  const t0 = performance.now()
  const root = mkdtempSync(join(tmpdir(), 'cchc-fuzz-'))
  try {
    for (let first = 0; first < o.count; first += batch) {
      const dir = join(root, `in-${first}`), out = join(root, `out-${first}`)
      mkdirSync(dir)
      const cases = new Map<string, string>()
      for (let i = first; i < Math.min(o.count, first + batch); i++) {
        const seed = pickSeed(rng, seeds)
        const { bytes, applied } = mutate(rng, seed, pickSeed(rng, seeds))
        const name = `f${String(i).padStart(6, '0')}-${seed.name}${seed.ext}`
        writeFileSync(join(dir, name), bytes)
        cases.set(name, `${name} (${applied.join('+')})`)
      }
      sum.inputs += cases.size
      await checkBatch(o, dir, out, cases, sum)
      rmSync(dir, { recursive: true, force: true })
      rmSync(out, { recursive: true, force: true })
      sum.secs = (performance.now() - t0) / 1000
      o.onBatch?.(sum.inputs, sum)
    }
  } finally { rmSync(root, { recursive: true, force: true }) }
  return sum
}

async function checkBatch(o: FuzzOptions, dir: string, out: string, cases: Map<string, string>, sum: FuzzSummary): Promise<void> {
  const run = await runCli(o, ['extract', dir, '--out', out], o.batchDeadlineMs ?? Math.max(600_000, cases.size * 30_000))
  const where = `batch ${[...cases.keys()][0]}…`
  if (run.hung) { sum.hangs++; sum.violations.push(`${where}: still running at the deadline (hang)`) }
  else if (run.code !== 0 && run.code !== 1) { sum.crashes++; sum.violations.push(`${where}: exit ${run.code ?? run.signal} (${run.stderr.slice(-300).replace(/\n/g, ' | ')})`) }
  if (run.stdout !== '') sum.violations.push(`${where}: wrote to stdout with --out: ${run.stdout.slice(0, 200)}`)
  const reported = new Map<string, string>()
  for (const line of run.stderr.split('\n').filter((l) => l !== '')) {
    const m = LINE.exec(line)
    const name = m ? m[1]!.slice(dir.length + 1) : ''
    if (!m || !cases.has(name) || !(m[2]! in ERROR_CODES)) { sum.violations.push(`${where}: not a catalogue line: ${line.slice(0, 300)}`); continue }
    if (/\n\s+at |node:internal|FATAL/.test(m[3]!)) sum.violations.push(`${cases.get(name)}: a stack trace in its line: ${line.slice(0, 300)}`)
    if (reported.has(name)) sum.violations.push(`${cases.get(name)}: reported twice`)
    reported.set(name, m[2]!)
    sum.failed[m[2]!] = (sum.failed[m[2]!] ?? 0) + 1
  }
  const written = new Set(safeList(out))
  for (const [name, label] of cases) {
    const json = `${name.slice(0, name.lastIndexOf('.'))}.json`
    if (written.has(json)) sum.extracted++
    if (written.has(json) && reported.has(name)) sum.violations.push(`${label}: both written and reported`)
    if (!written.has(json) && !reported.has(name)) { sum.lost++; sum.violations.push(`${label}: neither written nor reported (lost)`) }
  }
}

const safeList = (dir: string): string[] => { try { return readdirSync(dir) } catch { return [] } }

interface Run { code: number | null; signal: string | null; stdout: string; stderr: string; hung: boolean }

function runCli(o: FuzzOptions, args: string[], deadlineMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(o.repo, 'bin/cchc.mjs'), ...args], { cwd: o.repo, env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = '', stderr = '', hung = false
    child.stdout.on('data', (d) => { stdout += d })
    child.stderr.on('data', (d) => { stderr += d })
    const timer = setTimeout(() => { hung = true; child.kill('SIGKILL') }, deadlineMs)
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr, hung }) })
  })
}
