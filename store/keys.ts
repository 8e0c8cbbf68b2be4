import { foldAscii } from '../extract/text/normalize.ts'

// Folded keys used for identity and diacritic-insensitive matching: lower case, no diacritics
// (which also folds hoá/hóa and uỷ/ủy), abbreviations expanded, single spaces.
export function textKey(s: string): string {
  return foldAscii(s).replace(/\bubnd\b/g, 'uy ban nhan dan').replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/[^a-z0-9]+/g, ' ').trim()
}

// The genre's abbreviations, spelled out for comparing criterion titles ("TTHC" = "thủ tục hành chính").
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bcchc\b/g, 'cai cach hanh chinh'], [/\btthc\b/g, 'thu tuc hanh chinh'], [/\bvbqppl\b/g, 'van ban quy pham phap luat'],
  [/\bqppl\b/g, 'quy pham phap luat'], [/\bcbccvc\b/g, 'can bo cong chuc vien chuc'], [/\bcntt\b/g, 'cong nghe thong tin'],
  [/\bcttdt\b/g, 'cong thong tin dien tu'], [/\bdvc\b/g, 'dich vu cong'],
]
const expand = (key: string) => ABBREVIATIONS.reduce((k, [re, full]) => k.replace(re, full), key)

const STOP = new Set(['va', 'cua', 'cac', 'trong', 've', 'doi', 'voi', 'theo', 'duoc', 'tai', 'cho', 'la', 'co', 'nhung', 'mot', 'so', 'de', 'tu', 'den', 'nay', 'do'])
// Words every criterion title shares carry little identity.
export const COMMON = new Set(['cong', 'tac', 'cchc', 'cai', 'cach', 'hanh', 'chinh', 'thuc', 'hien', 'muc', 'ket', 'qua', 'ubnd', 'tinh', 'quy', 'dinh', 'uy', 'ban', 'nhan', 'dan'])

export function titleTokens(s: string): string[] {
  return expand(textKey(s)).split(' ').filter((t) => t && !STOP.has(t))
}

// How rare each word is among known criterion titles: distinctive words ("sáng kiến", "kiểm tra")
// identify a criterion, words every title shares do not.
export class TermWeights {
  private readonly df = new Map<string, number>()
  private n = 0
  add(title: string): void {
    this.n++
    for (const t of new Set(titleTokens(title))) this.df.set(t, (this.df.get(t) ?? 0) + 1)
  }
  weight(t: string): number {
    const base = COMMON.has(t) ? 0.25 : 1
    if (this.n < 20) return base // too few titles to trust frequencies
    return base * Math.log(1 + this.n / (1 + (this.df.get(t) ?? 0)))
  }
}

const UNIFORM = new TermWeights()

// Weighted Dice coefficient over title words: 2·w(common) / (w(a) + w(b)). (Containment of the shorter
// title was tried and rejected: short titles such as "Sáng kiến về công tác CCHC" are contained in
// unrelated longer ones and merged distinct criteria.)
export function titleSimilarity(a: string, b: string, weights: TermWeights = UNIFORM): number {
  return titleSimilarityOf(titleTokens(a), titleTokens(b), weights)
}

// The same over titles already cut into words (titleTokens), for comparing many pairs.
export function titleSimilarityOf(x: readonly string[], y: readonly string[], weights: TermWeights = UNIFORM): number {
  if (!x.length || !y.length) return 0
  const w = (t: string) => weights.weight(t)
  const pool = new Map<string, number>()
  for (const t of y) pool.set(t, (pool.get(t) ?? 0) + 1)
  let common = 0
  for (const t of x) { const n = pool.get(t); if (n) { common += w(t); pool.set(t, n - 1) } }
  const wx = x.reduce((s, t) => s + w(t), 0), wy = y.reduce((s, t) => s + w(t), 0)
  return (2 * common) / (wx + wy)
}
