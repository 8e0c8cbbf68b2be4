import { foldAscii, foldTone } from '../text/normalize.ts'
import { memoTable, remember } from '../text/memo.ts'

// Phrases are folded once, here, and found in folded text (foldAscii keeps every index, so a
// match in the folded text is a span of the original). Whole words only. A match must also
// agree with the original's diacritics, unless the original is typed without any: folding
// alone would read "mức độ" as the reason opener "do", or "từ" as the ordinal "tư".

export const foldPhrase = (s: string): string => foldAscii(s).replace(/\s+/g, ' ').trim()
const toneKey = (s: string): string => foldTone(s).replace(/\s+/g, ' ').trim()

const ASCII = /^[\x00-\x7f]*$/
// The original words agree with the phrase as written (old or new tone placement alike).
// The same words come back all through a document ("điểm", "bị trừ"): their tone keys are kept (memo.ts).
const TONE_KEYS = memoTable<string, string>()
export function agrees(original: string, phraseTone: string): boolean {
  return ASCII.test(original) || remember(TONE_KEYS, original, toneKey) === phraseTone
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

// The alternation of a phrase list, longest first, as a regex source over folded text.
export function phraseSource(list: readonly string[]): string {
  const folded = [...new Set(list.map(foldPhrase))].sort((a, b) => b.length - a.length)
  return `(?:${folded.map((p) => escape(p).replace(/ /g, '\\s+')).join('|')})`
}

export interface PhraseMatch { readonly index: number; readonly length: number; readonly text: string }

export interface PhraseSet {
  readonly source: string
  // the first match at or after `from`; `folded` is foldAscii(text) when the caller has it
  find(text: string, from?: number, folded?: string): PhraseMatch | null
  test(text: string, folded?: string): boolean
  // a match that starts exactly at `at`
  at(text: string, at: number, folded?: string): PhraseMatch | null
  // find(text, from) when it matches right at `from`, else null (without reading further)
  leads(text: string, from?: number, folded?: string): PhraseMatch | null
}

export function phraseSet(list: readonly string[]): PhraseSet {
  const tones = new Map<string, string[]>() // folded phrase → its spellings' tone keys
  for (const p of list) tones.set(foldPhrase(p), [...(tones.get(foldPhrase(p)) ?? []), toneKey(p)])
  const source = phraseSource(list)
  const re = new RegExp(`(?<![a-z0-9])${source}(?![a-z0-9])`, 'g')
  const sticky = new RegExp(`${source}(?![a-z0-9])`, 'y')
  const ok = (text: string, index: number, m: string) => {
    const spellings = tones.get(m.replace(/\s+/g, ' '))
    const original = text.slice(index, index + m.length)
    return !spellings || spellings.some((t) => agrees(original, t))
  }
  // each phrase on its own, longest first: where the longest phrase at a place does not agree
  // with the original's diacritics, a shorter one may ("Lĩnh vực/Tiều chí" misread by OCR is
  // still "lĩnh vực", though not "lĩnh vực/tiêu chí")
  const each = [...tones.keys()].sort((a, b) => b.length - a.length)
    .map((p) => new RegExp(`${escape(p).replace(/ /g, '\\s+')}(?![a-z0-9])`, 'y'))
  const shorter = (text: string, folded: string, at: number, longest: number): PhraseMatch | null => {
    for (const r of each) {
      r.lastIndex = at
      const m = r.exec(folded)
      if (m && m[0].length < longest && ok(text, at, m[0])) return { index: at, length: m[0].length, text: text.slice(at, at + m[0].length) }
    }
    return null
  }
  const find = (text: string, from = 0, folded = foldAscii(text)): PhraseMatch | null => {
    re.lastIndex = from
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (ok(text, m.index, m[0])) return { index: m.index, length: m[0].length, text: text.slice(m.index, m.index + m[0].length) }
      const short = shorter(text, folded, m.index, m[0].length)
      if (short) return short
      re.lastIndex = m.index + 1
    }
    return null
  }
  const leads = (text: string, from = 0, folded = foldAscii(text)): PhraseMatch | null => {
    if (from > 0 && /[a-z0-9]/.test(folded[from - 1])) return null
    sticky.lastIndex = from
    const m = sticky.exec(folded)
    if (!m) return null
    if (ok(text, from, m[0])) return { index: from, length: m[0].length, text: text.slice(from, from + m[0].length) }
    return shorter(text, folded, from, m[0].length)
  }
  return {
    source,
    find,
    leads,
    test: (text, folded) => find(text, 0, folded) !== null,
    at(text, at, folded = foldAscii(text)) {
      if (at > 0 && /[a-z0-9]/.test(folded[at - 1])) return null
      sticky.lastIndex = at
      const m = sticky.exec(folded)
      return m && ok(text, at, m[0]) ? { index: at, length: m[0].length, text: text.slice(at, at + m[0].length) } : null
    },
  }
}

// Several classes of phrases: which class a text names first. The earliest match wins, then
// the longest, so "Nguyên nhân bị trừ điểm" is a reason and "Điểm bị trừ" a deduction.
export interface ClassMatch<K extends string> extends PhraseMatch { readonly cls: K }

export function phraseClasses<K extends string>(table: { readonly [k in K]: readonly string[] }): {
  classify(text: string): ClassMatch<K> | null
  // classify(text) when its match opens the text, else null (without reading further)
  leads(text: string): ClassMatch<K> | null
  all(text: string): ClassMatch<K>[]
} {
  const sets = (Object.keys(table) as K[]).map((cls) => ({ cls, set: phraseSet(table[cls]) }))
  const all = (text: string): ClassMatch<K>[] => {
    const folded = foldAscii(text)
    const out: ClassMatch<K>[] = []
    for (const { cls, set } of sets) {
      for (let m = set.find(text, 0, folded); m; m = set.find(text, m.index + 1, folded)) out.push({ ...m, cls })
    }
    return out.sort((a, b) => a.index - b.index || b.length - a.length)
  }
  // all(text)[0] is the first match of some class (a class matches once at a place): the
  // earliest of the classes' first matches, the longest there, the class listed first on a tie
  // every phrase of every class in one pattern: where it finds nothing (most table cells),
  // no class would, and the classes are not asked one by one
  const anyPhrase = `(?:${sets.map(({ set }) => set.source).join('|')})(?![a-z0-9])`
  const anywhere = new RegExp(`(?<![a-z0-9])${anyPhrase}`)
  const atStart = new RegExp(`^${anyPhrase}`)
  const best = (text: string, within: RegExp, first: (set: PhraseSet, folded: string) => PhraseMatch | null): ClassMatch<K> | null => {
    const folded = foldAscii(text)
    if (!within.test(folded)) return null
    let out: ClassMatch<K> | null = null
    for (const { cls, set } of sets) {
      const m = first(set, folded)
      if (m && (!out || m.index < out.index || (m.index === out.index && m.length > out.length))) out = { ...m, cls }
    }
    return out
  }
  return {
    all,
    classify: (text) => best(text, anywhere, (set, folded) => set.find(text, 0, folded)),
    leads: (text) => best(text, atStart, (set, folded) => set.leads(text, 0, folded)),
  }
}

// Phrase → value tables ("nhất" → 1).
export function phraseValues<V>(rows: readonly (readonly [string, V])[]): Map<string, V> {
  return new Map(rows.map(([p, v]) => [foldPhrase(p), v]))
}

export { toneKey }
