import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractFile } from '../pipeline/extract-file.ts'
import type { CorpusTruth, TruthDocument } from './types.ts'

// Scores the project's extractor against a generated corpus's truth.json:
//   npx tsx testdata/check-extraction.ts DIR [docx|pdf|md]
// prints one line per document the extractor gets wrong, then counts by kind of mismatch.

type Rec = Awaited<ReturnType<typeof extractFile>>

export function mismatches(d: TruthDocument, rec: Rec): string[] {
  const out: string[] = []
  const got = new Map(rec.findings.map((f) => [f.code, f]))
  for (const f of d.findings) {
    const g = got.get(f.code)
    if (!g) out.push(`missing ${f.code}`)
    else if (g.deducted !== f.deducted) out.push(`deducted ${f.code}: ${g.deducted} ≠ ${f.deducted}`)
  }
  for (const e of rec.findings) if (!d.findings.some((t) => t.code === e.code)) out.push(`extra ${e.code}`)
  for (const r of d.remediation ?? []) {
    const g = got.get(r.code)
    if (g && g.status !== r.status) out.push(`status ${r.code}: ${g.status} ≠ ${r.status}`)
  }
  if (rec.number?.normalized !== d.number) out.push(`number: ${rec.number?.normalized} ≠ ${d.number}`)
  if (rec.date?.iso !== d.date) out.push(`date: ${rec.date?.iso} ≠ ${d.date}`)
  if (rec.assessmentYear !== d.assessmentYear) out.push(`assessmentYear: ${rec.assessmentYear} ≠ ${d.assessmentYear}`)
  if (rec.kind !== d.kind) out.push(`kind: ${rec.kind} ≠ ${d.kind}`)
  return out
}

async function main(): Promise<void> {
  const [dir, format] = process.argv.slice(2)
  if (!dir) { console.log('usage: tsx testdata/check-extraction.ts DIR [docx|pdf|md]'); process.exitCode = 2; return }
  const truth: CorpusTruth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'))
  const counts: Record<string, number> = {}
  let ok = 0
  let bad = 0
  for (const d of truth.documents) {
    if (format && d.format !== format) continue
    const rec = await extractFile(new Uint8Array(readFileSync(join(dir, d.file))), d.file)
    const issues = mismatches(d, rec)
    if (!issues.length) { ok++; continue }
    bad++
    console.log(`${d.file}: ${issues.join('; ')}`)
    for (const i of issues) counts[i.split(/[ :]/)[0]] = (counts[i.split(/[ :]/)[0]] ?? 0) + 1
  }
  console.log(`${ok} documents match, ${bad} differ`, counts)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
