import { describe, expect, it } from 'vitest'
import { createProgress } from '../../app/progress.ts'

const lines = (): { stream: { write(s: string): boolean }; out: string[] } => {
  const out: string[] = []
  return { out, stream: { write: (s: string) => { out.push(s); return true } } }
}

describe('import progress', () => {
  it('counts the pages OCR reads in scans beside the files done', () => {
    const { stream, out } = lines()
    const p = createProgress(2, stream)
    p.pages('scan.pdf', 0, 3) // started: nothing read yet
    p.pages('scan.pdf', 1, 3)
    p.pages('scan.pdf', 2, 3)
    p.pages('scan.pdf', 3, 3)
    p.tick('scan.pdf')
    p.tick('plan.docx')
    expect(out.at(-1)).toMatch(/^import 2\/2 [\d.]+ docs\/s ETA 0s OCR 3 page\(s\)\n$/)
  })

  it('says nothing of OCR when no file needed it', () => {
    const { stream, out } = lines()
    const p = createProgress(1, stream)
    p.tick('plan.docx')
    expect(out).toEqual([expect.stringMatching(/^import 1\/1 [\d.]+ docs\/s ETA 0s\n$/)])
  })
})
