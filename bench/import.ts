// Bulk import throughput and peak memory: `cchc import` itself, run as a child process exactly as
// a user runs it, over generated .docx and .pdf documents, into the embedded store (PGlite in a
// temporary data directory) and into the PostgreSQL server (a temporary database, dropped after).
//   npx tsx bench/import.ts [--count 2000] [--dir /tmp/cchc-bench-corpus-2000] [--formats docx,pdf]
//                           [--only embedded|server] [--baseline]
// Peak RSS is the highest sum, sampled every 50 ms, of the resident memory of the importer's
// process and all its descendants (its parser processes; before they were threads inside it)
// — the embedded database is in the importer's own process. --baseline first runs the same import the way it ran
// before the importer was compiled: through tsx, one parser thread per core.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const REPO = fileURLToPath(new URL('../', import.meta.url))
const BIN = join(REPO, 'bin/cchc.mjs')
const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt }
const count = Number(arg('--count', '2000'))
const dir = arg('--dir', join(tmpdir(), `cchc-bench-corpus-${count}`))
const formats = arg('--formats', 'docx,pdf').split(',')
const only = arg('--only', '')
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

if (!existsSync(dir) || readdirSync(dir).length < count) {
  const t0 = performance.now()
  execFileSync(process.execPath, ['--import', 'tsx', 'testdata/cli.ts', '--out', dir, '--agencies', '40', '--years', '2016-2022', '--formats', 'docx,pdf', '--seed', '5', '--count', String(count)], { stdio: 'ignore', cwd: REPO })
  console.log(`generated ${count} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${dir}`)
}
// The chosen files, linked into one folder: the importer walks a folder as users give it one.
const files = readdirSync(dir).filter((f) => formats.includes(f.slice(f.lastIndexOf('.') + 1))).sort().slice(0, count)
const input = mkdtempSync(join(tmpdir(), 'cchc-bench-input-'))
for (const f of files) symlinkSync(join(dir, f), join(input, f))
const byFormat = Object.fromEntries(formats.map((x) => [x, files.filter((f) => f.endsWith(`.${x}`)).length]))

interface Run { readonly secs: number; readonly peakMb: number; readonly summary: string; readonly code: number }

// Polls the resident memory of the importer and its descendants (Linux); the peak is kept.
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch { /* exited */ }
  }
  let total = 0
  for (const todo = [root]; todo.length > 0;) {
    const pid = todo.pop()!
    try { total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) } catch { /* exited */ }
    todo.push(...(children.get(pid) ?? []))
  }
  return total
}

function runImport(args: readonly string[], env: Record<string, string>): Promise<Run> {
  const t0 = performance.now()
  const child = spawn(process.execPath, [BIN, 'import', '-q', input, ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let peakKb = 0, out = ''
  const poll = setInterval(() => { peakKb = Math.max(peakKb, treeRssKb(child.pid!)) }, 50)
  child.stdout.on('data', (d) => { out += d })
  child.stderr.on('data', (d) => { out += d })
  return new Promise((resolve) => child.on('exit', (code) => {
    clearInterval(poll)
    resolve({ secs: (performance.now() - t0) / 1000, peakMb: peakKb / 1024, summary: out.split('\n').find((l) => l.startsWith('done:')) ?? out.trim().split('\n').pop() ?? '', code: code ?? -1 })
  }))
}

function report(label: string, r: Run, base?: Run) {
  const stored = /(\d+) stored/.exec(r.summary)?.[1] ?? '?', failed = /(\d+) failed/.exec(r.summary)?.[1] ?? '?'
  const rate = files.length / r.secs
  const vs = base ? `  ×${(rate / (files.length / base.secs)).toFixed(2)} docs/s, ×${(r.peakMb / base.peakMb).toFixed(2)} RSS vs baseline` : ''
  console.log(`${label.padEnd(44)} ${stored.padStart(5)} stored ${failed.padStart(3)} failed  ${rate.toFixed(1).padStart(6)} docs/s  ${r.secs.toFixed(0).padStart(4)} s  peak RSS ${r.peakMb.toFixed(0)} MB${vs}${r.code === 0 ? '' : `  (exit ${r.code}: ${r.summary})`}`)
}

async function embedded(label: string, env: Record<string, string> = {}, extra: string[] = [], base?: Run): Promise<Run> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-bench-db-'))
  try {
    const r = await runImport(['--data-dir', dataDir, ...extra], env)
    report(label, r, base)
    return r
  } finally { rmSync(dataDir, { recursive: true, force: true }) }
}

async function server(label: string, env: Record<string, string> = {}, extra: string[] = [], base?: Run): Promise<Run | null> {
  const name = `cchc_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  try { await admin.connect() } catch (e) { console.log(`server: skipped (${(e as Error).message})`); return null }
  try {
    await admin.query(`CREATE DATABASE ${name}`)
    const url = new URL(serverUrl); url.pathname = `/${name}`
    const r = await runImport(['--database-url', url.href, ...extra], env)
    report(label, r, base)
    return r
  } finally { await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await admin.end() }
}

console.log(`bench/import — ${files.length} files ${JSON.stringify(byFormat)}, \`cchc import\` with default parser threads, node ${process.version}`)
const tsx = { CCHC_NO_COMPILE: '1' }, perCore = ['--concurrency', String(availableParallelism())]
try {
  if (only !== 'server') {
    const base = process.argv.includes('--baseline') ? await embedded('embedded, baseline (tsx, a thread per core)', tsx, perCore) : undefined
    await embedded('embedded (PGlite on disk)', {}, [], base)
  }
  if (only !== 'embedded') {
    const base = process.argv.includes('--baseline') ? await server('server, baseline (tsx, a thread per core)', tsx, perCore) ?? undefined : undefined
    await server('server (PostgreSQL)', {}, [], base)
  }
} finally { rmSync(input, { recursive: true, force: true }) }
