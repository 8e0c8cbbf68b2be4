import type { Db } from './db.ts'

export interface Variant { concept_id: number; code: string; title_key: string; title: string | null; first_year: number | null; last_year: number | null; scheme: string }

// The criterion variants one document's findings can link to, read in one query for the whole
// document (by their codes and the title keys the variant index proposes) instead of one query
// per finding. Linking writes variants and merges concepts as it goes; those changes are applied
// here too, so a later finding of the same document sees what an earlier one wrote.
export class VariantCandidates {
  private readonly rows = new Map<string, Variant>()

  static async read(tx: Db, codes: readonly string[], titleKeys: readonly string[]): Promise<VariantCandidates> {
    const out = new VariantCandidates()
    const rows = await tx.query<Variant>(
      `SELECT concept_id, code, title_key, title, first_year, last_year, scheme FROM criterion_variants
       WHERE code = ANY($1::text[]) OR title_key = ANY($2::text[])`, [[...new Set(codes)], [...new Set(titleKeys)]])
    for (const r of rows) out.put(r)
    return out
  }

  // What `WHERE code = $code OR title_key = ANY($similar)` would return.
  matching(code: string, similar: ReadonlySet<string>): Variant[] {
    return [...this.rows.values()].filter((v) => v.code === code || similar.has(v.title_key))
  }

  get(code: string, titleKey: string): Variant | undefined { return this.rows.get(`${code}\u0000${titleKey}`) }

  put(v: Variant): void { this.rows.set(`${v.code}\u0000${v.title_key}`, v) }

  moveConcept(gone: number, keep: number): void {
    for (const v of this.rows.values()) if (v.concept_id === gone) v.concept_id = keep
  }
}
