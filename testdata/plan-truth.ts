import type { Agency } from './agencies.ts'
import { CONCEPTS, FRAMEWORK_CHANGE_YEAR, compareCodes, conceptById, schemeFor, schemeTotal, type Concept, type Scheme } from './catalogue.ts'
import { createRng, type Rng } from './prng.ts'
import type { RemediationStatus, TruthFinding, TruthOverall } from './types.ts'

// Decides, per agency, which criterion concepts lose points in which assessment years: a few
// recurring concepts (≥ 2 years, some across the 2020 renumbering) and one-off deficiencies
// that never come back for that agency.

export interface YearPlan {
  year: number
  scheme: Scheme
  findings: TruthFinding[]
  overall: TruthOverall
  statuses: Map<string, RemediationStatus> // by conceptId
  hasRemediation: boolean
}

export interface AgencyPlan {
  agency: Agency
  years: Map<number, YearPlan>
  recurring: { conceptId: string; years: number[] }[]
}

const availableYears = (c: Concept, agency: Agency, years: readonly number[]) =>
  years.filter((y) => c[schemeFor(agency.type, y)] !== undefined)

function recurringYears(rng: Rng, id: string, avail: number[]): number[] {
  const pre = avail.filter((y) => y < FRAMEWORK_CHANGE_YEAR)
  const post = avail.filter((y) => y >= FRAMEWORK_CHANGE_YEAR)
  const k = rng.int(2, Math.min(avail.length, 4))
  // the initiative criterion is the canonical renumbering case: make it cross 2020 when it can
  const seeded = id === 'initiative' && pre.length && post.length ? [rng.pick(pre), rng.pick(post)] : []
  const rest = rng.shuffle(avail.filter((y) => !seeded.includes(y)))
  return [...seeded, ...rest].slice(0, Math.max(k, seeded.length)).sort((a, b) => a - b)
}

function deduction(rng: Rng, conceptId: string, max: number): number {
  const steps: number[] = []
  for (let d = 0.25; d <= max + 1e-9; d += 0.25) steps.push(d)
  if (conceptId === 'initiative') return rng.pick([max, max - 0.5, max - 1].filter((d) => d > 0))
  return rng.chance(0.3) ? max : rng.pick(steps.filter((d) => d <= Math.max(0.25, max * 0.75)))
}

function status(rng: Rng, conceptId: string): RemediationStatus {
  const r = rng.next()
  if (conceptId === 'initiative') return r < 0.6 ? 'not_done' : r < 0.8 ? 'in_progress' : 'done'
  return r < 0.45 ? 'done' : r < 0.75 ? 'in_progress' : 'not_done'
}

const round2 = (n: number) => Math.round(n * 100) / 100

export function planAgency(seed: number, agency: Agency, agencyIndex: number, yearsIn: readonly number[]): AgencyPlan {
  const rng = createRng(seed, 'plan', agency.key)
  const years = [...yearsIn].sort((a, b) => a - b)
  const crosses = years.some((y) => y < FRAMEWORK_CHANGE_YEAR) && years.some((y) => y >= FRAMEWORK_CHANGE_YEAR)
  const candidates = CONCEPTS.filter((c) => availableYears(c, agency, years).length >= 2)

  const recurring: { conceptId: string; years: number[] }[] = []
  if (years.length >= 2) {
    const wanted = rng.int(2, 3)
    const first = crosses && (agencyIndex % 2 === 0 || rng.chance(0.5)) ? [conceptById('initiative')] : []
    const others = rng.shuffle(candidates.filter((c) => !first.includes(c)))
    for (const c of [...first, ...others].slice(0, wanted)) {
      recurring.push({ conceptId: c.id, years: recurringYears(rng, c.id, availableYears(c, agency, years)) })
    }
  }

  const used = new Set(recurring.map((r) => r.conceptId))
  const plans = new Map<number, YearPlan>()
  for (const year of years) {
    const scheme = schemeFor(agency.type, year)
    const ids = recurring.filter((r) => r.years.includes(year)).map((r) => r.conceptId)
    const pool = rng.shuffle(CONCEPTS.filter((c) => c[scheme] && !used.has(c.id)))
    for (const c of pool.slice(0, rng.int(2, 4))) { ids.push(c.id); used.add(c.id) }
    const findings: TruthFinding[] = ids.map((id) => {
      const [code, title, max] = conceptById(id)[scheme]!
      const deducted = deduction(rng, id, max)
      return { code, title, deducted, max, achieved: round2(max - deducted), conceptId: id }
    }).sort((a, b) => compareCodes(a.code, b.code))
    const total = schemeTotal(scheme)
    const achieved = round2(total - findings.reduce((s, f) => s + f.deducted, 0))
    const rankOf = agency.type === 'so' ? rng.int(18, 22) : rng.int(8, 11)
    const overall = { achieved, max: total, percent: round2((achieved / total) * 100), rank: rng.int(1, rankOf), rankOf }
    const statuses = new Map(findings.map((f) => [f.conceptId, status(rng, f.conceptId)] as const))
    plans.set(year, { year, scheme, findings, overall, statuses, hasRemediation: rng.chance(0.45) })
  }
  return { agency, years: plans, recurring }
}
