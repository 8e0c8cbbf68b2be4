import { parseArgs } from 'node:util'
import { generateCorpus } from './generate.ts'
import type { DocFormat } from './types.ts'

// npx tsx testdata/cli.ts --out DIR --agencies 6 --years 2017-2021 --formats docx,pdf --seed 1 [--count N] [--per-year K]

const USAGE = 'usage: tsx testdata/cli.ts --out DIR [--agencies 6] [--years 2017-2021|2018,2021] [--formats docx,pdf,md] [--seed 1] [--count N] [--per-year K]'

function parseYears(s: string): number[] {
  return s.split(',').flatMap((part) => {
    const m = /^\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*$/.exec(part)
    if (!m) throw new Error(`bad years: ${s}`)
    const from = Number(m[1])
    const to = m[2] ? Number(m[2]) : from
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
  })
}

function intArg(v: string | undefined, name: string, fallback?: number): number | undefined {
  if (v === undefined) return fallback
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' }, agencies: { type: 'string' }, years: { type: 'string' }, formats: { type: 'string' },
      seed: { type: 'string' }, count: { type: 'string' }, 'per-year': { type: 'string' }, help: { type: 'boolean' },
    },
  })
  if (values.help || !values.out) { console.log(USAGE); process.exitCode = values.help ? 0 : 2; return }
  const formats = (values.formats ?? 'docx,pdf').split(',').map((f) => f.trim()) as DocFormat[]
  for (const f of formats) if (!['docx', 'pdf', 'md'].includes(f)) throw new Error(`unknown format ${f}`)
  const started = performance.now()
  const truth = await generateCorpus({
    outDir: values.out,
    seed: intArg(values.seed, 'seed', 1)!,
    agencies: intArg(values.agencies, 'agencies', 6)!,
    years: parseYears(values.years ?? '2017-2021'),
    formats,
    count: intArg(values.count, 'count'),
    docsPerAgencyYear: intArg(values['per-year'], 'per-year'),
  })
  const secs = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`${truth.documents.length} files, ${truth.agencies.length} agencies, ${truth.recurring.length} recurring deficiencies → ${values.out} (${secs}s; truth.json)`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
})
