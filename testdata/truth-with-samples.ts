import type { ExtractionRecord } from '../schemas/record.ts'
import { textKey } from '../store/keys.ts'
import { CONCEPTS, critFor, schemeFor, type AgencyType } from './catalogue.ts'
import { recurringOf } from './truth.ts'
import type { CorpusTruth, TruthAgency, TruthDocument } from './types.ts'

// A corpus's truth when other documents (the samples) share its store: a sample of an agency the
// corpus also writes for can make a criterion recurring that the corpus alone does not (the
// sample's 2016 loss on 1.5.3 and the corpus's 2017 loss on it). The samples' findings are
// mapped to the corpus's criterion concepts by the scheme of their agency and year and their
// code; a code the catalogue does not know is a concept of its own.
export function truthWithSamples(truth: CorpusTruth, samples: readonly ExtractionRecord[]): CorpusTruth {
  const key = (name: string, province: string | null) => `${textKey(name)}|${province ?? ''}`
  const corpusAgencies = new Map(truth.agencies.map((a) => [key(a.name, a.province), a]))
  const extra = samples.flatMap((r): TruthDocument[] => {
    if (!r.issuer || r.assessmentYear === null || r.findings.length === 0) return []
    const k = key(r.issuer.name, r.province)
    const agency: TruthAgency = corpusAgencies.get(k) ?? { key: `sample:${k}`, name: r.issuer.name, province: r.province ?? '', code: '' }
    const type: AgencyType = /huyện|thị xã|thành phố/i.test(r.issuer.name) && !/^sở/i.test(r.issuer.name) ? 'huyen' : 'so'
    const scheme = schemeFor(type, r.assessmentYear)
    const findings = r.findings.filter((f) => f.code).map((f) => ({
      code: f.code!, title: f.title ?? '', deducted: f.deducted ?? 0, max: f.max ?? 0, achieved: f.achieved ?? 0,
      conceptId: CONCEPTS.find((c) => critFor(c, scheme)?.[0] === f.code)?.id ?? `sample:${k}:${f.code}`,
    }))
    return [{ agency, assessmentYear: r.assessmentYear, findings } as unknown as TruthDocument]
  })
  return { ...truth, recurring: recurringOf([...truth.documents, ...extra]) }
}
