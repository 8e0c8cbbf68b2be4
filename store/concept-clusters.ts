import { clash, edgeBetween, type Edge, type VariantNode } from './criterion-link.ts'
import { COMMON, TermWeights } from './keys.ts'

// Criterion concepts as a function of the set of variants: every pair that may be one criterion
// (same code, or titles sharing a distinctive word) is scored, and pairs are joined strongest
// first — code evidence before title evidence — unless the two groups hold variants that one
// document states apart or that clash within one framework year. Sorted input and a total order
// on edges make the result independent of the order the variants were stored in.
export interface Clustered { readonly members: VariantNode[]; readonly links: Map<string, { confidence: number; method: 'code' | 'title' | 'new' }> }

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function candidateEdges(nodes: readonly VariantNode[], weights: TermWeights): Edge[] {
  const byCode = new Map<string, VariantNode[]>()
  const byWord = new Map<string, VariantNode[]>()
  for (const n of nodes) {
    if (n.code) byCode.set(n.code, [...(byCode.get(n.code) ?? []), n])
    for (const t of new Set(n.tokens)) if (!COMMON.has(t)) byWord.set(t, [...(byWord.get(t) ?? []), n])
  }
  // A word most titles share proposes nothing its rarer words would not.
  const cap = Math.max(60, nodes.length / 4)
  const seen = new Set<string>()
  const edges: Edge[] = []
  const consider = (group: readonly VariantNode[]) => {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) {
      const [a, b] = cmp(group[i].key, group[j].key) < 0 ? [group[i], group[j]] : [group[j], group[i]]
      const id = `${a.key}\u0002${b.key}`
      if (seen.has(id)) continue
      seen.add(id)
      const e = edgeBetween(a, b, weights)
      if (e) edges.push(e)
    }
  }
  for (const g of byCode.values()) consider(g)
  for (const g of byWord.values()) if (g.length <= cap) consider(g)
  return edges.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'code' ? -1 : 1) || y.strength - x.strength
    || cmp(x.a.key, y.a.key) || cmp(x.b.key, y.b.key))
}

// Word triples of reasons; those given under more than MAX_CODES codes are boilerplate
// ("không có tài liệu kiểm chứng") and say nothing about which criterion it is.
const MAX_CODES = 3
export function reasonShingles(reasons: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const r of reasons) {
    const w = r.split(' ').filter(Boolean)
    for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '))
  }
  return out
}
export function keepDistinctive(nodes: readonly { code: string; reasonShingles: Set<string> }[]): void {
  const codes = new Map<string, Set<string>>()
  for (const n of nodes) for (const s of n.reasonShingles) codes.set(s, (codes.get(s) ?? new Set()).add(n.code))
  for (const n of nodes) for (const s of [...n.reasonShingles]) if ((codes.get(s)?.size ?? 0) > MAX_CODES) n.reasonShingles.delete(s)
}

export function clusterVariants(input: readonly VariantNode[], conflicts: ReadonlyMap<string, ReadonlySet<string>>): Clustered[] {
  const nodes = [...input].sort((a, b) => cmp(a.key, b.key))
  const weights = new TermWeights()
  for (const n of nodes) if (n.title) weights.add(n.title)
  const edges = candidateEdges(nodes, weights)
  const groupOf = new Map<string, VariantNode[]>(nodes.map((n) => [n.key, [n]]))
  const apart = (x: readonly VariantNode[], y: readonly VariantNode[]) =>
    x.some((a) => y.some((b) => conflicts.get(a.key)?.has(b.key) || conflicts.get(b.key)?.has(a.key) || clash(a, b)))
  for (const e of edges) {
    const x = groupOf.get(e.a.key)!, y = groupOf.get(e.b.key)!
    if (x === y || apart(x, y)) continue
    const merged = [...x, ...y]
    for (const n of merged) groupOf.set(n.key, merged)
  }
  const groups = [...new Set(groupOf.values())]
  const out: Clustered[] = groups.map((members) => ({
    members: [...members].sort((a, b) => cmp(a.key, b.key)),
    links: new Map(members.map((m) => [m.key, { confidence: 1, method: 'new' as 'code' | 'title' | 'new' }])),
  }))
  // A variant's confidence is its strongest link within its concept.
  const best = new Map<string, { confidence: number; method: 'code' | 'title' }>()
  for (const e of edges) {
    if (groupOf.get(e.a.key) !== groupOf.get(e.b.key)) continue
    for (const n of [e.a, e.b]) {
      const b = best.get(n.key)
      if (!b || e.strength > b.confidence) best.set(n.key, { confidence: e.strength, method: e.kind })
    }
  }
  for (const c of out) {
    if (c.members.length === 1) continue
    for (const m of c.members) { const b = best.get(m.key); if (b) c.links.set(m.key, b) }
  }
  return out.sort((a, b) => b.members.length - a.members.length || cmp(a.members[0].key, b.members[0].key))
}
