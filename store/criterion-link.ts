import { TermWeights, titleSimilarityOf } from './keys.ts'

// When two criterion variants (a code and a folded title, with the framework and the assessment
// years they were seen in) are one criterion concept. Within one framework the code identifies
// it, with a title that agrees; across frameworks only the title can ("Sáng kiến trong triển khai
// công tác CCHC được UBND tỉnh công nhận" ≈ "Sáng kiến về công tác CCHC"), and it must be strong
// evidence. Every link keeps its confidence.
export interface VariantNode {
  readonly key: string; readonly code: string; readonly titleKey: string; readonly title: string | null
  readonly scheme: string; readonly firstYear: number | null; readonly lastYear: number | null
  readonly tokens: readonly string[]
  // word triples of the reasons given for its lost points that few codes share (concept-clusters.ts)
  readonly reasonShingles: ReadonlySet<string>
}
export interface Edge { readonly a: VariantNode; readonly b: VariantNode; readonly kind: 'code' | 'title'; readonly strength: number }

// Across codes the evidence must be strong: a title alike enough, or a weaker title with the same
// distinctive reason given under both codes ("tỷ lệ hồ sơ phát sinh trực tuyến mức độ 3 đạt tỷ lệ
// thấp"), each shared word triple of it adding REASON_WEIGHT, up to REASON_MAX.
export const TITLE_MATCH = 0.55
const REASON_WEIGHT = 0.04
const REASON_MAX = 0.4
// The same code in the same framework years needs little title agreement; across years the
// framework may have given the code to another criterion.
const CODE_TITLE_AGREE = { sameYears: 0.2, otherYears: 0.45 }

export const yearGap = (a: VariantNode, b: VariantNode): number =>
  a.firstYear === null || b.firstYear === null ? 0 : Math.max(0, b.firstYear - (a.lastYear ?? a.firstYear), a.firstYear - (b.lastYear ?? b.firstYear))

// `scheme` lists every framework a variant was seen in ("huyen,so"); none known matches any.
const shareScheme = (a: VariantNode, b: VariantNode) => a.scheme.split(',').some((s) => s && b.scheme.split(',').includes(s))
const sameFramework = (a: VariantNode, b: VariantNode) => !a.scheme || !b.scheme || shareScheme(a, b)

function sharedReasons(a: VariantNode, b: VariantNode): number {
  let n = 0
  for (const s of a.reasonShingles) if (b.reasonShingles.has(s)) n++
  return n
}

// Two different codes of one framework (departments' or districts') in overlapping assessment
// years are two criteria, however alike their titles.
export function clash(a: VariantNode, b: VariantNode): boolean {
  return !!a.code && !!b.code && a.code !== b.code && shareScheme(a, b) && a.firstYear !== null && b.firstYear !== null
    && yearGap(a, b) === 0
}

export function edgeBetween(a: VariantNode, b: VariantNode, weights: TermWeights): Edge | null {
  const sim = a.title && b.title ? titleSimilarityOf(a.tokens, b.tokens, weights) : null
  if (a.code && a.code === b.code && sameFramework(a, b)) {
    const gap = yearGap(a, b)
    const agree = sim === null ? gap <= 2 : sim >= (gap === 0 ? CODE_TITLE_AGREE.sameYears : CODE_TITLE_AGREE.otherYears)
    if (agree) return { a, b, kind: 'code', strength: Math.round((0.7 + 0.3 * (sim ?? 0.3)) * 100) / 100 }
  }
  if (sim === null || clash(a, b)) return null
  const evidence = sim + Math.min(REASON_MAX, REASON_WEIGHT * sharedReasons(a, b))
  if (evidence >= TITLE_MATCH) return { a, b, kind: 'title', strength: Math.round(Math.min(1, evidence) * 100) / 100 }
  return null
}
