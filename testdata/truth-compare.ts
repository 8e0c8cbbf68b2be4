import type { Db } from '../store/db.ts'
import { textKey } from '../store/keys.ts'
import { listDeficiencies } from '../store/queries/index.ts'
import type { CorpusTruth } from './types.ts'

// Compares a store holding a generated corpus (and possibly other documents) with the corpus's
// truth.json: the agencies its documents were filed under, and the recurring deficiencies.
// Keys fold diacritics so "Tịnh Biên" and "Tinh Bien" compare equal, as the store does.
export interface TruthComparison {
  agencies: { want: string[]; got: string[] }
  recurring: { want: string[]; got: string[] }
  // agency rows that no document points at
  orphanAgencies: string[]
  equal: boolean
}

const agencyKey = (name: string, province: string | null) => `${textKey(name)}|${province ?? ''}`
const recurringKey = (agency: string, province: string | null, codes: readonly string[], years: readonly number[]) =>
  `${agencyKey(agency, province)}|${[...codes].sort().join(',')}|${[...years].sort().join(',')}`

export async function compareWithTruth(db: Db, truth: CorpusTruth): Promise<TruthComparison> {
  const files = truth.documents.map((d) => d.file.split('/').pop()!)
  const rows = await db.query<{ name: string; province: string | null }>(
    `SELECT DISTINCT a.name, a.province FROM documents d JOIN agencies a ON a.id = d.agency_id
     WHERE d.file_name = ANY($1::text[]) OR EXISTS (SELECT 1 FROM document_names n WHERE n.document_id = d.id AND n.file_name = ANY($1::text[]))`, [files])
  const got = rows.map((r) => agencyKey(r.name, r.province)).sort()
  const want = [...new Set(truth.agencies.map((a) => agencyKey(a.name, a.province)))].sort()
  const defs = await listDeficiencies(db, { recurring: true, limit: 100_000 })
  const gotRec = defs.map((r) => recurringKey(r.agency, r.province, r.codes, r.years)).sort()
  const wantRec = truth.recurring.map((r) => recurringKey(r.agency.name, r.agency.province, r.codes, r.years)).sort()
  const orphans = await db.query<{ name: string; province: string | null }>(
    'SELECT a.name, a.province FROM agencies a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.agency_id = a.id) ORDER BY a.id')
  const orphanAgencies = orphans.map((o) => agencyKey(o.name, o.province))
  const equal = JSON.stringify(got) === JSON.stringify(want) && JSON.stringify(gotRec) === JSON.stringify(wantRec) && orphanAgencies.length === 0
  return { agencies: { want, got }, recurring: { want: wantRec, got: gotRec }, orphanAgencies, equal }
}

// What differs, one line each ("- missing", "+ extra").
export function describeDifference(c: TruthComparison): string[] {
  const diff = (label: string, want: string[], got: string[]) => [
    ...want.filter((w) => !got.includes(w)).map((w) => `${label} - ${w}`), ...got.filter((g) => !want.includes(g)).map((g) => `${label} + ${g}`)]
  return [...diff('agency', c.agencies.want, c.agencies.got), ...diff('recurring', c.recurring.want, c.recurring.got),
    ...c.orphanAgencies.map((o) => `orphan agency ${o}`)]
}
