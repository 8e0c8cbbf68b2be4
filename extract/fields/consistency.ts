import type { RecordWarning } from '../../schemas/record.ts'
import { matchKey } from '../text/normalize.ts'
import { nearlyEqual } from '../text/numbers.ts'
import type { ScoreDraft } from './scores.ts'

interface Pointed { code: string | null; title: string | null; area: string | null; max: number | null; achieved: number | null; deducted: number | null; start: number; end: number }

const dice = (a: string, b: string) => {
  const x = a.split(' '), y = new Map<string, number>()
  const bs = b.split(' ')
  for (const t of bs) y.set(t, (y.get(t) ?? 0) + 1)
  let c = 0
  for (const t of x) { const k = y.get(t); if (k) { c++; y.set(t, k - 1) } }
  return (2 * c) / (x.length + bs.length)
}

// Checks an auditor wants flagged rather than silently trusted.
export function checkConsistency(findings: Pointed[], scores: ScoreDraft[], titles: { code: string; title: string; start: number; end: number }[]): RecordWarning[] {
  const out: RecordWarning[] = []
  for (const f of findings) {
    if (f.max !== null && f.achieved !== null && f.deducted !== null && !nearlyEqual(f.max - f.achieved, f.deducted))
      out.push({ code: 'score_mismatch', span: [f.start, f.end], message: `${f.code ?? f.title}: max ${f.max} − achieved ${f.achieved} ≠ deducted ${f.deducted}` })
  }
  for (const s of scores) {
    if (s.scope !== 'area' || s.deducted === null || !s.label) continue
    const mine = findings.filter((f) => f.area === s.label)
    if (mine.length === 0 || mine.some((f) => f.deducted === null)) continue
    const sum = mine.reduce((a, f) => a + (f.deducted ?? 0), 0)
    if (!nearlyEqual(sum, s.deducted, 0.02))
      out.push({ code: 'deduction_sum_mismatch', span: [s.start, s.end], message: `area "${s.label}" loses ${s.deducted} points but its criteria add up to ${Math.round(sum * 100) / 100}` })
  }
  const byCode = new Map<string, { title: string; start: number; end: number }>()
  for (const t of titles) {
    const prev = byCode.get(t.code)
    if (!prev) { byCode.set(t.code, t); continue }
    const a = matchKey(prev.title), b = matchKey(t.title)
    if (a.includes(b) || b.includes(a) || dice(a, b) >= 0.5) continue
    out.push({ code: 'code_title_conflict', span: [t.start, t.end], message: `criterion ${t.code} is titled "${prev.title}" and "${t.title}"` })
  }
  return out
}
