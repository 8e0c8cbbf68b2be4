// TCVN3 text that lost its fonts (a PDF set in a substitute font, text copied out) has lost the
// capitals the all-capitals font (.VnTimeH) printed: headings typed in it read in lower case
// ("kế hoạch"), and so does a capital with a tone mark, which typists wrote as a one-letter run
// in that font ("ủy ban"). Capitals without a tone mark have codes of their own, so a line with
// none at all that stands alone is such a heading, and a toned vowel in lower case where a
// sentence starts is such a capital.

const UPPER = /\p{Lu}/u
const LETTER = /\p{L}/u
// lower-case toned vowels: TCVN3 has no capital code for them
const TONED = 'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'
const OPENERS = `^|^[-+•*]\\s*|^\\(?(?:\\d+(?:\\.\\d+)*|[IVX]+|[a-zđ])[.)]\\s*`
const SENTENCE_START = new RegExp(`(${OPENERS}|[.!?:]\\s+)([${TONED}])`, 'gu')
const SENTENCE_INSIDE = new RegExp(`([.!?:]\\s+)([${TONED}])`, 'gu')
// a line that ends so is prose, not a heading
const ENDS_PROSE = /[.;,]\s*$/
const MAX_HEADING_WORDS = 14

// A heading typed in the capitals font: letters, none of them capitals, not prose.
export const readsAsCapsHeading = (line: string): boolean =>
  LETTER.test(line) && !UPPER.test(line) && !ENDS_PROSE.test(line) && line.trim().split(/\s+/).length <= MAX_HEADING_WORDS

export const toCaps = (line: string): string => line.toLocaleUpperCase('vi')

// Toned vowels that open a sentence, a list item or a numbered heading become capitals; with
// `atStart` false the text is a piece from inside a line, whose start opens nothing.
export const capitalizeSentences = (text: string, atStart = true): string =>
  text.replace(atStart ? SENTENCE_START : SENTENCE_INSIDE, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'))

// Lines of a text in document order, `tcvn3[i]` whether line i was read as TCVN3. A line stands
// alone after an empty line, a line that ends a sentence or another heading; a pipe-table row's
// and a tab-separated row's cells each stand alone.
export function restoreCaseInLines(lines: readonly string[], tcvn3: readonly boolean[]): string[] {
  let alone = true
  return lines.map((line, i) => {
    let out = line
    if (tcvn3[i]) {
      const cells = /^\s*\|/.test(line) ? '|' : line.includes('\t') ? '\t' : null
      if (cells) out = line.split(cells).map((cell) => restoreUnit(cell, true)).join(cells)
      else out = restoreUnit(line, alone)
    }
    alone = out.trim() === '' || /[.:;!?]\s*$/.test(out) || (tcvn3[i] && readsAsCapsHeading(line) && alone)
    return out
  })
}

function restoreUnit(text: string, alone: boolean): string {
  if (alone && readsAsCapsHeading(text)) return toCaps(text)
  return capitalizeSentences(text)
}
