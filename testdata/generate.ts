import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pickAgencies, type Agency } from './agencies.ts'
import { isoDate, randomDate, type DocDate } from './compose-common.ts'
import { composePlan } from './compose-plan.ts'
import { composeReport } from './compose-report.ts'
import { writeDocx } from './docx-writer.ts'
import { writeMd } from './md-writer.ts'
import { writePdf } from './pdf-writer.ts'
import { planAgency, type AgencyPlan } from './plan-truth.ts'
import { createRng, type Rng } from './prng.ts'
import { recurringOf, truthAgency } from './truth.ts'
import type { Composed, CorpusTruth, DocFormat, DocKind, TruthDocument } from './types.ts'

export type { CorpusTruth, TruthDocument, TruthFinding, TruthRecurring } from './types.ts'

export interface GenerateOptions {
  seed: number
  agencies: number
  years: number[]
  formats: DocFormat[]
  outDir: string
  // documents per agency and assessment year; default: the plan, plus a remediation report
  // for the agency-years that have one
  docsPerAgencyYear?: number
  // stop once this many files exist, cycling agencies, years and variants (benchmarks)
  count?: number
  // an image (PNG or JPEG) drawn as the seal over the signature of every PDF (benchmarks)
  stamp?: Buffer
}

interface DocSpec { plan: AgencyPlan; year: number; variant: number; kind: DocKind }

const kindOf = (p: AgencyPlan, year: number, v: number): DocKind =>
  v % 2 === 1 && p.years.get(year)!.hasRemediation ? 'bao_cao' : 'ke_hoach'

function* specs(plans: AgencyPlan[], years: number[], o: GenerateOptions): Generator<DocSpec> {
  const last = o.count !== undefined ? Infinity : (o.docsPerAgencyYear ?? 2) - 1
  for (let v = 0; v <= last; v++) {
    for (const plan of plans) {
      for (const year of years) {
        if (o.docsPerAgencyYear === undefined && o.count === undefined && v === 1 && !plan.years.get(year)!.hasRemediation) continue
        yield { plan, year, variant: v, kind: kindOf(plan, year, v) }
      }
    }
  }
}

interface Identity { rng: Rng; seq: number; number: string; date: DocDate }

// Number and date come first from the document's own stream, so a report can cite its plan.
function identity(seed: number, a: Agency, year: number, v: number, kind: DocKind): Identity {
  const rng = createRng(seed, 'doc', a.key, year, v)
  const seq = rng.int(12, 1450)
  const date = kind === 'ke_hoach' ? randomDate(rng, year + 1, 1, 8) : randomDate(rng, year + 1, 9, 12)
  return { rng, seq, number: `${seq}/${kind === 'ke_hoach' ? 'KH' : 'BC'}-${a.code}`, date }
}

function compose(seed: number, s: DocSpec, id: Identity): Composed {
  const { agency } = s.plan
  const yearPlan = s.plan.years.get(s.year)!
  if (s.kind === 'ke_hoach') return composePlan({ agency, plan: yearPlan, number: id.number, date: id.date, rng: id.rng })
  const ref = identity(seed, agency, s.year, 0, 'ke_hoach')
  return composeReport({ agency, plan: yearPlan, number: id.number, date: id.date, planRef: { number: ref.number, date: ref.date }, rng: id.rng })
}

async function render(doc: Composed, format: DocFormat, author: string, year: number, stamp?: Buffer): Promise<Buffer> {
  if (format === 'docx') return writeDocx(doc, { creator: author })
  if (format === 'pdf') return writePdf(doc, { author, year, stamp })
  return writeMd(doc)
}

export async function generateCorpus(options: GenerateOptions): Promise<CorpusTruth> {
  const years = [...new Set(options.years)].sort((a, b) => a - b)
  if (!years.length || !options.formats.length || options.agencies < 1) throw new Error('need at least one agency, year and format')
  const agencies = pickAgencies(options.seed, options.agencies)
  const plans = agencies.map((a, i) => planAgency(options.seed, a, i, years))
  await mkdir(options.outDir, { recursive: true })
  const documents: TruthDocument[] = []
  const limit = options.count ?? Infinity
  for (const s of specs(plans, years, options)) {
    if (documents.length >= limit) break
    const a = s.plan.agency
    const id = identity(options.seed, a, s.year, s.variant, s.kind)
    const composed = compose(options.seed, s, id)
    const yearPlan = s.plan.years.get(s.year)!
    const stem = `${s.kind === 'ke_hoach' ? 'kh' : 'bc-khacphuc'}-${id.seq}-${a.key}-${id.date.y}${s.variant >= 2 || (s.variant === 1 && s.kind === 'ke_hoach') ? `-v${s.variant}` : ''}`
    for (const format of options.formats) {
      if (documents.length >= limit) break
      const file = `${stem}.${format}`
      await writeFile(join(options.outDir, file), await render(composed, format, a.name, id.date.y, options.stamp))
      documents.push({
        file, format, agency: truthAgency(a), kind: s.kind, number: id.number, date: isoDate(id.date),
        assessmentYear: s.year, variant: s.variant, overall: yearPlan.overall, findings: yearPlan.findings,
        ...(s.kind === 'bao_cao' ? { remediation: yearPlan.findings.map((f) => ({ code: f.code, conceptId: f.conceptId, status: yearPlan.statuses.get(f.conceptId)! })) } : {}),
      })
    }
  }
  const truth: CorpusTruth = { seed: options.seed, years, agencies: agencies.map(truthAgency), documents, recurring: recurringOf(documents) }
  await writeFile(join(options.outDir, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`)
  return truth
}
