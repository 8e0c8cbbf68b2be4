import type { Db } from './db.ts'

// pg_trgm's similarity, in process: the words of a folded key (runs of letters and digits), each
// padded with two blanks before and one after, cut into unique trigrams; similarity is shared
// trigrams over all distinct trigrams. Computing it in SQL for every variant on every finding
// cost milliseconds per finding (the WASM build recomputes the variant's trigrams row by row).
export function trigrams(key: string): Set<string> {
  const out = new Set<string>()
  for (const word of key.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3))
  }
  return out
}

export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let common = 0
  for (const t of a) if (b.has(t)) common++
  return common / (a.size + b.size - common)
}

// The variant title keys of one store, mirrored in memory and brought up to date from `seq`
// before each use. It only proposes candidates: the rows themselves are read from the database,
// so a key left here by a rolled-back transaction finds nothing.
export class VariantIndex {
  private readonly keys = new Map<string, Set<string>>()
  private seen = 0n
  private syncedIn: Db | null = null

  // Once per transaction: within it, this writer's own additions come through add().
  async syncOnce(tx: Db): Promise<void> {
    if (this.syncedIn === tx) return
    await this.sync(tx)
    this.syncedIn = tx
  }

  add(titleKey: string): void {
    if (titleKey && !this.keys.has(titleKey)) this.keys.set(titleKey, trigrams(titleKey))
  }

  async sync(tx: Db): Promise<void> {
    const rows = await tx.query<{ seq: string; title_key: string }>(
      `SELECT seq::text AS seq, title_key FROM criterion_variants WHERE seq > $1::bigint AND title_key <> '' ORDER BY seq`, [this.seen.toString()])
    for (const r of rows) {
      this.add(r.title_key)
      const seq = BigInt(r.seq)
      if (seq > this.seen) this.seen = seq
    }
  }

  // Keys (all, or only those `among`) whose trigram similarity to `titleKey` is above
  // `threshold` (pg_trgm's `%`).
  similarKeys(titleKey: string, threshold: number, among?: Iterable<string>): string[] {
    const mine = trigrams(titleKey)
    const out: string[] = []
    for (const key of among ?? this.keys.keys()) {
      const grams = this.keys.get(key)
      if (grams && trigramSimilarity(mine, grams) > threshold) out.push(key)
    }
    return out
  }
}

const INDEXES = new WeakMap<object, VariantIndex>()
export async function variantIndexFor(tx: Db, root: object): Promise<VariantIndex> {
  let index = INDEXES.get(root)
  if (!index) INDEXES.set(root, (index = new VariantIndex()))
  await index.syncOnce(tx)
  return index
}
