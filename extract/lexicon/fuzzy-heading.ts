// natural's edit distance, loaded from its own file: the package's entry point loads storage
// back-ends that print to stdout (dotenv) and take seconds to start.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js'
import { foldPhrase } from './lexicon.ts'

// A heading the lexicon does not know as written may be one of its phrases misspelt or misread
// by OCR ("SIT" for "STT", "Nôi dung" typed without its hook): the phrase within one edit per
// six letters (one at least), a heading of about the phrase's length, only phrases of three
// letters or more.
export interface FuzzyPhrase<K> { readonly folded: string; readonly cls: K }

export function fuzzyPhrases<K extends string>(table: { readonly [k in K]: readonly string[] }): FuzzyPhrase<K>[] {
  return (Object.keys(table) as K[]).flatMap((cls) => table[cls].map((p) => ({ folded: foldPhrase(p), cls })))
    .filter((p) => p.folded.replace(/[^a-z]/g, '').length >= 3)
}

export function closestPhrase<K>(text: string, phrases: readonly FuzzyPhrase<K>[]): FuzzyPhrase<K> | null {
  const h = foldPhrase(text)
  let best: FuzzyPhrase<K> | null = null
  let bestD = Infinity
  for (const p of phrases) {
    if (Math.abs(p.folded.length - h.length) > 2) continue
    const d = DamerauLevenshteinDistance(h, p.folded)
    if (d <= Math.max(1, Math.floor(p.folded.length / 6)) && d < bestD) { best = p; bestD = d }
  }
  return best
}
