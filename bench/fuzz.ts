// Seeded fuzzing of `cchc extract` over mutated samples in every format (testdata/fuzz-run.ts).
//   npx tsx bench/fuzz.ts [--count 10000] [--seed 1] [--batch 100] [--timeout-ms 20000]
// Prints progress per batch and a summary; exit 1 if any input crashed the CLI, hung, was lost
// or was reported other than as one catalogue line.
import { fileURLToPath } from 'node:url'
import { runFuzz, type FuzzSummary } from '../testdata/fuzz-run.ts'

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1]! : dflt }
const count = Number(arg('--count', '10000')), seed = Number(arg('--seed', '1')), batch = Number(arg('--batch', '100'))
const timeoutMs = arg('--timeout-ms', '20000')

const line = (s: FuzzSummary) => `${s.inputs} inputs in ${s.secs.toFixed(0)} s (${(s.inputs / Math.max(s.secs, 0.001)).toFixed(1)}/s): ` +
  `${s.extracted} extracted, ${Object.values(s.failed).reduce((a, b) => a + b, 0)} failed with a code; ` +
  `${s.crashes} crashes, ${s.hangs} hangs, ${s.lost} lost, ${s.violations.length} violations`

console.log(`bench/fuzz — seed ${seed}, ${count} inputs in batches of ${batch}, CCHC_TIMEOUT_MS=${timeoutMs}, node ${process.version}`)
const summary = await runFuzz({
  repo: fileURLToPath(new URL('../', import.meta.url)), count, seed, batch, env: { CCHC_TIMEOUT_MS: timeoutMs },
  onBatch: (_done, s) => console.log(line(s)),
})
console.log(`codes: ${JSON.stringify(Object.fromEntries(Object.entries(summary.failed).sort(([, a], [, b]) => b - a)))}`)
for (const v of summary.violations) console.log(`VIOLATION ${v}`)
console.log(`summary: ${line(summary)}`)
process.exitCode = summary.violations.length > 0 ? 1 : 0
