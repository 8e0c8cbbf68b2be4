import type { Agency } from './agencies.ts'
import type { TruthAgency, TruthDocument, TruthRecurring } from './types.ts'

// Recurring deficiencies as the written corpus shows them: a criterion concept (not a code)
// that lost points in at least two assessment years of the same agency.

export const truthAgency = (a: Agency): TruthAgency => ({ key: a.key, name: a.name, province: a.province, code: a.code })

export function recurringOf(documents: readonly TruthDocument[]): TruthRecurring[] {
  const byKey = new Map<string, { agency: TruthAgency; conceptId: string; years: Set<number>; codes: Set<string> }>()
  for (const d of documents) {
    for (const f of d.findings) {
      const key = `${d.agency.key}\u0000${f.conceptId}`
      const entry = byKey.get(key) ?? { agency: d.agency, conceptId: f.conceptId, years: new Set(), codes: new Set() }
      entry.years.add(d.assessmentYear)
      entry.codes.add(f.code)
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()].filter((e) => e.years.size >= 2).map((e) => ({
    agency: e.agency, conceptId: e.conceptId, years: [...e.years].sort((a, b) => a - b), codes: [...e.codes],
  }))
}
