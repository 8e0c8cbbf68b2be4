import { endsSentence } from './text-reflow.ts'

// Text hard-wrapped at a fixed width: pandoc writes markdown and plain text at 72 columns,
// mail and many web-to-text tools at 76–80. There a paragraph's line ends because the next
// word did not fit, not because the paragraph did; one-paragraph-per-line text (Word's
// "save as text", the transcriptions) has lines far longer than any wrap width.

const MIN_WIDTH = 60
const MAX_WIDTH = 100
const MIN_WRAPPED_LINES = 3
// How far short of the margin a wrapped line usually ends (a long word).
const BAND = 10

const firstWordLength = (line: string): number => line.trimStart().split(/\s/, 1)[0].length

// Whether `next` starts with a word that would not have fitted at the end of `prev`.
export const wrapsInto = (prev: string, next: string, width: number): boolean =>
  prev.trimEnd().length + 1 + firstWordLength(next) > width

// The width the text's prose lines are wrapped at, or null when it is not wrapped. Lines the
// caller knows to be something else (tables, headings) are left out by `isProse`.
export function wrapWidth(lines: readonly string[], isProse: (line: string) => boolean): number | null {
  const lengths: number[] = []
  for (const line of lines) if (isProse(line)) lengths.push(line.trimEnd().length)
  if (lengths.length < MIN_WRAPPED_LINES * 2) return null
  const sorted = [...lengths].sort((a, b) => a - b)
  // Headings and unbreakable tokens (addresses, URLs) may stick out of the margin.
  const width = sorted[Math.floor(sorted.length * 0.9)]
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null
  // Greedy wrapping leaves most lines just short of the margin; unwrapped paragraphs of
  // varied length do not crowd there.
  const nearMargin = lengths.filter((n) => n <= width && n > width - BAND).length
  if (nearMargin < lengths.length * 0.4) return null
  let wrapped = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    // a wrapped line mostly stops mid-sentence; one-paragraph-per-line text ends its sentences
    if (isProse(lines[i]) && isProse(lines[i + 1]) && !endsSentence(lines[i]) && wrapsInto(lines[i], lines[i + 1], width)) wrapped++
  }
  return wrapped >= MIN_WRAPPED_LINES ? width : null
}
