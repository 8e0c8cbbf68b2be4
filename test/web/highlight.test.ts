import { describe, expect, it } from 'vitest'
import { innermost, pieces, type Mark } from '../../web/client/highlight.ts'

const m = (start: number, end: number, kind = 'finding'): Mark => ({ start, end, kind, label: kind })

describe('evidence pieces', () => {
  it('cuts the text at every span boundary; each piece knows the marks covering it', () => {
    const marks = [m(2, 8), m(4, 6, 'score')]
    expect(pieces(10, marks)).toEqual([
      { start: 0, end: 2, marks: [] }, { start: 2, end: 4, marks: [0] }, { start: 4, end: 6, marks: [0, 1] },
      { start: 6, end: 8, marks: [0] }, { start: 8, end: 10, marks: [] },
    ])
  })

  it('overlapping (not nested) spans, spans past the end and empty spans', () => {
    const marks = [m(0, 5), m(3, 8), m(7, 99), m(4, 4)]
    const p = pieces(9, marks)
    expect(p.map((x) => [x.start, x.end])).toEqual([[0, 3], [3, 5], [5, 7], [7, 8], [8, 9]])
    expect(p.map((x) => x.marks)).toEqual([[0], [0, 1], [1], [1, 2], [2]])
    // the pieces tile the text exactly: nothing lost, nothing repeated
    expect(p.reduce((n, x) => n + x.end - x.start, 0)).toBe(9)
  })

  it('the innermost mark colours a piece', () => {
    const marks = [m(0, 10), m(2, 4, 'score')]
    const [, inner] = pieces(10, marks)
    expect(innermost(inner, marks)).toBe(1)
    expect(innermost({ start: 0, end: 1, marks: [] }, marks)).toBeUndefined()
  })

  it('a text with no marks is one piece', () => {
    expect(pieces(5, [])).toEqual([{ start: 0, end: 5, marks: [] }])
    expect(pieces(0, [m(0, 3)])).toEqual([])
  })
})
