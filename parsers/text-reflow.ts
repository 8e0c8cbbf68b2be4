// Text taken out of a PDF (pdftotext, a PDF viewer's "copy"): every printed line is a line of
// its own, set in a proportional font, and paragraphs follow each other without a blank line.
// Such text is recognised by its many lines that stop mid-sentence and go on in lower case on
// the next line; one-paragraph-per-line text almost never does that.

const MIN_PAIRS = 20
const MIN_SHARE = 0.3
// A printed line that reached the right margin is at least this share of a full line's length.
export const FULL_LINE = 0.75

const ENDS_SENTENCE = /[.:;!?]\s*$/u
export const endsSentence = (line: string): boolean => ENDS_SENTENCE.test(line)
// A line that opens an item or a numbered part starts a new block even mid-sentence.
const STARTS_BLOCK = /^\s*(?:[-+•–*]\s|\(?\d+(?:\.\d+)*[.)]\s|[IVXLC]+[.)]\s|\p{Ll}\)\s)/u

// The length of a full printed line, or null when the text is not line-broken print.
export function printedLineLength(lines: readonly string[], isProse: (line: string) => boolean): number | null {
  let pairs = 0
  let broken = 0
  const lengths: number[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!isProse(lines[i])) continue
    lengths.push(lines[i].trim().length)
    if (i + 1 >= lines.length || !isProse(lines[i + 1])) continue
    pairs++
    if (!ENDS_SENTENCE.test(lines[i]) && /^\s*\p{Ll}/u.test(lines[i + 1])) broken++
  }
  if (pairs < MIN_PAIRS || broken < MIN_SHARE * pairs) return null
  lengths.sort((a, b) => a - b)
  return FULL_LINE * lengths[Math.floor(lengths.length * 0.8)]
}

// Words a Vietnamese sentence cannot end on: a line ending in one goes on, whatever follows.
const OPEN_ENDED = new Set(['của', 'về', 'và', 'tại', 'theo', 'với', 'cho', 'các', 'những', 'số', 'ngày', 'tháng', 'trong',
  'trên', 'đối', 'đến', 'từ', 'là', 'được', 'bị', 'có', 'để', 'thuộc', 'hoặc', 'do', 'như', 'giữa', 'qua', 'vào', 'bằng'])
const lastWord = (line: string): string => line.trimEnd().split(/\s+/).pop()!.toLocaleLowerCase('vi')

// Whether `next` goes on with the sentence `prev` left unfinished at the right margin: it goes
// on in lower case or with a number, or with a capital after a word no sentence ends on, or
// with an acronym (UBND, CCHC) inside an ordinary line. A capitalised line after a line ending
// otherwise opens a new paragraph (a title is followed by "Thực hiện …").
export function continuesPrinted(prev: string, next: string, full: number): boolean {
  if (ENDS_SENTENCE.test(prev) || prev.trim().length < full || STARTS_BLOCK.test(next)) return false
  const first = next.trimStart().split(/\s+/, 1)[0]
  if (/^[\p{Ll}\p{N}]/u.test(first) || OPEN_ENDED.has(lastWord(prev))) return true
  const acronym = /^\p{Lu}{2,}$/u.test(first.replace(/[^\p{L}]/gu, ''))
  return acronym && next !== next.toLocaleUpperCase('vi')
}
