import { damerauLevenshtein } from './edit-distance.ts'
import { foldPhrase } from './lexicon.ts'
import { memoTable, remember } from '../text/memo.ts'

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
// kept, per phrase list (memo.ts).
const MEMO = memoTable<readonly FuzzyPhrase<unknown>[], Map<string, FuzzyPhrase<unknown> | null>>()

export function closestPhrase<K>(text: string, phrases: readonly FuzzyPhrase<K>[]): FuzzyPhrase<K> | null {
  const h = foldPhrase(text)
  const memo = remember(MEMO, phrases, () => new Map<string, FuzzyPhrase<unknown> | null>())
  return remember(memo, h, () => closest(h, phrases)) as FuzzyPhrase<K> | null
}

function closest<K>(h: string, phrases: readonly FuzzyPhrase<K>[]): FuzzyPhrase<K> | null {
  let best: FuzzyPhrase<K> | null = null
  let bestD = Infinity
  for (const p of phrases) {
    if (Math.abs(p.folded.length - h.length) > 2) continue
    const d = damerauLevenshtein(h, p.folded)
    if (d <= Math.max(1, Math.floor(p.folded.length / 6)) && d < bestD) { best = p; bestD = d }
  }
  return best
}
