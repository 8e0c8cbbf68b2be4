// Evidence marks over a document's text. Spans of different facts nest and overlap (a finding
// row contains its score), so the text is cut at every span boundary and each piece knows
// every mark that covers it. Pure: the browser code renders the pieces, tests check them.
export interface Mark { start: number; end: number; kind: string; label: string }
export interface Piece { start: number; end: number; marks: number[] }

export function pieces(length: number, marks: readonly Mark[]): Piece[] {
  const cuts = new Set([0, length])
  const valid: number[] = []
  marks.forEach((m, i) => {
    const s = Math.max(0, Math.min(length, m.start)), e = Math.max(0, Math.min(length, m.end))
    if (e > s) { cuts.add(s); cuts.add(e); valid.push(i) }
  })
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Piece[] = []
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k], b = sorted[k + 1]
    out.push({ start: a, end: b, marks: valid.filter((i) => marks[i].start <= a && marks[i].end >= b) })
  }
  return out
}

// The innermost (shortest) mark decides a piece's colour: a score inside a finding shows as a score.
export function innermost(piece: Piece, marks: readonly Mark[]): number | undefined {
  let best: number | undefined
  for (const i of piece.marks) if (best === undefined || marks[i].end - marks[i].start < marks[best].end - marks[best].start) best = i
  return best
}
