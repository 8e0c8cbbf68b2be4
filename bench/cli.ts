// Wall time of the CLI as a user runs it (`node bin/cchc.mjs …`, a new process each time) on the
// embedded store with the samples imported: p50/p95 of each command beside `node -e 0`, the
// floor of any Node process on this machine, and beside the same command of another commit.
//   npx tsx bench/cli.ts [--data-dir DIR] [--runs 10] [--baseline REF] [--ours REF]
// Without --data-dir the samples are imported into a temporary store first (~1–2 min).
// --baseline REF: that commit's sources (git archive, into a temporary folder using this
// checkout's node_modules) are run the same way, interleaved run by run with ours. --ours REF
// measures that commit instead of this checkout, so editing it meanwhile changes nothing.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = fileURLToPath(new URL('../', import.meta.url))
const flag = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined }
const runs = Number(flag('--runs') ?? 10)
const baselineRef = flag('--baseline')
const temp: string[] = []

function importSamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-cli-'))
  temp.push(dir)
  console.log(`importing samples/ into ${dir} …`)
  spawnSync(process.execPath, [join(REPO, 'bin/cchc.mjs'), 'import', '-q', 'samples', '--data-dir', join(dir, 'data')], { cwd: REPO, stdio: 'inherit' })
  return join(dir, 'data')
}

// Another commit's sources beside ours, with our node_modules (the packages are the same).
function checkout(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-base-'))
  temp.push(dir)
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`], { cwd: REPO })
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

const dataDir = flag('--data-dir') ?? importSamples()
if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new Error(`${dataDir}: no embedded store there (import the samples first)`)
const base = baselineRef ? checkout(baselineRef) : null
const oursRef = flag('--ours')
const ours = oursRef ? checkout(oursRef) : REPO

const COMMANDS: { name: string; args: string[] }[] = [
  { name: '--version', args: ['--version'] },
  { name: 'search --criterion "sang kien"', args: ['search', '--criterion', 'sang kien', '--data-dir', dataDir] },
  { name: 'deficiencies', args: ['deficiencies', '--data-dir', dataDir] },
  { name: 'show 1', args: ['show', '1', '--data-dir', dataDir] },
]

// CPU time of the waited-for children (Linux: cutime + cstime of /proc/self/stat, in 10 ms
// ticks): on a machine other processes share, it moves less than wall time does.
const childCpuMs = (): number => {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(f[13]) + Number(f[14])) * 10
}

const cpu = new Map<string, number[]>()
function wall(args: string[], cwd: string, key = ''): number {
  const cpu0 = childCpuMs()
  const start = performance.now()
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = performance.now() - start
  if (r.status !== 0) throw new Error(`${args.join(' ')} (in ${cwd}): exit ${r.status}: ${r.stderr}`)
  cpu.set(key, [...(cpu.get(key) ?? []), childCpuMs() - cpu0])
  return ms
}

const pct = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
const fmt = (xs: number[] | null) => (xs ? `${(pct(xs, 0.5) / 1000).toFixed(2).padStart(6)} ${(pct(xs, 0.95) / 1000).toFixed(2).padStart(6)}` : ''.padStart(13))

// One unmeasured run each first: it writes the compile cache and warms the file cache.
const sides = [{ label: 'now', root: ours }, ...(base ? [{ label: baselineRef!, root: base }] : [])]
for (const s of sides) for (const c of COMMANDS) wall([join(s.root, 'bin/cchc.mjs'), ...c.args], s.root)

const load0 = loadavg()[0]
const floor: number[] = []
const times = new Map<string, number[]>()
for (let i = 0; i < runs; i++) {
  floor.push(wall(['-e', '0'], REPO, 'floor'))
  for (const c of COMMANDS) for (const s of sides) {
    const key = `${s.label}\0${c.name}`
    times.set(key, [...(times.get(key) ?? []), wall([join(s.root, 'bin/cchc.mjs'), ...c.args], s.root, key)])
  }
}

console.log(`\n${runs} runs each, interleaved; load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} cores`)
const cpuP50 = (key: string) => `${(pct(cpu.get(key)!, 0.5) / 1000).toFixed(2).padStart(6)}`
if (oursRef) console.log(`now = ${oursRef}`)
console.log(`${'command'.padEnd(34)} ${'wall p50 p95 s'.padStart(13)} ${'CPU p50 s'.padStart(9)}${base ? `   ${`${baselineRef}: wall p50 p95, CPU p50 s`}` : ''}`)
console.log(`${'node -e 0 (floor)'.padEnd(34)} ${fmt(floor)} ${cpuP50('floor').padStart(9)}`)
for (const c of COMMANDS) {
  const [ours, theirs] = [`now\0${c.name}`, `${baselineRef}\0${c.name}`]
  console.log(`${`cchc ${c.name}`.padEnd(34)} ${fmt(times.get(ours)!)} ${cpuP50(ours).padStart(9)}${base ? `   ${fmt(times.get(theirs)!)} ${cpuP50(theirs).padStart(9)}` : ''}`)
}
for (const d of temp) rmSync(d, { recursive: true, force: true })
