// Word 97–2003 ends a table row with one more cell mark after the row's last cell (a paragraph
// that holds nothing but the mark), and word-extractor turns every mark into a tab: a row of
// three cells reads "a\tb\tc\t\t", the next row following on the same line. Some producers put
// a paragraph mark after it ("a\tb\tc\t\n"), which doc-body reads as the row's end. Here the
// Word form is brought to that one: the row marks are the empty pieces that come back at the
// same stride all down a table (a row's width in cells plus one), and the piece after each does
// not open a paragraph of its own (it is the next row's first cell).

const MIN_ROWS = 2
const MAX_WIDTH = 24

// Positions (piece indices) of the row marks: arithmetic runs of empty pieces whose next piece
// does not open with a paragraph mark.
function rowMarks(pieces: readonly string[]): Set<number> {
  const marks = new Set<number>()
  const empty = pieces.map((p, i) => p === '' && i < pieces.length - 1)
  const opensParagraph = (i: number) => pieces[i]?.startsWith('\n') ?? true
  let tableEnd = -1
  for (let e = 0; e < pieces.length; e++) {
    // inside a table already read, an empty piece is an empty cell
    if (e <= tableEnd || !empty[e] || opensParagraph(e + 1)) continue
    // the longest run of marks at one stride; the narrowest table on a tie
    let best: number[] = []
    for (let stride = 3; stride <= MAX_WIDTH + 1; stride++) {
      const run = [e]
      for (let k = e + stride; k < pieces.length && empty[k] && !opensParagraph(k + 1); k += stride) run.push(k)
      if (run.length > best.length) best = run
    }
    if (best.length < MIN_ROWS) continue
    for (const k of best) marks.add(k)
    tableEnd = best[best.length - 1]
  }
  return marks
}

export function markWordRowEnds(body: string): string {
  if (!body.includes('\t\t')) return body
  const pieces = body.split('\t')
  const marks = rowMarks(pieces)
  if (marks.size === 0) return body
  let out = pieces[0]
  for (let i = 1; i < pieces.length; i++) out += (marks.has(i - 1) ? '\n' : '\t') + pieces[i]
  return out
}
