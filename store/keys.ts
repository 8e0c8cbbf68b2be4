import { foldAscii } from '../extract/index.ts'

// Folded keys used for identity and diacritic-insensitive matching: lower case, no diacritics
// (which also folds hoá/hóa and uỷ/ủy), abbreviations expanded, single spaces.
export function textKey(s: string): string {
  return foldAscii(s).replace(/\bubnd\b/g, 'uy ban nhan dan').replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/[^a-z0-9]+/g, ' ').trim()
}

const STOP = new Set(['va', 'cua', 'cac', 'trong', 've', 'doi', 'voi', 'theo', 'duoc', 'tai', 'cho', 'la', 'co', 'nhung', 'mot', 'so', 'de', 'tu', 'den', 'nay', 'do'])
// Words every criterion title shares carry little identity.
const COMMON = new Set(['cong', 'tac', 'cchc', 'cai', 'cach', 'hanh', 'chinh', 'thuc', 'hien', 'muc', 'ket', 'qua', 'ubnd', 'tinh', 'quy', 'dinh', 'uy', 'ban', 'nhan', 'dan'])

export function titleTokens(s: string): string[] {
  return textKey(s).split(' ').filter((t) => t && !STOP.has(t))
}

// Weighted Dice coefficient over title words: 2·w(common) / (w(a) + w(b)).
export function titleSimilarity(a: string, b: string): number {
  const x = titleTokens(a), y = titleTokens(b)
  if (!x.length || !y.length) return 0
  const w = (t: string) => (COMMON.has(t) ? 0.25 : 1)
  const pool = new Map<string, number>()
  for (const t of y) pool.set(t, (pool.get(t) ?? 0) + 1)
  let common = 0
  for (const t of x) { const n = pool.get(t); if (n) { common += w(t); pool.set(t, n - 1) } }
  const total = x.reduce((s, t) => s + w(t), 0) + y.reduce((s, t) => s + w(t), 0)
  return (2 * common) / total
}
