// Whether a word is a well-formed Vietnamese syllable: onset + (medial) + nucleus + coda with
// one tone, under the language's spelling rules. Decoding a paragraph the wrong way leaves
// letters outside the alphabet or impossible syllables ("phôc", "keát", "céng"), so the share
// of well-formed syllables tells which decoding is the real text.

const ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'])

// Rhymes (medial + nucleus + coda, without tone) by nucleus, with the codas each takes.
const CODAS: Readonly<Record<string, string>> = {
  a: '|c|ch|i|m|n|ng|nh|o|p|t|u|y', ă: 'c|m|n|ng|p|t', â: 'c|m|n|ng|p|t|u|y',
  e: '|c|m|n|ng|o|p|t', ê: '|ch|m|n|nh|p|t|u', i: '|a|ch|m|n|nh|p|t|u', iê: 'c|m|n|ng|p|t|u',
  o: '|c|i|m|n|ng|p|t|oc|ong', ô: '|c|i|m|n|ng|p|t', ơ: '|i|m|n|p|t|u', u: '|a|c|i|m|n|ng|p|t|y',
  uô: 'c|i|m|n|ng|p|t', ư: '|a|c|i|m|n|ng|p|t|u', ươ: 'c|i|m|n|ng|p|t|u', y: '', yê: 'm|n|ng|t|u',
  // with a medial o / u
  oa: '|c|ch|i|m|n|ng|nh|o|p|t|y', oă: 'c|m|n|ng|t', oe: '|n|o|t|ch', uâ: 'n|ng|t|y', uê: '|ch|n|nh',
  uy: '|a|ch|n|nh|p|t|u', uyê: 'n|t', uơ: '',
}
const RHYMES = new Set(Object.entries(CODAS).flatMap(([nucleus, codas]) => codas.split('|').map((c) => nucleus + c)))
const STOPS = /(c|ch|p|t)$/
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const SHARP_OR_HEAVY = /[\u0301\u0323]/

// The longest onset that leaves a known rhyme ("nh" + "a" before "n" + …). Two spellings drop a
// letter the rhyme shares with the onset: gi + iê… is written "giê…" ("giếng", "gìn"), and qu
// stands for q + the medial u ("quyết", "quỳnh").
function split(word: string): [string, string] | null {
  if (word.startsWith('gi')) {
    const rest = word.slice(2)
    if (RHYMES.has(rest)) return ['gi', rest]
    if (RHYMES.has('i' + rest)) return ['gi', 'i' + rest]
  }
  if (word.startsWith('qu') && RHYMES.has('u' + word.slice(2))) return ['qu', 'u' + word.slice(2)]
  for (let n = Math.min(3, word.length); n >= 0; n--) {
    const onset = word.slice(0, n)
    if (ONSETS.has(onset) && RHYMES.has(word.slice(n))) return [onset, word.slice(n)]
  }
  return null
}

// A syllable's first consonants alone ("đ", "ngh"): what is left of a word whose vowel is drawn
// elsewhere (pdf-weave).
export const isVietnameseOnset = (word: string): boolean => word !== '' && ONSETS.has(word.toLowerCase())

// `word` is letters only, any case, NFC.
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase()
  if (lower.length === 0 || lower.length > 7) return false
  const nfd = lower.normalize('NFD')
  const tones = nfd.match(TONE_MARKS)
  if (tones && tones.length > 1) return false
  const toneless = nfd.replace(TONE_MARKS, '').normalize('NFC')
  const parts = split(toneless)
  if (!parts) return false
  const [onset, rhyme] = parts
  // spelling: k, gh, ngh before e ê i (y); c, g, ng elsewhere; q only as qu
  const front = /^[eêiy]/.test(rhyme)
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && front) return false
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return false
  // a stop coda takes only the sharp or heavy tone
  if (STOPS.test(rhyme) && !(tones && SHARP_OR_HEAVY.test(tones[0]))) return false
  return true
}
