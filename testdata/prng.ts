// Small seeded PRNG (mulberry32) and helpers. Every random choice in the generator goes
// through one of these, so a seed fixes the whole corpus.

export interface Rng {
  next(): number // [0, 1)
  int(min: number, max: number): number // inclusive
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  shuffle<T>(items: readonly T[]): T[]
  sample<T>(items: readonly T[], n: number): T[]
}

export function hashSeed(...parts: (number | string)[]): number {
  let h = 2166136261 >>> 0
  for (const part of parts) {
    const s = String(part)
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0
    h = Math.imul(h ^ 0x2c, 16777619) >>> 0
  }
  return h
}

export function createRng(...seedParts: (number | string)[]): Rng {
  let a = hashSeed(...seedParts)
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i)
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => next() < p,
    shuffle,
    sample: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
  }
}
