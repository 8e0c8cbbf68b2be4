import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { textKey } from './keys.ts'

// The same document in another format (the .pdf of a stored .docx): same agency, number and
// date — or, for unnumbered drafts, same kind, title and month — and nearly the same words.
const SIMILAR = 0.8

function shingles(text: string): Set<string> {
  const words = textKey(text).split(' ')
  const out = new Set<string>()
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '))
  return out
}

export function textSimilarity(a: string, b: string): number {
  const x = shingles(a), y = shingles(b)
  if (!x.size || !y.size) return 0
  let common = 0
  for (const s of x) if (y.has(s)) common++
  return common / Math.min(x.size, y.size)
}

export async function findRendition(tx: Db, r: ExtractionRecord, agencyId: number | null): Promise<number | null> {
  const candidates = await tx.query<{ id: number; text: string }>(
    `SELECT id, text FROM documents
     WHERE sha256 <> $1 AND rendition_of IS NULL AND kind = $2
       AND (($4::text IS NOT NULL AND number = $4 AND doc_date IS NOT DISTINCT FROM $5::date AND agency_id IS NOT DISTINCT FROM $3)
         OR ($4::text IS NULL AND number_seq IS NULL AND title = $6
             AND ($7::int IS NULL OR doc_year IS NULL OR doc_year = $7) AND ($8::int IS NULL OR doc_month IS NULL OR doc_month = $8)))
     ORDER BY id LIMIT 5`,
    [r.source.sha256, r.kind, agencyId, r.number?.seq !== null ? r.number?.normalized ?? null : null, r.date?.iso ?? null,
      r.title, r.date?.year ?? null, r.date?.month ?? null])
  return candidates.find((c) => textSimilarity(c.text, r.text) >= SIMILAR)?.id ?? null
}
