import { damerauLevenshtein } from './edit-distance.ts'
import { foldPhrase } from './lexicon.ts'

// A heading the lexicon does not know as written may be one of its phrases misspelt or misread
// by OCR ("SIT" for "STT", "Nôi dung" typed without its hook): the phrase within one edit per
// six letters (one at least), a heading of about the phrase's length, only phrases of three
// letters or more. The distance is natural's Damerau-Levenshtein (see edit-distance.ts).
export interface FuzzyPhrase<K> { readonly folded: string; readonly cls: K }

export function fuzzyPhrases<K extends string>(table: { readonly [k in K]: readonly string[] }): FuzzyPhrase<K>[] {
  return (Object.keys(table) as K[]).flatMap((cls) => table[cls].map((p) => ({ folded: foldPhrase(p), cls })))
    .filter((p) => p.folded.replace(/[^a-z]/g, '').length >= 3)
}

// The same headings come back in the tables of a document: each folded heading's answer is
// kept, per phrase list, a few thousand at most. Same input, same answer; extractRecord empties
// it for each document as it does the fold cache.
let MEMO = new WeakMap<readonly FuzzyPhrase<unknown>[], Map<string, FuzzyPhrase<unknown> | null>>()
export const clearFuzzyMemo = (): void => { MEMO = new WeakMap() }

export function closestPhrase<K>(text: string, phrases: readonly FuzzyPhrase<K>[]): FuzzyPhrase<K> | null {
  const h = foldPhrase(text)
  let memo = MEMO.get(phrases)
  if (!memo) MEMO.set(phrases, memo = new Map())
  const known = memo.get(h)
  if (known !== undefined) return known as FuzzyPhrase<K> | null
  let best: FuzzyPhrase<K> | null = null
  let bestD = Infinity
  for (const p of phrases) {
    if (Math.abs(p.folded.length - h.length) > 2) continue
    const d = damerauLevenshtein(h, p.folded)
    if (d <= Math.max(1, Math.floor(p.folded.length / 6)) && d < bestD) { best = p; bestD = d }
  }
  if (memo.size >= 4096) memo.clear()
  memo.set(h, best)
  return best
}
